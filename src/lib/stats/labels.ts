// Class labels as sklearn sees them: all numbers or all strings, ordered like sklearn.utils.multiclass.unique_labels
// (numpy.unique: numbers ascending, strings by Unicode code point).
import { StatsInputError } from './errors';

export type Label = number | string;

/** Compares strings by Unicode code point (numpy/Python order), not by UTF-16 code unit. */
export function compareLabels(a: Label, b: Label): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  const ia = sa[Symbol.iterator]();
  const ib = sb[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done || cb.done) return (ca.done ? 0 : 1) - (cb.done ? 0 : 1);
    const d = ca.value.codePointAt(0)! - cb.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** Throws on NaN/±Infinity labels and on a mix of string and number labels across all arrays. */
export function assertLabels(...arrays: readonly (readonly Label[])[]): void {
  let kind: 'number' | 'string' | undefined;
  for (const arr of arrays) {
    for (const label of arr) {
      const k = typeof label === 'number' ? 'number' : typeof label === 'string' ? 'string' : undefined;
      if (k === undefined)
        throw new StatsInputError(
          'mixed-labels',
          `Labels must be numbers or strings (got ${String(label)}).`,
        );
      if (k === 'number' && !Number.isFinite(label))
        throw new StatsInputError('non-finite', `Label ${String(label)} is not finite.`);
      if (kind !== undefined && kind !== k) {
        throw new StatsInputError(
          'mixed-labels',
          'Mix of string and number labels (sklearn refuses these too).',
        );
      }
      kind = k;
    }
  }
}

/** Sorted distinct labels of all arrays (validated with assertLabels). */
export function uniqueLabels(...arrays: readonly (readonly Label[])[]): Label[] {
  assertLabels(...arrays);
  const set = new Set<Label>();
  for (const arr of arrays) for (const label of arr) set.add(label);
  return [...set].sort(compareLabels);
}

/** Throws unless both arrays are non-empty and of equal length. */
export function assertPaired(a: readonly unknown[], b: readonly unknown[], what: string): void {
  if (a.length !== b.length)
    throw new StatsInputError('length-mismatch', `${what}: lengths differ (${a.length} vs ${b.length}).`);
  if (a.length === 0) throw new StatsInputError('empty', `${what}: no samples.`);
}
