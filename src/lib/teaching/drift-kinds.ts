/**
 * The picture behind the drift-kinds widget: 2-D points labelled by a "true" linear boundary through the
 * origin, and a model that learned that boundary before anything changed.
 * - Data drift moves the inputs: x' = x + shift, labels still from the same rule (P(y|x) unchanged).
 * - Concept drift rotates the true boundary by θ while the inputs stay put (P(x) unchanged).
 * The model's boundary never moves, so its accuracy shows which change hurts it and how. By default the model
 * is slightly off the truth (as every real model is): near the training data the two lines nearly agree, far
 * from it they part, so data drift that carries inputs away from where the model learned also costs accuracy.
 */
export interface Point2 {
  x: number;
  y: number;
}
export interface LabelledPoint extends Point2 {
  label: 0 | 1;
  predicted: 0 | 1;
}

/** Side of the line through the origin at angle `angle` (radians): 1 above, 0 below. */
export function sideOf(p: Point2, angle: number): 0 | 1 {
  return -Math.sin(angle) * p.x + Math.cos(angle) * p.y > 0 ? 1 : 0;
}

export interface DriftScene {
  points: LabelledPoint[];
  accuracy: number;
}

export const TRUE_ANGLE = Math.PI / 4;
export const MODEL_ANGLE = Math.PI / 4 + 0.2;

/**
 * @param base points drawn once from the reference distribution
 * @param shift data drift: added to every input
 * @param rotation concept drift: angle (radians) by which the true boundary turns
 * @param angles the true boundary before any change, and the boundary the model learned
 */
export function driftScene(
  base: readonly Point2[],
  shift: Point2,
  rotation: number,
  { trueAngle = TRUE_ANGLE, modelAngle = MODEL_ANGLE }: { trueAngle?: number; modelAngle?: number } = {},
): DriftScene {
  let correct = 0;
  const points = base.map((p) => {
    const moved = { x: p.x + shift.x, y: p.y + shift.y };
    const label = sideOf(moved, trueAngle + rotation);
    const predicted = sideOf(moved, modelAngle);
    if (label === predicted) correct++;
    return { ...moved, label, predicted };
  });
  return { points, accuracy: base.length ? correct / base.length : 1 };
}

/** Van der Corput radical inverse of i in `base`: the i-th Halton coordinate, evenly spread in (0, 1). */
function radicalInverse(i: number, base: number): number {
  let f = 1;
  let r = 0;
  for (let n = i; n > 0; n = Math.floor(n / base)) {
    f /= base;
    r += f * (n % base);
  }
  return r;
}

/**
 * `n` points from a standard 2-D normal, deterministic and evenly spread: Halton (bases 2, 3) pairs pushed
 * through Box–Muller. Used so the picture is the same on every load without a random seed.
 */
export function haltonGaussianPoints(n: number, scale = 1): Point2[] {
  const points: Point2[] = [];
  for (let i = 1; i <= n; i++) {
    const u = radicalInverse(i, 2);
    const v = radicalInverse(i, 3);
    const r = Math.sqrt(-2 * Math.log(u)) * scale;
    points.push({ x: r * Math.cos(2 * Math.PI * v), y: r * Math.sin(2 * Math.PI * v) });
  }
  return points;
}
