import { Suspense, use } from 'react';
import { extractSection } from '@/lib/content/markdown-sections';
import { getLesson } from './catalog/lesson-catalog';
import { loadLessonBody } from './catalog/lesson-body';
import { LessonMarkdown } from './markdown/lesson-markdown';

const cache = new Map<string, Promise<string>>();
function body(file: string): Promise<string> {
  let p = cache.get(file);
  if (!p) cache.set(file, (p = loadLessonBody(file)));
  return p;
}

function Excerpt({ file, headings }: { file: string; headings: string[] }) {
  const source = use(body(file));
  const parts = headings.map((h) => extractSection(source, h)).filter((s): s is string => Boolean(s));
  if (!parts.length) return <p>This part of the lesson could not be found.</p>;
  return <LessonMarkdown source={parts.join('\n\n')} />;
}

/** Sections of a lesson (by heading text) rendered in place, e.g. as per-section help in a workspace. */
export default function LessonExcerpt({ lessonId, headings }: { lessonId: string; headings: string[] }) {
  const lesson = getLesson(lessonId);
  if (!lesson) return <p>The lesson “{lessonId}” is missing.</p>;
  return (
    <Suspense fallback={<p className="loading">Loading help…</p>}>
      <Excerpt file={lesson.file} headings={headings} />
    </Suspense>
  );
}
