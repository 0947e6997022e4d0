/**
 * Project-history forecaster for the feasibility step. The course's rule of thumb: on a problem worked on
 * before, a team closes a roughly constant share r of the remaining gap to human-level performance (HLP)
 * each quarter (≈30 % is typical). With error e₀ now and HLP error h,
 *
 *   e(q) = h + (e₀ − h)·(1 − r)^q        for quarters q = 0, 1, …, Q
 *
 * Errors are percentages (0–100). If the current error is already at or below HLP there is no gap to close and
 * the forecast stays flat at e₀: HLP is a guide to what is feasible, not a floor the model must rise to.
 */
export interface ForecastInput {
  currentError: number;
  hlpError: number;
  /** r: share of the remaining gap closed per quarter, in [0, 1]. */
  gapClosedPerQuarter: number;
  quarters: number;
}

export interface ForecastPoint {
  quarter: number;
  error: number;
  gap: number;
}

function check({ currentError, hlpError, gapClosedPerQuarter, quarters }: ForecastInput): void {
  for (const [name, v] of [
    ['current error', currentError],
    ['HLP error', hlpError],
  ] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 100)
      throw new RangeError(`${name} must be a percentage between 0 and 100`);
  }
  if (!(gapClosedPerQuarter >= 0 && gapClosedPerQuarter <= 1)) {
    throw new RangeError('the share of the gap closed per quarter must be between 0 and 1');
  }
  if (!Number.isInteger(quarters) || quarters < 1 || quarters > 40) {
    throw new RangeError('quarters must be a whole number from 1 to 40');
  }
}

export function forecastErrorByQuarter(input: ForecastInput): ForecastPoint[] {
  check(input);
  const { currentError, hlpError, gapClosedPerQuarter: r, quarters } = input;
  const gap0 = Math.max(0, currentError - hlpError);
  const floor = currentError - gap0;
  const points: ForecastPoint[] = [];
  for (let q = 0; q <= quarters; q++) {
    const gap = gap0 * (1 - r) ** q;
    points.push({ quarter: q, error: floor + gap, gap });
  }
  return points;
}

/**
 * First quarter at which the forecast error is at or below `target`, or null if it never gets there
 * (target below HLP, or r = 0). Solves h + g₀(1 − r)^q ≤ t  ⇔  q ≥ ln((t − h)/g₀) / ln(1 − r).
 */
export function quartersToReach(input: Omit<ForecastInput, 'quarters'>, target: number): number | null {
  check({ ...input, quarters: 1 });
  const { currentError, hlpError, gapClosedPerQuarter: r } = input;
  if (currentError <= target) return 0;
  const gap0 = currentError - hlpError;
  const needed = target - hlpError;
  if (needed <= 0 || gap0 <= 0 || r === 0) return null;
  if (r === 1) return 1;
  // Round before ceil so that exact answers (e.g. 2.0000000000000004) are not pushed to the next quarter.
  return Math.ceil(Number((Math.log(needed / gap0) / Math.log(1 - r)).toFixed(9)));
}
