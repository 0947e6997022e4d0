import { lazy } from 'react';
// Public entry of the learn feature: the lesson catalog and the small pieces other features show.
// Pages are loaded by the router directly (route-level code splitting).
export { lessonCatalog, getLesson, lessonsForStage, stageLessonsDone } from './catalog/lesson-catalog';
export type { Lesson, LessonMeta } from './catalog/lesson-schema';
export { LessonSummaryCard } from './lesson-summary-card';

/** Lesson sections rendered in place (loads the Markdown renderer only when shown). */
export const LessonExcerpt = lazy(() => import('./lesson-excerpt'));

/** The lesson Markdown renderer (GFM, KaTeX, widgets) for any Markdown document, loaded on demand. */
export const MarkdownDocument = lazy(() => import('./markdown/markdown-document'));
