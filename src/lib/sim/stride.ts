/**
 * Indices that thin a series to at most about `maxPoints`: every `stride`-th point plus the last, so the newest
 * value is always kept. Used by the live charts and by the simulator before it posts a snapshot.
 */
export function strideIndices(length: number, maxPoints: number): number[] {
  if (length <= maxPoints) return Array.from({ length }, (_, i) => i);
  const stride = Math.ceil(length / maxPoints);
  const out: number[] = [];
  for (let i = 0; i < length; i += stride) out.push(i);
  if (out[out.length - 1] !== length - 1) out.push(length - 1);
  return out;
}

/** Points per series in a posted snapshot (the live chart draws at most 240). */
export const SNAPSHOT_POINTS = 240;
