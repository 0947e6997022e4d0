/**
 * From a DataTable (column-major text cells) to the Float32 matrix a network trains on.
 *
 * Everything learned from data is learned from the TRAINING rows only (fit), then applied unchanged to the
 * validation rows and to live events (transform) — fitting the scaler on all rows would leak validation
 * statistics into training, and a deployed model must preprocess new events exactly as it was trained.
 *
 *  numeric     z-score: z = (x − μ) / σ with μ, σ the mean and population standard deviation (ddof = 0, as
 *              scikit-learn's StandardScaler) of the column's parseable training values. σ = 0 (a constant
 *              column) → σ := 1, so the column becomes 0 instead of NaN. A missing or non-numeric cell is
 *              imputed with the training mean μ, i.e. z = 0 (sklearn's SimpleImputer(strategy='mean') before
 *              scaling); a column with no parseable training value gets μ = 0, σ = 1.
 *  boolean     true/yes/1/… → 1, false/no/0/… → 0 (the data studio's boolean tokens), then as numeric.
 *  categorical one-hot over the categories seen in the training rows, sorted by code unit; the expanded
 *              feature names are "column=value". A missing value, or a category never seen in training (at
 *              validation or serving time), encodes as all zeros (sklearn's OneHotEncoder(handle_unknown=
 *              'ignore')): the model sees "none of the known categories" instead of failing.
 *  label       classification: the distinct label values of the training rows, sorted (numerically when every
 *              one is a number, else by code point), encoded as their index; for 'binary' the positive class
 *              is classes[1], the larger one (as sklearn's roc_auc_score). Regression: the raw number.
 *
 * Rows whose label is missing (or not a number, for regression) take no part in training or validation, and
 * validation rows whose class never occurs in the training rows are left out too (the model has no output for
 * it); prepareDataset reports both counts.
 */
import { parseBooleanCell, parseNumberCell } from '@/lib/data/cell-values';
import { planSplit } from '@/lib/data/splits';
import type { Cell, ColumnSchema, DataTable } from '@/lib/data/types';
import { sortLabels } from '@/lib/stats';
import { PreprocessError } from './errors';
import type { Task } from './model-spec';

export type FeatureKind = 'numeric' | 'boolean' | 'categorical';

export interface FeatureConfig {
  /** Column name in the table. */
  name: string;
  kind: FeatureKind;
}

export interface PreprocessConfig {
  features: FeatureConfig[];
  /** Label column name. */
  label: string;
  task: Task;
}

/** What fit learned about one input column. */
export type FittedFeature =
  | { name: string; kind: 'numeric' | 'boolean'; mean: number; std: number }
  | { name: string; kind: 'categorical'; categories: string[] };

/** Serializable form (JSON-safe) stored with a trained model so the deployment studio can preprocess events. */
export interface PreprocessorJSON {
  format: 'lifecycle-lab/preprocessor';
  version: 1;
  task: Task;
  label: string;
  features: FittedFeature[];
  /** Class names in output order (empty for regression). */
  classes: string[];
}

/** One live event or hand-made example: column name → raw value (text as in a table, or a number/boolean). */
export type RawRecord = Readonly<Record<string, Cell | number | boolean | undefined>>;

/** Feature kind for a schema column type; dates and free text are not model inputs here. */
export function featureKindOf(column: Pick<ColumnSchema, 'type'>): FeatureKind | null {
  switch (column.type) {
    case 'numeric':
      return 'numeric';
    case 'boolean':
      return 'boolean';
    case 'categorical':
      return 'categorical';
    default:
      return null;
  }
}

/** The schema's feature columns that can be encoded, and its label column (first with role 'label'). */
export function configFromSchema(columns: readonly ColumnSchema[], task: Task): PreprocessConfig {
  const label = columns.find((c) => c.role === 'label');
  if (!label) throw new PreprocessError('unknown-column', 'The schema has no column with the role "label".');
  const features: FeatureConfig[] = [];
  for (const c of columns) {
    const kind = c.role === 'feature' ? featureKindOf(c) : null;
    if (kind) features.push({ name: c.name, kind });
  }
  return { features, label: label.name, task };
}

