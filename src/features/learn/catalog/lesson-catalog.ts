import lessonIndex from 'virtual:lesson-index';
import { buildCatalog } from './build-catalog';
import type { Lesson } from './lesson-schema';

/** Every lesson's front matter, validated. Bodies are loaded only when a lesson is opened (lesson-body.ts). */
export const lessonCatalog = buildCatalog(lessonIndex);

export function getLesson(id: string): Lesson | undefined {
  return lessonCatalog.lessons.find((l) => l.id === id);
}

export function lessonsForStage(stage: Lesson['stage']): Lesson[] {
  return lessonCatalog.lessons.filter((l) => l.stage === stage);
}

/** True when the stage has lessons and every one of them is marked done. */
export function stageLessonsDone(stage: Lesson['stage'], done: Record<string, unknown>): boolean {
  const lessons = lessonsForStage(stage);
  return lessons.length > 0 && lessons.every((l) => Boolean(done[l.id]));
}
