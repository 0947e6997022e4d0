// Exact null distribution of the two-sample, two-sided KS statistic, ported from scipy 1.10
// (_stats_py.py::_compute_prob_outside_square and _stats_pythran.py::_compute_outer_prob_inside_method).
// Both follow Hodges (1958), "The significance probability of the Smirnov two-sample test",
// Arkiv för Matematik 3(43), 469–486: count the monotone lattice paths from (0,0) to (m,n) that leave the
// band |x/m − y/n| < h/lcm(m,n).

/**
 * P(D_{n,n} ≥ h/n) for equal sample sizes:
 *   2·Σ_{k≥1} (−1)^(k+1) C(2n, n−kh)/C(2n, n),
 * evaluated Horner-style as 2·A₀(1 − A₁(1 − A₂(1 − …))) to avoid cancellation.
 */
export function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/**
 * P(D_{m,n} ≥ h/lcm(m,n)) for unequal sizes (g = gcd(m,n)), computing 1 − (paths inside)/C(m+n, n)
 * column by column with the recursion for the complement of Viehmann (2021), arXiv:2102.08037, so the
 * p-value keeps its relative accuracy even when it is tiny.
 */
export function probOutsideInside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}