// ---------------------------------------------------------------------------------------------------------
// Cell readers
// ---------------------------------------------------------------------------------------------------------

function isMissingText(cell: Cell | undefined): cell is null | undefined {
  return cell === null || cell === undefined || cell.trim() === '';
}

/** Number from a raw value, NaN when missing or unparseable. */
function readNumber(value: Cell | number | boolean | undefined): number {
  if (typeof value === 'number') return Number.isFinite(value) ? value : NaN;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isMissingText(value)) return NaN;
  return parseNumberCell(value.trim());
}

/** 1/0 from a raw boolean value, NaN when missing or not a boolean token. */
function readBoolean(value: Cell | number | boolean | undefined): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value === 1 ? 1 : value === 0 ? 0 : NaN;
  if (isMissingText(value)) return NaN;
  const b = parseBooleanCell(value.trim());
  return b === undefined ? NaN : b ? 1 : 0;
}

/** Category text from a raw value, null when missing. Numbers and booleans are written as text. */
function readCategory(value: Cell | number | boolean | undefined): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return isMissingText(value) ? null : value;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Class names sorted numerically when all are numbers ("2" < "10"), else by code point (sklearn's order). */
export function sortClassNames(names: Iterable<string>): string[] {
  const list = [...new Set(names)];
  const numbers = list.map((s) => parseNumberCell(s.trim()));
  if (numbers.every((v) => !Number.isNaN(v))) {
    return list
      .map((s, i) => [s, numbers[i]!] as const)
      .sort((a, b) => a[1] - b[1] || compareCodeUnits(a[0], b[0]))
      .map(([s]) => s);
  }
  return sortLabels(list) as string[];
}

// ---------------------------------------------------------------------------------------------------------
// Preprocessor
// ---------------------------------------------------------------------------------------------------------

function columnIndex(table: DataTable, name: string): number {
  const i = table.columns.indexOf(name);
  if (i < 0) {
    throw new PreprocessError('unknown-column', `Column "${name}" is not in the table.`);
  }
  return i;
}

function checkRows(table: DataTable, rows: ArrayLike<number>): void {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (!Number.isInteger(r) || r < 0 || r >= table.rowCount) {
      throw new PreprocessError(
        'assignment',
        `Row index ${r} is outside the table (0–${table.rowCount - 1}).`,
      );
    }
  }
}

export class Preprocessor {
  readonly task: Task;
  readonly label: string;
  readonly features: readonly FittedFeature[];
  /** Class names in output order; empty for regression. */
  readonly classes: readonly string[];
  /** Names of the model inputs after expansion: numeric "age", categorical "color=red". */
  readonly featureNames: readonly string[];
  /** Width of transform()'s rows: numeric/boolean features count 1, categorical ones their category count. */
  readonly outputDim: number;
  private readonly classIndex: ReadonlyMap<string, number>;
  private readonly categoryIndex: readonly (ReadonlyMap<string, number> | null)[];

  private constructor(json: PreprocessorJSON) {
    this.task = json.task;
    this.label = json.label;
    this.features = json.features;
    this.classes = json.classes;
    const names: string[] = [];
    for (const f of json.features) {
      if (f.kind === 'categorical') for (const c of f.categories) names.push(`${f.name}=${c}`);
      else names.push(f.name);
    }
    this.featureNames = names;
    this.outputDim = names.length;
    this.classIndex = new Map(json.classes.map((c, i) => [c, i]));
    this.categoryIndex = json.features.map((f) =>
      f.kind === 'categorical' ? new Map(f.categories.map((c, i) => [c, i])) : null,
    );
  }

