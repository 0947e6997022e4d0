/// <reference types="vite/client" />

declare module 'virtual:lesson-index' {
  /** Front matter of every lesson in content/lessons/, read at build time by vite/lessons-plugin.ts. */
  const entries: { file: string; data: Record<string, unknown>; error?: string }[];
  export default entries;
}

declare module '*.md?lesson-body' {
  const body: string;
  export default body;
}
