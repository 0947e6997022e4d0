import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { splitFrontMatter } from '../src/lib/content/front-matter.ts';

/**
 * Reads content/lessons/*.md at build time so the browser never parses YAML:
 * - `virtual:lesson-index` — every lesson's front matter (or the error reading it), without bodies, so the
 *   home page and the course map stay small;
 * - `/content/lessons/NAME.md?lesson-body` — one lesson's Markdown body, front matter removed, loaded lazily
 *   by the lesson page through `import.meta.glob`.
 */
const INDEX_ID = 'virtual:lesson-index';
const RESOLVED_INDEX_ID = '\0' + INDEX_ID;
const BODY_QUERY = '?lesson-body';

export interface LessonIndexEntry {
  file: string;
  data: Record<string, unknown>;
  error?: string;
}

export function lessonsPlugin(root = process.cwd()): Plugin {
  const dir = resolve(root, 'content/lessons');
  const files = () =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort();

  function buildIndex(): LessonIndexEntry[] {
    return files().map((file) => {
      const split = splitFrontMatter(readFileSync(join(dir, file), 'utf8'));
      return split.ok ? { file, data: split.data } : { file, data: {}, error: split.error };
    });
  }

  function invalidate(server: ViteDevServer, path: string) {
    if (!path.startsWith(dir) || !path.endsWith('.md')) return;
    const mod = server.moduleGraph.getModuleById(RESOLVED_INDEX_ID);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'full-reload' });
  }

  return {
    name: 'lifecycle-lab:lessons',
    resolveId(id) {
      return id === INDEX_ID ? RESOLVED_INDEX_ID : null;
    },
    load(id) {
      if (id === RESOLVED_INDEX_ID) {
        for (const file of files()) this.addWatchFile(join(dir, file));
        return `export default ${JSON.stringify(buildIndex())};`;
      }
      if (id.endsWith(BODY_QUERY)) {
        const path = id.slice(0, -BODY_QUERY.length);
        this.addWatchFile(path);
        const split = splitFrontMatter(readFileSync(path, 'utf8'));
        return `export default ${JSON.stringify(split.ok ? split.body : '')};`;
      }
      return null;
    },
    configureServer(server) {
      server.watcher.add(dir);
      for (const event of ['add', 'change', 'unlink'] as const)
        server.watcher.on(event, (path) => invalidate(server, path));
    },
  };
}
