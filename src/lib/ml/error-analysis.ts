/**
 * Error analysis (course W2, "Error analysis and performance auditing"): the user tags validation examples
 * with free-text categories (e.g. "car noise", "low bandwidth"), and per tag we ask how much the overall
 * accuracy could still improve if the model reached human-level performance (HLP) on that category.
 *
 * The course's prioritization table (speech recognition):
 *
 *   tag             accuracy   HLP   gap to HLP   share of data   potential gain (gap × share)
 *   clean speech       94 %    95 %      1 %           60 %             0.6 %
 *   car noise          89 %    93 %      4 %            4 %             0.16 %
 *   people noise       87 %    89 %      2 %           30 %             0.6 %
 *   low bandwidth      70 %    70 %      0 %            6 %             ~0 %
 *
 * Car noise has the biggest gap, but it is only 4 % of the data, so closing it moves overall accuracy by
 * 0.16 %; clean speech has a small gap on most of the data and is worth 0.6 %. Low bandwidth is as bad for
 * humans as for the model: nothing to gain. "Where work can pay off most" = largest potential gain.
 *
 * Conventions:
 *  - an example with several tags counts in every one of them (tags overlap, as in the course);
 *  - "accuracy within a tag" needs the correctly classified examples of that category too, so tags may be
 *    put on any validation example, not only on errors (a tag put on errors only has accuracy 0);
 *  - accuracies and HLP are fractions in [0, 1]; the gap is floored at 0 (a model above HLP has nothing to
 *    gain by this measure);
 *  - tags are looked up by table row (the validation example's `rows[i]`), or by the validation index when
 *    the rows are unknown; the workbook stores them under `${datasetId}:${row}` (see errorTagKey).
 */
import { predictedClasses } from './metrics';

/** Predictions on the validation set, aligned by validation index. */
export interface ValidationPredictions {
  /** Table row of each validation example; null → the validation index stands in for it. */
  rows: ArrayLike<number> | null;
  /** True class index per example. */
  yTrue: ArrayLike<number>;
  /** Predicted class index per example. */
  yPred: ArrayLike<number>;
  /** Row-major n × k probabilities, for the confidence of each prediction (optional). */
  proba?: ArrayLike<number>;
  k?: number;
}

/** Tags by table row: a Map, or a record keyed by the row number. */
export type TagLookup =
  ReadonlyMap<number, readonly string[]> | Readonly<Record<number | string, readonly string[] | undefined>>;

/** HLP per tag as an accuracy in [0, 1]; a missing, null or non-finite entry means "not known". */
export type HlpByTag = Readonly<Record<string, number | null | undefined>>;

export interface PriorityRow {
  tag: string;
  /** Validation examples with the tag. */
  examples: number;
  /** Misclassified validation examples with the tag. */
  errors: number;
  /** errors / all misclassified validation examples (0 when there are none). */
  shareOfErrors: number;
  /** Accuracy on the examples with the tag. */
  accuracy: number;
  /** examples / all validation examples. */
  shareOfData: number;
  hlp: number | null;
  /** max(0, hlp − accuracy), or null without an HLP. */
  gapToHlp: number | null;
  /** gapToHlp × shareOfData: the rise of overall accuracy if the tag reached HLP; null without an HLP. */
  potentialGain: number | null;
}

export interface MisclassifiedExample {
  /** Position in the validation set. */
  index: number;
  /** Table row (the validation index when the rows are unknown). */
  row: number;
  trueClass: number;
  predictedClass: number;
  /** Probability the model gave its (wrong) prediction; null without probabilities. */
  confidence: number | null;
}

/** Key of an example's tags in the workbook's modeling section (`errorTags`). */
export function errorTagKey(datasetId: string, row: number): string {
  return `${datasetId}:${row}`;
}

/** The tags of one dataset from the workbook's `errorTags`, by table row. */
export function tagsForDataset(
  errorTags: Readonly<Record<string, readonly string[]>>,
  datasetId: string,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const prefix = `${datasetId}:`;
  for (const [key, tags] of Object.entries(errorTags)) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    if (!/^\d+$/.test(rest)) continue;
    if (tags.length > 0) out.set(Number(rest), [...tags]);
  }
  return out;
}