  /** Learns means, standard deviations, categories and classes from `trainRows` of `table` only. */
  static fit(table: DataTable, config: PreprocessConfig, trainRows: ArrayLike<number>): Preprocessor {
    if (config.features.length === 0) {
      throw new PreprocessError('no-features', 'Choose at least one feature column.');
    }
    if (config.features.some((f) => f.name === config.label)) {
      throw new PreprocessError('column-type', `The label "${config.label}" cannot also be a feature.`);
    }
    checkRows(table, trainRows);
    const labelCol = table.data[columnIndex(table, config.label)]!;
    // Rows that can train: the label must be present (and numeric for regression).
    const rows: number[] = [];
    const classNames = new Set<string>();
    for (let k = 0; k < trainRows.length; k++) {
      const r = trainRows[k]!;
      const cell = labelCol[r];
      if (config.task === 'regression') {
        if (!Number.isNaN(readNumber(cell))) rows.push(r);
      } else if (!isMissingText(cell)) {
        rows.push(r);
        classNames.add(cell);
      }
    }
    if (rows.length === 0) {
      throw new PreprocessError(
        'no-train-rows',
        `No training row has a usable label in "${config.label}"` +
          (config.task === 'regression' ? ' (regression needs numbers).' : '.'),
      );
    }
    const classes = config.task === 'regression' ? [] : sortClassNames(classNames);
    if (config.task !== 'regression' && classes.length < 2) {
      throw new PreprocessError(
        'classes',
        `The training rows have ${classes.length} class in "${config.label}"; classification needs at least 2.`,
      );
    }

    const features: FittedFeature[] = config.features.map((f) => {
      const col = table.data[columnIndex(table, f.name)]!;
      if (f.kind === 'categorical') {
        const seen = new Set<string>();
        for (const r of rows) {
          const c = readCategory(col[r]);
          if (c !== null) seen.add(c);
        }
        return { name: f.name, kind: 'categorical', categories: [...seen].sort(compareCodeUnits) };
      }
      if (f.kind !== 'numeric' && f.kind !== 'boolean') {
        throw new PreprocessError('column-type', `Feature "${f.name}" has unknown kind ${String(f.kind)}.`);
      }
      const read = f.kind === 'numeric' ? readNumber : readBoolean;
      // Two-pass mean and variance (numerically safer than Σx² − n·x̄²).
      let n = 0;
      let sum = 0;
      for (const r of rows) {
        const v = read(col[r]);
        if (!Number.isNaN(v)) {
          n++;
          sum += v;
        }
      }
      const mean = n > 0 ? sum / n : 0;
      let ss = 0;
      for (const r of rows) {
        const v = read(col[r]);
        if (!Number.isNaN(v)) ss += (v - mean) * (v - mean);
      }
      const sd = n > 0 ? Math.sqrt(ss / n) : 0;
      return { name: f.name, kind: f.kind, mean, std: sd > 0 && Number.isFinite(sd) ? sd : 1 };
    });

    return new Preprocessor({
      format: 'lifecycle-lab/preprocessor',
      version: 1,
      task: config.task,
      label: config.label,
      features,
      classes,
    });
  }

  static fromJSON(json: unknown): Preprocessor {
    return new Preprocessor(checkJSON(json));
  }

  toJSON(): PreprocessorJSON {
    return {
      format: 'lifecycle-lab/preprocessor',
      version: 1,
      task: this.task,
      label: this.label,
      features: this.features.map((f) =>
        f.kind === 'categorical' ? { ...f, categories: [...f.categories] } : { ...f },
      ),
      classes: [...this.classes],
    };
  }

  /** Row-major n × outputDim matrix of `rows` (default: every row) of a table with the feature columns. */
  transform(table: DataTable, rows?: ArrayLike<number>): Float32Array {
    const n = rows ? rows.length : table.rowCount;
    if (rows) checkRows(table, rows);
    const d = this.outputDim;
    const out = new Float32Array(n * d);
    let offset = 0;
    this.features.forEach((f, fi) => {
      const col = table.data[columnIndex(table, f.name)]!;
      const width = f.kind === 'categorical' ? f.categories.length : 1;
      for (let k = 0; k < n; k++) {
        const r = rows ? rows[k]! : k;
        this.encodeInto(fi, col[r], out, k * d + offset);
      }
      offset += width;
    });
    return out;
  }

