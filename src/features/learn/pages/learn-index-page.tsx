import { Link } from 'react-router-dom';
import { useLessonsDone } from '@/features/workbook';
import { groupByCourseAndWeek } from '../catalog/build-catalog';
import { lessonCatalog } from '../catalog/lesson-catalog';

const COURSE_TITLES: Record<number, string> = {
  1: 'Course 1 · Introduction to ML in production',
  2: 'Course 2 · The data lifecycle',
  3: 'Course 3 · Modeling pipelines',
  4: 'Course 4 · Deploying models',
};

/** The course map: course → week → lesson, with each lesson's done mark. */
export default function LearnIndexPage() {
  const done = useLessonsDone();
  const courses = groupByCourseAndWeek(lessonCatalog.lessons);
  const total = lessonCatalog.lessons.length;
  const finished = lessonCatalog.lessons.filter((l) => done[l.id]).length;

  return (
    <div className="page">
      <h1>Learn</h1>
      <p className="lead">
        Short lessons on each stage of the lifecycle, with widgets to try the ideas out. You have finished{' '}
        {finished} of {total}.
      </p>
      {lessonCatalog.problems.length > 0 && (
        <div className="callout callout-error" role="alert">
          <strong>Some lessons could not be read:</strong>
          <ul>
            {lessonCatalog.problems.map((p) => (
              <li key={p.file}>
                <code>{p.file}</code>: {p.error}
              </li>
            ))}
          </ul>
        </div>
      )}
      {courses.map((course) => (
        <section key={course.course} className="course" aria-labelledby={`course-${course.course}`}>
          <h2 id={`course-${course.course}`}>{COURSE_TITLES[course.course] ?? `Course ${course.course}`}</h2>
          {course.weeks.map((week) => (
            <div key={week.week} className="course-week">
              <h3>Week {week.week}</h3>
              <ol className="lesson-list">
                {week.lessons.map((lesson) => (
                  <li key={lesson.id} className="lesson-card">
                    <Link to={`/learn/${lesson.id}`}>{lesson.title}</Link>
                    {done[lesson.id] ? (
                      <span className="badge badge-done">Done</span>
                    ) : (
                      <span className="badge">Not started</span>
                    )}
                    <p>{lesson.summary}</p>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
