// Typed errors of the modeling core. Each names what was wrong and, where there is one, the fix, because the
// message is shown to a learner as is.

/** A ModelSpec field is out of range or of the wrong type; `field` names it (e.g. "hiddenLayers[2]"). */
export class ModelSpecError extends Error {
  override readonly name = 'ModelSpecError';
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}

export type PreprocessErrorCode =
  'unknown-column' | 'column-type' | 'no-features' | 'no-train-rows' | 'classes' | 'assignment' | 'json';

/** The table, the chosen columns or the split cannot be turned into a training set. */
export class PreprocessError extends Error {
  override readonly name = 'PreprocessError';
  readonly code: PreprocessErrorCode;
  constructor(code: PreprocessErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/**
 * The training loss became NaN/±∞ or grew past the explosion limit. Training stops at the end of that epoch;
 * the message suggests the usual fixes (lower learning rate, normalized inputs).
 */
export class TrainingDivergedError extends Error {
  override readonly name = 'TrainingDivergedError';
  /** 0-based epoch at whose end the loss was read. */
  readonly epoch: number;
  /** The loss that was read (NaN, ±Infinity, or a finite value past the limit). */
  readonly loss: number;
  constructor(epoch: number, loss: number, learningRate: number) {
    const what = Number.isFinite(loss) ? `exploded to ${loss.toPrecision(3)}` : `became ${String(loss)}`;
    super(
      `Training stopped: the loss ${what} in epoch ${epoch + 1}. Try a lower learning rate ` +
        `(e.g. ${formatRate(learningRate / 10)} instead of ${formatRate(learningRate)}), make sure the ` +
        `features are normalized (z-scores), or add L2 regularization.`,
    );
    this.epoch = epoch;
    this.loss = loss;
  }
}

function formatRate(x: number): string {
  return Number(x.toPrecision(2)).toString();
}
