// The number of arrivals in one simulation step: a Poisson draw with mean λ = rate × step.
import type { Prng } from '../drift/index';

/**
 * A Poisson(λ) draw: Knuth's multiplication method for λ < 30 (as many uniform draws as arrivals, plus one),
 * above that the normal approximation N(λ, λ) rounded and clipped at 0 (one normal draw). λ ≤ 0 gives 0
 * without drawing.
 */
export function poisson(rng: Prng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < 30) {
    // Knuth's multiplication method.
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng.next();
    while (p > limit) {
      k++;
      p *= rng.next();
    }
    return k;
  }
  return Math.max(0, Math.round(rng.normal(lambda, Math.sqrt(lambda))));
}
