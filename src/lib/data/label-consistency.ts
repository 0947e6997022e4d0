/**
 * Label-consistency study (the course's "define data" step, MLOps Specialization course 1 week 3): the same examples
 * are labeled by two or more labelers; where they disagree, the labeling instructions are ambiguous and the team
 * should discuss, agree on a convention, and document it.
 *
 * Input: a matrix examples × labelers of labels (string | null; null or blank text = "not labeled by this labeler").
 * Output:
 *  - agreement[i][j]: the share of examples labeled by both i and j on which they give the same label,
 *      A_ij = #{e : both labeled e, l_ie = l_je} / #{e : both labeled e};  null when they share no example.
 *    overlap[i][j] is that denominator (the diagonal counts the examples labeler i labeled; A_ii = 1).
 *  - per example: label counts, the majority label (null on a tie), its share c_max / n_e, and the share of
 *    agreeing labeler pairs P_e = Σ_k c_k(c_k − 1) / (n_e(n_e − 1)) (the per-subject agreement of Fleiss 1971).
 *  - disagreements: examples with two or more distinct labels, the most split first (lowest majority share, then
 *    lowest P_e, then most distinct labels, then input order) — the list to discuss.
 *  - Cohen's κ (Cohen 1960) when there are exactly two labelers, over the examples both labeled, via
 *    cohenKappa from '@/lib/stats' (sklearn semantics).
 *  - Fleiss' κ (Fleiss 1971) via fleissKappa from '@/lib/stats' on the subjects × categories count table. Fleiss'
 *    formula needs every subject rated by the same number m of raters, so it is computed only over the examples
 *    with exactly m labels, where m is the most common label count ≥ 2 among the examples (ties → the larger m);
 *    the other examples are counted in `excluded`. With complete data (everyone labels everything) m is the number
 *    of labelers and nothing is excluded. For two labelers Fleiss' κ is Scott's π, close to but not equal to Cohen's.
 *  - human-level performance (HLP) from agreement: for each labeler i, a_i = mean over the other labelers j (that
 *    share examples with i) of A_ij; HLP = mean over labelers of a_i. With two labelers HLP = A_12. This is how well
 *    one human agrees with another, which is what the course calls HLP when no ground truth exists (its example:
 *    an inspector agreeing with another on 4 of 6 images, HLP = 66.7 %). It is a floor on how good labels are, not
 *    a ceiling for a model: see conventionPitfall (two conventions used 70 %/30 % give HLP 58 %, and a model that
 *    always follows the majority convention "beats" it with 70 % without being better).
 *  κ values are undefined (null, with a reason) when chance agreement is 1 — every label is the same category.
 */
import { cohenKappa, fleissKappa, StatsInputError } from '@/lib/stats';
import type { DataTable } from './types';

// The course's 70/30 pitfall lives in the teaching module; re-exported here under the data studio's name.
export {
  conventionAgreement as conventionPitfall,
  type ConventionAgreement,
} from '@/lib/teaching/convention-agreement';

export interface LabelStudy {
  /** Example ids, one per row of `labels`. */
  examples: string[];
  /** Labeler names, one per column of `labels`. */
  labelers: string[];
  /** labels[e][l]: the label labeler l gave example e, or null when l did not label e. */
  labels: (string | null)[][];
}

export interface ExampleAgreement {
  /** Row index in the study. */
  index: number;
  id: string;
  /** The example's labels, one per labeler (null = not labeled). */
  labels: (string | null)[];
  /** Number of labelers who labeled this example (n_e). */
  nLabels: number;
  /** Distinct labels with their counts, most frequent first (ties by label). */
  counts: { label: string; count: number }[];
  /** The single most frequent label, or null when there is a tie for first place or no label. */
  majority: string | null;
  /** The labels tied for first place (one element when there is a clear majority). */
  topLabels: string[];
  /** c_max / n_e, or null with no labels. */
  agreementShare: number | null;
  /** Share of agreeing labeler pairs Σ c_k(c_k − 1) / (n_e(n_e − 1)); null when n_e < 2. */
  pairAgreement: number | null;
}

