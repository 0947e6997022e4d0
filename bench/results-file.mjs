// Shared by every benchmark script: merges one section into bench/results.json without touching the others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RESULTS_PATH = fileURLToPath(new URL('./results.json', import.meta.url));

/** Deep-merge `section` (e.g. `{ driftTick: {...} }`) into bench/results.json. */
export function mergeResults(section) {
  const current = existsSync(RESULTS_PATH) ? JSON.parse(readFileSync(RESULTS_PATH, 'utf8')) : {};
  const merged = deepMerge(current, section);
  writeFileSync(RESULTS_PATH, JSON.stringify(merged, null, 2) + '\n');
  return merged;
}

function deepMerge(a, b) {
  if (typeof a !== 'object' || a === null || Array.isArray(a)) return b;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    out[k] = typeof v === 'object' && v !== null && !Array.isArray(v) ? deepMerge(a[k], v) : v;
  }
  return out;
}
