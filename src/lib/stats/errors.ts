/**
 * The one error type of the stats library. Every public function validates its input and throws this
 * (never returns a silent NaN); `code` lets the UI pick a message without parsing text.
 */
export type StatsInputErrorCode =
  | 'empty' // an array or sample with no (non-missing) values
  | 'non-finite' // NaN or ±Infinity where a finite number is required
  | 'length-mismatch' // paired inputs (labels, histograms) of different lengths
  | 'single-category' // a statistic that is undefined with only one category/class
  | 'negative' // a negative count, weight or probability
  | 'zero-total' // a histogram or count vector summing to 0
  | 'invalid-option' // an option outside its domain (bins < 1, base <= 0, unknown test, ...)
  | 'mixed-labels' // string and number labels mixed (sklearn refuses these too)
  | 'unknown-label' // a label asked for (posLabel, labels[]) that the data does not contain
  | 'unknown-column'; // a column missing from one of the two datasets

export class StatsInputError extends Error {
  readonly code: StatsInputErrorCode;

  constructor(code: StatsInputErrorCode, message: string) {
    super(message);
    this.name = 'StatsInputError';
    this.code = code;
  }
}
