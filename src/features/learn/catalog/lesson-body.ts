/** Lesson bodies (Markdown without front matter), each its own lazily loaded chunk. */
const bodies = import.meta.glob<string>('/content/lessons/*.md', {
  query: '?lesson-body',
  import: 'default',
});

export function loadLessonBody(file: string): Promise<string> {
  const load = bodies[`/content/lessons/${file}`];
  return load ? load() : Promise.reject(new Error(`No lesson file ${file}`));
}
