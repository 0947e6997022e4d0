/**
 * When labelers follow different conventions for the same input, their agreement understates how good a
 * labeler is. If convention i is chosen independently with probability p_i by each labeler, two labelers
 * agree with probability Σ p_i² — the "human-level performance" you would measure by comparing them.
 * A model that always follows the most common convention agrees with a random labeler max p_i of the time,
 * so it "beats HLP" by max p_i − Σ p_i² without being any better (e.g. 70/30: 0.70 vs 0.58).
 */
export interface ConventionAgreement {
  /** Chance two labelers agree: Σ p_i². */
  labelerAgreement: number;
  /** Chance a majority-convention model matches a random labeler: max p_i. */
  majorityModelAccuracy: number;
  /** How far the model appears to "beat" human-level performance, in probability units. */
  apparentGain: number;
}

export function conventionAgreement(shares: readonly number[]): ConventionAgreement {
  if (shares.length === 0) throw new RangeError('conventionAgreement needs at least one convention share');
  if (shares.some((p) => !Number.isFinite(p) || p < 0)) {
    throw new RangeError('convention shares must be finite and non-negative');
  }
  const total = shares.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new RangeError('convention shares must not all be zero');
  const p = shares.map((s) => s / total);
  const labelerAgreement = p.reduce((acc, pi) => acc + pi * pi, 0);
  const majorityModelAccuracy = Math.max(...p);
  return { labelerAgreement, majorityModelAccuracy, apparentGain: majorityModelAccuracy - labelerAgreement };
}