/** Trimmed, non-empty, without repeats (first spelling kept), in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const tag = t.trim();
    if (tag !== '' && !out.includes(tag)) out.push(tag);
  }
  return out;
}

function tagsOf(lookup: TagLookup, row: number): readonly string[] {
  const tags = lookup instanceof Map ? lookup.get(row) : (lookup as Record<number, readonly string[]>)[row];
  return tags ?? [];
}

/** From a run's validation outputs (TrainOutcome.validation) to predicted classes, with the same threshold rule. */
export function validationPredictions(
  validation: {
    rows: ArrayLike<number> | null;
    yTrue: ArrayLike<number>;
    output: ArrayLike<number>;
    k: number;
  },
  threshold?: number,
): ValidationPredictions {
  const { rows, yTrue, output, k } = validation;
  if (k < 2 || output.length !== yTrue.length * k) {
    throw new RangeError(`Error analysis needs ${yTrue.length} × k class probabilities (k ≥ 2).`);
  }
  return { rows, yTrue, yPred: predictedClasses(output, k, threshold), proba: output, k };
}

const rowAt = (p: ValidationPredictions, i: number): number => (p.rows ? p.rows[i]! : i);

/** The misclassified validation examples, in validation order. */
export function misclassified(p: ValidationPredictions): MisclassifiedExample[] {
  const out: MisclassifiedExample[] = [];
  const k = p.k ?? 0;
  const hasProba = p.proba !== undefined && k >= 2 && p.proba.length === p.yTrue.length * k;
  for (let i = 0; i < p.yTrue.length; i++) {
    const t = p.yTrue[i]!;
    const y = p.yPred[i]!;
    if (t === y) continue;
    out.push({
      index: i,
      row: rowAt(p, i),
      trueClass: t,
      predictedClass: y,
      confidence: hasProba ? p.proba![i * k + y]! : null,
    });
  }
  return out;
}

/** Potential gains closer than this are ties (floating-point noise: 0.95 − 0.94 ≠ 0.01 exactly). */
const TIE = 1e-12;

/** Highest potential gain first; rows without an HLP last; ties by share of errors, then by tag name. */
export function comparePriority(a: PriorityRow, b: PriorityRow): number {
  if (a.potentialGain !== null && b.potentialGain !== null) {
    const d = b.potentialGain - a.potentialGain;
    if (Math.abs(d) > TIE) return d;
  } else if (a.potentialGain !== null) {
    return -1;
  } else if (b.potentialGain !== null) {
    return 1;
  }
  return b.shareOfErrors - a.shareOfErrors || b.errors - a.errors || a.tag.localeCompare(b.tag);
}

function hlpFor(hlpByTag: HlpByTag | undefined, tag: string): number | null {
  const v = hlpByTag && Object.hasOwn(hlpByTag, tag) ? hlpByTag[tag] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The course's prioritization table, one row per tag used on the validation examples, sorted by gain. */
export function prioritizationTable(
  p: ValidationPredictions,
  tags: TagLookup,
  hlpByTag?: HlpByTag,
): PriorityRow[] {
  const n = p.yTrue.length;
  if (p.yPred.length !== n) throw new RangeError(`Expected ${n} predictions, got ${p.yPred.length}.`);
  if (p.rows && p.rows.length !== n) throw new RangeError(`Expected ${n} rows, got ${p.rows.length}.`);
  const counts = new Map<string, { examples: number; errors: number }>();
  let totalErrors = 0;
  for (let i = 0; i < n; i++) {
    const wrong = p.yTrue[i] !== p.yPred[i];
    if (wrong) totalErrors++;
    for (const tag of normalizeTags(tagsOf(tags, rowAt(p, i)))) {
      const c = counts.get(tag) ?? { examples: 0, errors: 0 };
      c.examples++;
      if (wrong) c.errors++;
      counts.set(tag, c);
    }
  }
  const rows: PriorityRow[] = [];
  for (const [tag, { examples, errors }] of counts) {
    const accuracy = (examples - errors) / examples;
    const shareOfData = examples / n;
    const hlp = hlpFor(hlpByTag, tag);
    const gapToHlp = hlp === null ? null : Math.max(0, hlp - accuracy);
    rows.push({
      tag,
      examples,
      errors,
      shareOfErrors: totalErrors === 0 ? 0 : errors / totalErrors,
      accuracy,
      shareOfData,
      hlp,
      gapToHlp,
      potentialGain: gapToHlp === null ? null : gapToHlp * shareOfData,
    });
  }
  return rows.sort(comparePriority);
}
