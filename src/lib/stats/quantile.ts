// Sample quantiles of a sorted array with numpy.quantile's default 'linear' method (Hyndman & Fan 1996
// type 7): virtual index h = (n − 1)·q, linear interpolation between its neighbours.

/** q-quantile (0 ≤ q ≤ 1) of `sorted[0..n)`, bit-identical to numpy 1.24's `_lerp`. */
export function quantileSorted(sorted: ArrayLike<number>, n: number, q: number): number {
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const t = h - lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  const diff = b - a;
  // numpy lerps from the nearer end: a + diff·t below t = 0.5, b − diff·(1 − t) from 0.5 on.
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
