// Shared shape of the streaming drift detectors (River's `base.DriftDetector` and
// `base.BinaryDriftAndWarningDetector`).
//
// Semantics common to all of them, as in River 0.2x:
// - `update(x)` consumes one value and sets `driftDetected` (and `warningDetected` for binary detectors)
//   for that value.
// - When `driftDetected` was true, the *next* `update` first resets the detector completely (River:
//   `if self.drift_detected: self._reset()`), so the value after a detection starts a fresh detector.
// - Bad input throws InvalidInputError before any state changes (see errors.ts).

/** A detector fed with a stream of numbers. */
export interface DriftDetector {
  /** True when the last update signalled a drift. */
  readonly driftDetected: boolean;
  update(x: number): this;
}

/** A detector fed with a stream of 0/1 values, where 1 means an error (a wrong prediction). */
export interface BinaryDriftDetector extends DriftDetector {
  /** True when the last update put the detector in its warning zone. */
  readonly warningDetected: boolean;
  update(x: number | boolean): this;
}