  /** One event (column name → value) as a model input row; missing columns count as missing values. */
  transformRecord(record: RawRecord): Float32Array {
    const out = new Float32Array(this.outputDim);
    let offset = 0;
    this.features.forEach((f, fi) => {
      this.encodeInto(fi, record[f.name], out, offset);
      offset += f.kind === 'categorical' ? f.categories.length : 1;
    });
    return out;
  }

  /** Several events as a row-major matrix. */
  transformRecords(records: readonly RawRecord[]): Float32Array {
    const d = this.outputDim;
    const out = new Float32Array(records.length * d);
    records.forEach((rec, k) => out.set(this.transformRecord(rec), k * d));
    return out;
  }

  /**
   * Label of each row: the class index (−1 when missing or not among the training classes) or, for regression,
   * the number (NaN when missing). Float32 either way, so it can go to a worker and into a tensor as is.
   */
  encodeLabels(table: DataTable, rows?: ArrayLike<number>): Float32Array {
    const col = table.data[columnIndex(table, this.label)]!;
    const n = rows ? rows.length : table.rowCount;
    const out = new Float32Array(n);
    for (let k = 0; k < n; k++) out[k] = this.encodeLabel(col[rows ? rows[k]! : k]);
    return out;
  }

  encodeLabel(value: Cell | number | boolean | undefined): number {
    if (this.task === 'regression') return readNumber(value);
    const name = readCategory(value);
    return name === null ? -1 : (this.classIndex.get(name) ?? -1);
  }

  private encodeInto(
    fi: number,
    value: Cell | number | boolean | undefined,
    out: Float32Array,
    at: number,
  ): void {
    const f = this.features[fi]!;
    if (f.kind === 'categorical') {
      const c = readCategory(value);
      const j = c === null ? undefined : this.categoryIndex[fi]!.get(c);
      if (j !== undefined) out[at + j] = 1; // others stay 0; unseen/missing → all zeros
      return;
    }
    const v = f.kind === 'numeric' ? readNumber(value) : readBoolean(value);
    out[at] = Number.isNaN(v) ? 0 : (v - f.mean) / f.std; // missing → the training mean → z = 0
  }
}

function checkJSON(json: unknown): PreprocessorJSON {
  const bad = (why: string): never => {
    throw new PreprocessError('json', `Not a saved preprocessor: ${why}.`);
  };
  if (json === null || typeof json !== 'object') return bad('not an object');
  const j = json as Record<string, unknown>;
  if (j.format !== 'lifecycle-lab/preprocessor') bad('wrong "format"');
  if (j.version !== 1) bad(`unsupported version ${String(j.version)}`);
  if (j.task !== 'binary' && j.task !== 'multiclass' && j.task !== 'regression') bad('unknown task');
  if (typeof j.label !== 'string') bad('"label" must be a string');
  if (!Array.isArray(j.classes) || !j.classes.every((c) => typeof c === 'string'))
    bad('"classes" must be strings');
  if (!Array.isArray(j.features) || j.features.length === 0) bad('"features" must be a non-empty array');
  for (const f of j.features as unknown[]) {
    const g = (f ?? {}) as Record<string, unknown>;
    if (typeof g.name !== 'string') bad('a feature has no name');
    if (g.kind === 'categorical') {
      if (!Array.isArray(g.categories) || !g.categories.every((c) => typeof c === 'string'))
        bad(`feature "${String(g.name)}" needs string categories`);
    } else if (g.kind === 'numeric' || g.kind === 'boolean') {
      if (typeof g.mean !== 'number' || !Number.isFinite(g.mean))
        bad(`feature "${String(g.name)}" needs a mean`);
      if (typeof g.std !== 'number' || !(g.std > 0)) bad(`feature "${String(g.name)}" needs a positive std`);
    } else bad(`feature "${String(g.name)}" has unknown kind`);
  }
  return json as PreprocessorJSON;
}

