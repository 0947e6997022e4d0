import { parse as parseYaml } from 'yaml';

/**
 * Splits a Markdown document into its YAML front matter and body. The front matter is the block between a
 * first line `---` and the next line `---`; a document without one has empty `data`. Returns an error
 * instead of throwing, so one broken lesson cannot take down the course map.
 */
export type FrontMatterResult =
  { ok: true; data: Record<string, unknown>; body: string } | { ok: false; error: string };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(source: string): FrontMatterResult {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) return { ok: true, data: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (e) {
    return {
      ok: false,
      error: `front matter is not valid YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: 'front matter must be a set of key: value pairs' };
  }
  return { ok: true, data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}
