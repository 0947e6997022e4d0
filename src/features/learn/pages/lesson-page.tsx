import { Suspense, use, useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { STAGE_LABELS, useLessonsDone, useWorkbookStore } from '@/features/workbook';
import { neighbours } from '../catalog/build-catalog';
import { getLesson, lessonCatalog } from '../catalog/lesson-catalog';
import { LessonMarkdown } from '../markdown/lesson-markdown';
import { loadLessonBody } from '../catalog/lesson-body';
import NotFound from './lesson-not-found';

// One promise per lesson file, so `use()` sees the same promise across renders.
const bodyCache = new Map<string, Promise<string>>();
function lessonBody(file: string): Promise<string> {
  let p = bodyCache.get(file);
  if (!p) bodyCache.set(file, (p = loadLessonBody(file)));
  return p;
}

function LessonBody({ file }: { file: string }) {
  return <LessonMarkdown source={use(lessonBody(file))} />;
}

export default function LessonPage() {
  const { lessonId = '' } = useParams();
  const lesson = getLesson(lessonId);
  const done = Boolean(useLessonsDone()[lessonId]);
  const setLessonDone = useWorkbookStore((s) => s.setLessonDone);

  useEffect(() => {
    if (lesson) document.title = `${lesson.title} · Lifecycle Lab`;
  }, [lesson]);

  if (!lesson) return <NotFound lessonId={lessonId} />;
  const { previous, next } = neighbours(lessonCatalog.lessons, lesson.id);

  return (
    <article className="page lesson">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/learn">Learn</Link> <span aria-hidden="true">›</span> Course {lesson.course}, week{' '}
        {lesson.week}
      </nav>
      <header className="lesson-header">
        <h1>{lesson.title}</h1>
        <p className="lesson-meta">
          Stage: <Link to={`/${lesson.stage}`}>{STAGE_LABELS[lesson.stage]}</Link>
        </p>
      </header>
      <Suspense
        fallback={
          <p className="loading" role="status">
            Loading the lesson…
          </p>
        }
      >
        <LessonBody file={lesson.file} />
      </Suspense>
      <footer className="lesson-footer">
        <label className="done-toggle">
          <input
            type="checkbox"
            checked={done}
            onChange={(e) => setLessonDone(lesson.id, e.currentTarget.checked)}
          />
          I have finished this lesson
        </label>
        <nav aria-label="Lessons" className="pager">
          {previous ? (
            <Link rel="prev" to={`/learn/${previous.id}`}>
              ← Previous: {previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link rel="next" to={`/learn/${next.id}`}>
              Next: {next.title} →
            </Link>
          ) : (
            <Link to="/learn">Back to the course map</Link>
          )}
        </nav>
      </footer>
    </article>
  );
}