// ---------------------------------------------------------------------------------------------------------
// Split and dataset assembly
// ---------------------------------------------------------------------------------------------------------

export interface SplitOptions {
  /** Share of rows for validation, in (0, 1). */
  validationFraction: number;
  seed: number;
  /** Keep the class mix equal in both parts (classification only; the data studio's stratified plan). */
  stratify?: boolean;
}

/**
 * Seeded train/validation assignment in the split planner's encoding (0 = train, 1 = dev/validation), made by
 * the data studio's planSplit (src/lib/data/splits.ts: Fisher–Yates with the project's sfc32 PRNG, or
 * stratified by largest remainder), so a split made here equals the planner's split with shares
 * {train: 1 − v, dev: v, test: 0}.
 */
export function splitAssignment(table: DataTable, labelColumn: string, options: SplitOptions): Uint8Array {
  const v = options.validationFraction;
  if (typeof v !== 'number' || !(v > 0 && v < 1)) {
    throw new PreprocessError('assignment', `validationFraction must be in (0, 1), got ${String(v)}.`);
  }
  const labels = table.data[columnIndex(table, labelColumn)]!;
  return planSplit(labels, {
    shares: { train: 1 - v, dev: v, test: 0 },
    method: options.stratify ? 'stratified' : 'random',
    seed: options.seed,
  }).assignment;
}

export interface PreparedPart {
  /** Row-major rows × inputDim. */
  x: Float32Array;
  /** Class index or regression target per row. */
  y: Float32Array;
  /** Table row of each example (for error analysis and slices). */
  rows: Int32Array;
}

export interface PreparedDataset {
  preprocessor: Preprocessor;
  train: PreparedPart;
  validation: PreparedPart;
  /** Rows left out: missing label (either part), validation class unseen in training. Test rows are not counted. */
  dropped: { missingLabel: number; unseenClass: number };
}

/**
 * Fits a Preprocessor on the rows assigned 0 (train) and encodes train and validation (assigned 1) rows.
 * Rows assigned anything else (2 = the planner's test split) are not touched: the test set stays unseen.
 */
export function prepareDataset(
  table: DataTable,
  config: PreprocessConfig,
  assignment: ArrayLike<number>,
): PreparedDataset {
  if (assignment.length !== table.rowCount) {
    throw new PreprocessError(
      'assignment',
      `The split has ${assignment.length} entries but the table has ${table.rowCount} rows.`,
    );
  }
  const trainAll: number[] = [];
  const valAll: number[] = [];
  for (let r = 0; r < assignment.length; r++) {
    if (assignment[r] === 0) trainAll.push(r);
    else if (assignment[r] === 1) valAll.push(r);
  }
  const preprocessor = Preprocessor.fit(table, config, trainAll);
  let missingLabel = 0;
  let unseenClass = 0;
  const labelCol = table.data[columnIndex(table, config.label)]!;
  const keep = (rows: number[]): Int32Array => {
    const kept: number[] = [];
    for (const r of rows) {
      const y = preprocessor.encodeLabel(labelCol[r]);
      if (config.task === 'regression' ? Number.isNaN(y) : y < 0) {
        const missing = config.task === 'regression' || isMissingText(labelCol[r]);
        if (missing) missingLabel++;
        else unseenClass++;
      } else kept.push(r);
    }
    return Int32Array.from(kept);
  };
  const part = (rows: Int32Array): PreparedPart => ({
    x: preprocessor.transform(table, rows),
    y: preprocessor.encodeLabels(table, rows),
    rows,
  });
  return {
    preprocessor,
    train: part(keep(trainAll)),
    validation: part(keep(valAll)),
    dropped: { missingLabel, unseenClass },
  };
}
