// Survival function of the two-sided one-sample KS statistic Dₙ, scipy.stats.kstwo.sf(x, n), which is what
// scipy's ks_2samp uses for its 'asymp' p-value (with n = round(m·n/(m+n))). Port of scipy 1.10
// scipy/stats/_ksstats.py::_kolmogn with cdf=False and its algorithm selection after
// Simard & L'Ecuyer (2011), "Computing the two-sided Kolmogorov–Smirnov distribution", J. Stat. Softw. 39(11).
import { kolmogornCdfDurbin, kolmogornCdfPomeranz } from './kstwo-exact';
import { smirnovSf } from './smirnov';

const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
const MIN_LOG = -708;
// Stirling series coefficients B₂ⱼ/(2j(2j−1)), j = 8…1 (scipy's _STIRLING_COEFFS).
const STIRLING = [
  -0.029550653594771242, 0.00641025641025641, -0.0019175269175269176, 0.0008417508417508417,
  -0.0005952380952380953, 0.0007936507936507937, -0.002777777777777778, 0.08333333333333333,
];

const clip01 = (p: number): number => Math.min(1, Math.max(0, p));

/** ln(n!/nⁿ) by Stirling's series with n·ln n removed up front (no cancellation). */
function logNFactorialOverNPowN(n: number): number {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c; // Horner, as numpy.polyval
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}

/**
 * Pelz & Good (1976) approximation of P(Dₙ ≤ x): the Li-Chien/Korolyuk expansion
 * K₀(z) + K₁(z)/√n + K₂(z)/n + K₃(z)/n^1.5, z = x√n, rewritten with Jacobi theta identities for small z.
 */
export function kolmogornCdfPelzGood(n: number, x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI2 / 8 / z2;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);

  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;

  // Horner scheme for Σ c_k q^(k²) over odd k = 2j − 1.
  let K0 = 0;
  let K1 = 0;
  let K2 = 0;
  let K3 = 0;
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    K0 = K0 * qpower + 1;
    K1 = K1 * qpower + (k1a + k1b * m2);
    K2 = K2 * qpower + (k2a + k2b * m2 + k2c * m4);
    K3 = K3 * qpower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  K0 = (K0 * q * SQRT2PI) / z;
  K1 = (K1 * q * SQRT2PI) / (6 * z4);
  K2 = (K2 * q * SQRT2PI) / (72 * z ** 7);
  K3 = (K3 * q * SQRT2PI) / (6480 * z ** 10);

  // Second sum over all k: K₂ += π²k² q^(k²)…, K₃ += (3π²k²z² − π⁴k⁴) q^(k²)…
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = SQRT3 * z;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    const kpi = Math.PI * k;
    k2extra += k2 * qp;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  K2 += k2extra * ((PI2 * SQRT2PI) / (-36 * z3));
  K3 += k3extra * ((PI2 * SQRT2PI) / (216 * z6));
  return K0 + K1 / n ** 0.5 + K2 / n + K3 / n ** 1.5;
}

/** P(Dₙ ≥ x) for the two-sided one-sample KS statistic (scipy.stats.kstwo.sf), n a positive integer. */
export function kolmogornSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    // Ruben & Gambino (1982): P(Dₙ ≤ x) = n!/nⁿ (2t − 1)ⁿ for 1/2n ≤ x ≤ 1/n
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logNFactorialOverNPowN(n) + n * Math.log(2 * t - 1));
    }
    return clip01(1 - prob);
  }
  if (t >= n - 1) return clip01(2 * (1 - x) ** n); // Ruben & Gambino: upper end
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x)); // exact: the one-sided tails cannot overlap
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 0.754693) return clip01(1 - kolmogornCdfDurbin(n, x));
    if (nx2 <= 4) return clip01(1 - kolmogornCdfPomeranz(n, x));
    return clip01(2 * smirnovSf(n, x)); // Miller's approximation 2·P(D⁺ₙ ≥ x)
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip01(2 * smirnovSf(n, x));
  const cdf = n <= 100_000 && n * x ** 1.5 <= 1.4 ? kolmogornCdfDurbin(n, x) : kolmogornCdfPelzGood(n, x);
  return clip01(1 - cdf);
}
