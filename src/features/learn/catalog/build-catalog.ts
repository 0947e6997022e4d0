import { lessonMetaSchema, type Lesson, type LessonProblem } from './lesson-schema';

export interface LessonCatalog {
  /** Valid lessons in reading order: course, then `order`. */
  lessons: Lesson[];
  /** Files that could not be read, with the reason; shown on the course map rather than crashing. */
  problems: LessonProblem[];
}

/** One lesson file's front matter, as read at build time (see vite/lessons-plugin.ts). */
export interface LessonIndexEntry {
  file: string;
  data: Record<string, unknown>;
  error?: string;
}

/** Validates the build-time index into the catalog. Pure, so it is tested without Vite. */
export function buildCatalog(entries: LessonIndexEntry[]): LessonCatalog {
  const lessons: Lesson[] = [];
  const problems: LessonProblem[] = [];
  for (const { file, data, error } of entries) {
    if (error) {
      problems.push({ file, error });
      continue;
    }
    const meta = lessonMetaSchema.safeParse(data);
    if (!meta.success) {
      const issue = meta.error.issues[0]!;
      problems.push({ file, error: `${issue.path.join('.') || 'front matter'}: ${issue.message}` });
      continue;
    }
    if (lessons.some((l) => l.id === meta.data.id)) {
      problems.push({ file, error: `duplicate lesson id "${meta.data.id}"` });
      continue;
    }
    lessons.push({ ...meta.data, file });
  }
  lessons.sort((a, b) => a.course - b.course || a.order - b.order || a.id.localeCompare(b.id));
  return { lessons, problems };
}

export interface CourseWeek {
  week: number;
  lessons: Lesson[];
}
export interface CourseGroup {
  course: number;
  weeks: CourseWeek[];
}

/** Course → week → lessons, for the course map. */
export function groupByCourseAndWeek(lessons: Lesson[]): CourseGroup[] {
  const courses = new Map<number, Map<number, Lesson[]>>();
  for (const lesson of lessons) {
    const weeks = courses.get(lesson.course) ?? new Map<number, Lesson[]>();
    weeks.set(lesson.week, [...(weeks.get(lesson.week) ?? []), lesson]);
    courses.set(lesson.course, weeks);
  }
  return [...courses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([course, weeks]) => ({
      course,
      weeks: [...weeks.entries()].sort(([a], [b]) => a - b).map(([week, ls]) => ({ week, lessons: ls })),
    }));
}

/** The lessons before and after `id` in reading order. */
export function neighbours(lessons: Lesson[], id: string): { previous: Lesson | null; next: Lesson | null } {
  const i = lessons.findIndex((l) => l.id === id);
  if (i < 0) return { previous: null, next: null };
  return { previous: lessons[i - 1] ?? null, next: lessons[i + 1] ?? null };
}
