/**
 * The value ladder's Fermi arithmetic. Rungs run from the ML metric (rung 0) up to the business metric; each
 * rung above the first carries an estimate k_i of how much it moves per unit of the rung below. A change Δ₀ at
 * the bottom then propagates as
 *
 *   Δ_i = Δ_{i−1} · k_i
 *
 * e.g. +1 point of word accuracy → +0.75 points of query accuracy (k = 0.75) → … A rung whose estimate is
 * missing breaks the chain: it and every rung above it have no estimate (null), so the UI can ask for it.
 */
export interface RungEstimate {
  /** k_i; ignored for rung 0. */
  perUnitBelow: number | null;
}

export function propagateLadder(rungs: readonly RungEstimate[], bottomChange: number): (number | null)[] {
  if (!Number.isFinite(bottomChange))
    throw new RangeError('the change at the bottom of the ladder must be a finite number');
  const out: (number | null)[] = [];
  let change: number | null = bottomChange;
  rungs.forEach((rung, i) => {
    if (i > 0) {
      const k = rung.perUnitBelow;
      change = change === null || k === null || !Number.isFinite(k) ? null : change * k;
    }
    out.push(change);
  });
  return out;
}

/** The overall multiplier from the bottom rung to the top (product of all k_i), or null if any is missing. */
export function ladderMultiplier(rungs: readonly RungEstimate[]): number | null {
  const changes = propagateLadder(rungs, 1);
  return changes.length ? (changes[changes.length - 1] ?? null) : null;
}
