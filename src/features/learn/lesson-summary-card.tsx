import { Link } from 'react-router-dom';
import { lessonsForStage } from './catalog/lesson-catalog';
import type { Lesson } from './catalog/lesson-schema';

/** The lesson(s) for a stage, summarised, for the top of each workspace. */
export function LessonSummaryCard({
  stage,
  done,
}: {
  stage: Lesson['stage'];
  done: Record<string, unknown>;
}) {
  const lessons = lessonsForStage(stage);
  if (lessons.length === 0) return null;
  return (
    <aside className="card lesson-summary" aria-label="Lesson for this stage">
      {lessons.map((lesson) => (
        <div key={lesson.id}>
          <h2>
            Lesson: <Link to={`/learn/${lesson.id}`}>{lesson.title}</Link>
            {done[lesson.id] ? <span className="badge badge-done">Done</span> : null}
          </h2>
          <p>{lesson.summary}</p>
        </div>
      ))}
    </aside>
  );
}