export interface KappaValue {
  /** κ, or null when undefined (see `reason`). */
  value: number | null;
  /** Examples the statistic was computed over. */
  examples: number;
  reason?: string;
}

export interface FleissValue extends KappaValue {
  /** Labels per example in the examples used (m). */
  ratersPerExample: number;
  /** Examples left out because they have a different number of labels (including 0 or 1). */
  excluded: number;
}

export interface LabelStudyResult {
  examples: string[];
  labelers: string[];
  /** Distinct labels used, sorted by code unit. */
  categories: string[];
  /** agreement[i][j] = A_ij (see the file comment); null when i and j share no example. */
  agreement: (number | null)[][];
  /** overlap[i][j] = examples labeled by both i and j. */
  overlap: number[][];
  /** a_i: labeler i's mean agreement with the others; null when i shares no example with anyone. */
  labelerAgreement: (number | null)[];
  /** Human-level performance estimated from agreement (mean of a_i), or null when no pair overlaps. */
  hlp: number | null;
  perExample: ExampleAgreement[];
  /** Examples with ≥ 2 distinct labels, most split first. */
  disagreements: ExampleAgreement[];
  /** Cohen's κ when there are exactly two labelers, else null. */
  cohenKappa: KappaValue | null;
  fleissKappa: FleissValue;
}

export type LabelStudyErrorCode =
  'empty' | 'too-few-labelers' | 'shape' | 'duplicate' | 'missing-id' | 'bad-label' | 'format';

/** A label study or labels CSV that cannot be analysed; `rows` lists 1-based data rows at fault, if any. */
export class LabelStudyError extends Error {
  override readonly name = 'LabelStudyError';
  readonly code: LabelStudyErrorCode;
  readonly rows: number[];
  constructor(code: LabelStudyErrorCode, message: string, rows: number[] = []) {
    super(message);
    this.code = code;
    this.rows = rows;
  }
}

const norm = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v);
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function listRows(rows: number[]): string {
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
}

function validateStudy(study: LabelStudy): void {
  const { examples, labelers, labels } = study ?? ({} as LabelStudy);
  if (!Array.isArray(examples) || !Array.isArray(labelers) || !Array.isArray(labels)) {
    throw new LabelStudyError('shape', 'A label study needs arrays examples, labelers and labels.');
  }
  if (labelers.length < 2) {
    throw new LabelStudyError(
      'too-few-labelers',
      `A consistency study needs at least two labelers, got ${labelers.length}.`,
    );
  }
  if (examples.length === 0) throw new LabelStudyError('empty', 'The label study has no examples.');
  if (labels.length !== examples.length) {
    throw new LabelStudyError(
      'shape',
      `labels has ${labels.length} rows but there are ${examples.length} examples.`,
    );
  }
  const seen = new Set<string>();
  for (const name of labelers) {
    if (seen.has(name))
      throw new LabelStudyError('duplicate', `Labeler ${JSON.stringify(name)} appears twice.`);
    seen.add(name);
  }
  labels.forEach((row, e) => {
    if (!Array.isArray(row) || row.length !== labelers.length) {
      throw new LabelStudyError(
        'shape',
        `Example ${JSON.stringify(examples[e])} has ${Array.isArray(row) ? row.length : 0} labels, expected one per labeler (${labelers.length}).`,
        [e + 1],
      );
    }
    for (const v of row) {
      if (v !== null && typeof v !== 'string') {
        throw new LabelStudyError(
          'bad-label',
          `Example ${JSON.stringify(examples[e])} has a label that is not text.`,
          [e + 1],
        );
      }
    }
  });
}

