// Divergences between two histograms over the same bins (inputs normalised to sum 1 first).
import { assertHistogramPair, type NumericSample } from './validation';
import { StatsInputError } from './errors';

/**
 * Kullback–Leibler divergence KL(p‖q) = Σ pᵢ ln(pᵢ/qᵢ), as scipy.stats.entropy(p, q, base).
 * Not symmetric. Returns +Infinity when some qᵢ = 0 < pᵢ (the divergence is infinite; documented, not NaN).
 */
export function klDivergence(p: NumericSample, q: NumericSample, base?: number): number {
  const [pt, qt] = assertHistogramPair(p, q);
  if (base !== undefined && !(base > 0 && base !== 1 && Number.isFinite(base))) {
    throw new StatsInputError(
      'invalid-option',
      `Logarithm base must be positive, finite and ≠ 1 (got ${base}).`,
    );
  }
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / pt;
    const qi = q[i]! / qt;
    if (pi === 0) continue;
    if (qi === 0) return Infinity;
    s += pi * Math.log(pi / qi);
  }
  s = Math.max(0, s); // Gibbs' inequality: KL ≥ 0; only rounding can make it −1e-17
  return base === undefined ? s : s / Math.log(base);
}

/**
 * Hellinger distance H(p, q) = (1/√2)·‖√p − √q‖₂ ∈ [0, 1] (equivalently √(1 − Σ√(pᵢqᵢ)); the norm form
 * avoids cancellation for nearly equal histograms). Hellinger (1909); symmetric, a true metric.
 */
export function hellingerDistance(p: NumericSample, q: NumericSample): number {
  const [pt, qt] = assertHistogramPair(p, q);
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const d = Math.sqrt(p[i]! / pt) - Math.sqrt(q[i]! / qt);
    s += d * d;
  }
  return Math.min(1, Math.sqrt(s / 2));
}

/**
 * L-infinity (Chebyshev) distance maxᵢ |pᵢ − qᵢ| between two normalised histograms ∈ [0, 1]. TensorFlow Data
 * Validation's drift/skew comparator for categorical features (`infinity_norm`, commonly thresholded at 0.03).
 */
export function lInfinityDistance(p: NumericSample, q: NumericSample): number {
  const [pt, qt] = assertHistogramPair(p, q);
  let m = 0;
  for (let i = 0; i < p.length; i++) m = Math.max(m, Math.abs(p[i]! / pt - q[i]! / qt));
  return m;
}