function exampleAgreement(index: number, id: string, row: (string | null)[]): ExampleAgreement {
  const tally = new Map<string, number>();
  let n = 0;
  for (const raw of row) {
    const v = norm(raw);
    if (v === null) continue;
    tally.set(v, (tally.get(v) ?? 0) + 1);
    n++;
  }
  const counts = [...tally.entries()]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || byCodeUnit(a.label, b.label));
  const top = counts[0]?.count ?? 0;
  const topLabels = counts.filter((c) => c.count === top).map((c) => c.label);
  let pairs = 0;
  for (const c of counts) pairs += c.count * (c.count - 1);
  return {
    index,
    id,
    labels: row.map(norm),
    nLabels: n,
    counts,
    majority: topLabels.length === 1 ? topLabels[0]! : null,
    topLabels,
    agreementShare: n === 0 ? null : top / n,
    pairAgreement: n < 2 ? null : pairs / (n * (n - 1)),
  };
}

function safeKappa(fn: () => number, examples: number): KappaValue {
  try {
    return { value: fn(), examples };
  } catch (e) {
    if (e instanceof StatsInputError) return { value: null, examples, reason: e.message };
    throw e;
  }
}

/** Analyses a label-consistency study; see the file comment for every statistic. */
export function analyzeLabelStudy(study: LabelStudy): LabelStudyResult {
  validateStudy(study);
  const { examples, labelers, labels } = study;
  const L = labelers.length;
  const clean = labels.map((row) => row.map(norm));

  const categories = [...new Set(clean.flat().filter((v): v is string => v !== null))].sort(byCodeUnit);

  // Pairwise agreement over examples both labeled.
  const overlap = Array.from({ length: L }, () => new Array<number>(L).fill(0));
  const agree = Array.from({ length: L }, () => new Array<number>(L).fill(0));
  for (const row of clean) {
    for (let i = 0; i < L; i++) {
      const a = row[i];
      if (a === null || a === undefined) continue;
      for (let j = i; j < L; j++) {
        const b = row[j];
        if (b === null || b === undefined) continue;
        overlap[i]![j]!++;
        if (a === b) agree[i]![j]!++;
        if (j !== i) {
          overlap[j]![i]!++;
          if (a === b) agree[j]![i]!++;
        }
      }
    }
  }
  const agreement = overlap.map((r, i) => r.map((o, j) => (o === 0 ? null : agree[i]![j]! / o)));

  // HLP: mean over labelers of each labeler's mean agreement with the others.
  const labelerAgreement = agreement.map((r, i) => {
    const others = r.filter((v, j): v is number => j !== i && v !== null);
    return others.length === 0 ? null : others.reduce((s, v) => s + v, 0) / others.length;
  });
  const defined = labelerAgreement.filter((v): v is number => v !== null);
  const hlp = defined.length === 0 ? null : defined.reduce((s, v) => s + v, 0) / defined.length;

  const perExample = examples.map((id, e) => exampleAgreement(e, id, labels[e]!));
  const disagreements = perExample
    .filter((x) => x.counts.length >= 2)
    .sort(
      (a, b) =>
        a.agreementShare! - b.agreementShare! ||
        a.pairAgreement! - b.pairAgreement! ||
        b.counts.length - a.counts.length ||
        a.index - b.index,
    );

  // Cohen's κ: two labelers, examples both labeled.
  let cohen: KappaValue | null = null;
  if (L === 2) {
    const a: string[] = [];
    const b: string[] = [];
    for (const row of clean) {
      if (row[0] != null && row[1] != null) {
        a.push(row[0]);
        b.push(row[1]);
      }
    }
    cohen =
      a.length === 0
        ? { value: null, examples: 0, reason: 'The two labelers have no example in common.' }
        : safeKappa(() => cohenKappa(a, b), a.length);
  }

  // Fleiss' κ over the examples with the most common label count m ≥ 2.
  const byCount = new Map<number, number>();
  for (const x of perExample) if (x.nLabels >= 2) byCount.set(x.nLabels, (byCount.get(x.nLabels) ?? 0) + 1);
  let m = 0;
  let mFreq = 0;
  for (const [count, freq] of byCount) {
    if (freq > mFreq || (freq === mFreq && count > m)) {
      m = count;
      mFreq = freq;
    }
  }
  let fleiss: FleissValue;
  if (m === 0) {
    fleiss = {
      value: null,
      examples: 0,
      ratersPerExample: 0,
      excluded: examples.length,
      reason: 'No example has labels from two or more labelers.',
    };
  } else {
    const catIndex = new Map(categories.map((c, k) => [c, k]));
    const table = perExample
      .filter((x) => x.nLabels === m)
      .map((x) => {
        const row = new Array<number>(categories.length).fill(0);
        for (const c of x.counts) row[catIndex.get(c.label)!] = c.count;
        return row;
      });
    fleiss = {
      ...safeKappa(() => fleissKappa(table), table.length),
      ratersPerExample: m,
      excluded: examples.length - table.length,
    };
  }

  return {
    examples: [...examples],
    labelers: [...labelers],
    categories,
    agreement,
    overlap,
    labelerAgreement,
    hlp,
    perExample,
    disagreements,
    cohenKappa: cohen,
    fleissKappa: fleiss,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// CSV import

/** Header names (trimmed, lower case, spaces/dashes → "_") recognised for the long format. */
export const LONG_FORMAT_HEADERS = {
  example: ['example', 'example_id', 'item', 'item_id', 'id', 'subject'],
  labeler: ['labeler', 'labeller', 'rater', 'annotator', 'labeler_id', 'rater_id', 'annotator_id'],
  label: ['label', 'rating', 'annotation', 'class'],
} as const;

export type LabelsCsvFormat = 'wide' | 'long';

const headerKey = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function roleOf(header: string): keyof typeof LONG_FORMAT_HEADERS | null {
  const k = headerKey(header);
  for (const role of ['example', 'labeler', 'label'] as const) {
    if ((LONG_FORMAT_HEADERS[role] as readonly string[]).includes(k)) return role;
  }
  return null;
}

/**
 * Tells the two accepted layouts apart.
 *  long — exactly three columns named (in any order) example, labeler and label (synonyms in LONG_FORMAT_HEADERS:
 *         e.g. item/rater/rating), one row per (example, labeler) pair;
 *  wide — anything else: the first column is the example id, every other column is one labeler's labels.
 * A table with a labeler-like header but not exactly the long layout is rejected rather than read as wide.
 */
export function detectLabelsCsvFormat(table: DataTable): LabelsCsvFormat {
  const roles = table.columns.map(roleOf);
  if (table.columns.length === 3 && new Set(roles).size === 3 && !roles.includes(null)) return 'long';
  if (roles.includes('labeler')) {
    throw new LabelStudyError(
      'format',
      `This looks like a long labels CSV (it has a "${table.columns[roles.indexOf('labeler')]}" column) but a long CSV needs exactly three columns: example, labeler, label. Found: ${table.columns.join(', ')}.`,
    );
  }
  return 'wide';
}

/**
 * Reads a label study from a parsed CSV (see detectLabelsCsvFormat for the two layouts). Cells are trimmed; blank
 * labels mean "not labeled". Row numbers in errors are 1-based data rows (the header is not counted).
 * Wide: example ids must be present and unique; at least two labeler columns.
 * Long: example and labeler must be present; examples and labelers keep their order of first appearance; a repeated
 * (example, labeler) pair with the same label is accepted once, with a different label it is an error.
 */
export function parseLabelsCsv(table: DataTable): LabelStudy & { format: LabelsCsvFormat } {
  if (!table || !Array.isArray(table.columns) || !Array.isArray(table.data)) {
    throw new LabelStudyError('shape', 'Expected a parsed table with columns and data.');
  }
  if (table.rowCount === 0) throw new LabelStudyError('empty', 'The labels CSV has a header but no rows.');
  const format = detectLabelsCsvFormat(table);
  const cell = (c: number, r: number): string | null => {
    const v = table.data[c]?.[r] ?? null;
    return v === null || v.trim() === '' ? null : v.trim();
  };

  if (format === 'wide') {
    if (table.columns.length < 3) {
      throw new LabelStudyError(
        'too-few-labelers',
        `A wide labels CSV needs an example-id column and at least two labeler columns; found ${table.columns.length} column(s): ${table.columns.join(', ')}.`,
      );
    }
    const labelers = table.columns.slice(1).map((h, k) => (h.trim() === '' ? `(column ${k + 2})` : h.trim()));
    const examples: string[] = [];
    const labels: (string | null)[][] = [];
    const missing: number[] = [];
    const firstRow = new Map<string, number>();
    const dup: string[] = [];
    for (let r = 0; r < table.rowCount; r++) {
      const id = cell(0, r);
      if (id === null) {
        missing.push(r + 1);
        continue;
      }
      const prev = firstRow.get(id);
      if (prev !== undefined) dup.push(`"${id}" (rows ${prev} and ${r + 1})`);
      else firstRow.set(id, r + 1);
      examples.push(id);
      labels.push(labelers.map((_, k) => cell(k + 1, r)));
    }
    if (missing.length > 0) {
      throw new LabelStudyError(
        'missing-id',
        `The example id (first column, "${table.columns[0]}") is empty in row ${listRows(missing)}.`,
        missing,
      );
    }
    if (dup.length > 0) {
      throw new LabelStudyError(
        'duplicate',
        `Example ids must be unique; repeated: ${dup.slice(0, 5).join(', ')}${dup.length > 5 ? ` and ${dup.length - 5} more` : ''}.`,
      );
    }
    return { format, examples, labelers, labels };
  }

  const roles = table.columns.map(roleOf);
  const ce = roles.indexOf('example');
  const cl = roles.indexOf('labeler');
  const cv = roles.indexOf('label');
  const exIndex = new Map<string, number>();
  const lbIndex = new Map<string, number>();
  const entries: { e: number; l: number; v: string | null; row: number }[] = [];
  const missing: number[] = [];
  for (let r = 0; r < table.rowCount; r++) {
    const ex = cell(ce, r);
    const lb = cell(cl, r);
    if (ex === null || lb === null) {
      missing.push(r + 1);
      continue;
    }
    if (!exIndex.has(ex)) exIndex.set(ex, exIndex.size);
    if (!lbIndex.has(lb)) lbIndex.set(lb, lbIndex.size);
    entries.push({ e: exIndex.get(ex)!, l: lbIndex.get(lb)!, v: cell(cv, r), row: r + 1 });
  }
  if (missing.length > 0) {
    throw new LabelStudyError(
      'missing-id',
      `Every row needs an example ("${table.columns[ce]}") and a labeler ("${table.columns[cl]}"); missing in row ${listRows(missing)}.`,
      missing,
    );
  }
  const examples = [...exIndex.keys()];
  const labelers = [...lbIndex.keys()];
  if (labelers.length < 2) {
    throw new LabelStudyError(
      'too-few-labelers',
      `A consistency study needs at least two labelers; the CSV names only ${labelers.length === 1 ? `"${labelers[0]}"` : 'none'}.`,
    );
  }
  const labels = examples.map(() => new Array<string | null>(labelers.length).fill(null));
  const seenAt = examples.map(() => new Array<number>(labelers.length).fill(0));
  for (const { e, l, v, row } of entries) {
    const prevRow = seenAt[e]![l]!;
    if (prevRow !== 0 && labels[e]![l] !== v) {
      throw new LabelStudyError(
        'duplicate',
        `Labeler "${labelers[l]}" labels example "${examples[e]}" twice with different labels (rows ${prevRow} and ${row}: "${labels[e]![l] ?? ''}" vs "${v ?? ''}").`,
        [prevRow, row],
      );
    }
    if (prevRow === 0) {
      seenAt[e]![l] = row;
      labels[e]![l] = v;
    }
  }
  return { format, examples, labelers, labels };
}
