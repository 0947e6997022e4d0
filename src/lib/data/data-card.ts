/**
 * Markdown data card for a project's dataset, with the seven sections of "Datasheets for Datasets"
 * (Gebru, Morgenstern, Vecchione, Wortman Vaughan, Wallach, Daumé III & Crawford; arXiv:1803.09010, 2018;
 * Communications of the ACM 64(12), 2021):
 *   1. Motivation · 2. Composition · 3. Collection process · 4. Preprocessing, cleaning and labeling · 5. Uses ·
 *   6. Distribution · 7. Maintenance.
 * The answers come from the data studio: the data definition (x, y, label classes, instructions, ambiguous cases, the
 * structured/unstructured × small/large quadrant), the data-source inventory and labeling plan, the schema, the
 * statistics and the label-consistency study. Optional free-text `notes` answer what the studio cannot know (uses to
 * avoid, distribution, maintenance). Anything empty — null, blank text, an empty list — is rendered as
 * "_not answered yet_" (NOT_ANSWERED), so the card shows what is still open instead of hiding it.
 *
 * The output is deterministic (no clock unless `generatedAt` is passed; numbers formatted with en-US separators).
 * User text is inserted as written, except inside table cells, where "|" is escaped and line breaks become spaces so
 * the table stays intact, and in one-line bullets, where line breaks become spaces.
 */
import type { ColumnRole, ColumnType } from './types';

export const NOT_ANSWERED = '_not answered yet_';

export type LabelingMode = 'in-house' | 'outsourced' | 'crowdsourced';

export interface DataCardInput {
  projectName: string;
  datasetName: string;
  /** The course's "define data" step. */
  definition: {
    /** What x is: inputs, units, how collected. */
    x: string;
    /** What y is. */
    y: string;
    labelClasses: { name: string; definition: string }[];
    /** Labeling instructions (may span several lines; rendered as written). */
    instructions: string;
    ambiguousCases: { example: string; resolution: string }[];
    /** The data problem quadrant; null = not decided. `large` follows the course's rough line of ~10,000 examples. */
    quadrant: { structured: boolean | null; large: boolean | null };
  };
  /**
   * Data-source inventory rows. `amount` (examples) and `cost` may be numbers — summed into a total row — or free
   * text (printed as written, left out of the totals).
   */
  inventory: {
    source: string;
    amount: number | string | null;
    cost: number | string | null;
    timeToObtain: string | null;
  }[];
  labelingPlan: { mode: LabelingMode | null; who: string; costPerLabel: number | null };
  /** Schema columns; missingRate is a share 0–1 (null = unknown). */
  schemaColumns: { name: string; type: ColumnType; role: ColumnRole; missingRate: number | null }[];
  stats?: { rows: number; columns: number };
  /** Summary of the label-consistency study; hlp and κ are shares/coefficients, null when undefined. */
  consistency?: {
    labelers: number;
    examples: number;
    hlp: number | null;
    cohenKappa?: number | null;
    fleissKappa?: number | null;
  };
  /** Free-text answers for what the studio cannot derive. */
  notes?: { preprocessing?: string; uses?: string; distribution?: string; maintenance?: string };
}

export interface DataCardOptions {
  /** Printed in the header when given (e.g. "2025-11-26"); omitted by default so output is reproducible. */
  generatedAt?: string;
}

/** The section headings in order, as rendered. */
export const DATA_CARD_SECTIONS = [
  '1. Motivation',
  '2. Composition',
  '3. Collection process',
  '4. Preprocessing, cleaning and labeling',
  '5. Uses',
  '6. Distribution',
  '7. Maintenance',
] as const;

const NUM = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

const blank = (v: string | null | undefined): boolean => v === null || v === undefined || v.trim() === '';
/** Text for a one-line position: trimmed, line breaks collapsed; NOT_ANSWERED when blank. */
const inline = (v: string | null | undefined): string =>
  blank(v) ? NOT_ANSWERED : v!.trim().replace(/\s*\n\s*/g, ' ');
/** Text for a table cell: as inline, with "|" escaped. */
const cell = (v: string | null | undefined): string => inline(v).replace(/\|/g, '\\|');
const num = (v: number | null | undefined): string =>
  v === null || v === undefined || !Number.isFinite(v) ? NOT_ANSWERED : NUM.format(v);
const numOrText = (v: number | string | null): string => (typeof v === 'number' ? num(v) : cell(v));
const pct = (share: number | null | undefined): string =>
  share === null || share === undefined || !Number.isFinite(share)
    ? NOT_ANSWERED
    : `${(share * 100).toFixed(1)} %`;

/**
 * Landis & Koch (1977) verbal bands for κ: < 0 poor, 0–0.20 slight, 0.21–0.40 fair, 0.41–0.60 moderate,
 * 0.61–0.80 substantial, 0.81–1 almost perfect. A convention for reading κ, not a test.
 */
export function kappaBand(kappa: number): string {
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost perfect';
}

const kappaText = (k: number | null | undefined): string =>
  k === null || k === undefined || !Number.isFinite(k) ? NOT_ANSWERED : `${k.toFixed(3)} (${kappaBand(k)})`;

function table(header: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [NOT_ANSWERED];
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** What the course says each side of the quadrant implies (MLOps Specialization course 1 week 3). */
function quadrantLines(q: DataCardInput['definition']['quadrant']): string[] {
  const structure = q.structured === null ? null : q.structured ? 'Structured' : 'Unstructured';
  const size = q.large === null ? null : q.large ? 'large' : 'small';
  const lines = [
    `- **Data problem quadrant:** ${structure === null && size === null ? NOT_ANSWERED : `${structure ?? 'structured or unstructured (not answered yet)'} × ${size ?? 'small or large (not answered yet)'} data`}`,
  ];
  if (q.structured === false)
    lines.push('  - Unstructured: people can usually label it, and data augmentation can add more examples.');
  if (q.structured === true)
    lines.push(
      '  - Structured: more data is harder to get (augmentation rarely applies) and human labeling can be hard.',
    );
  if (q.large === false)
    lines.push(
      '  - Small (roughly ≤ 10,000 examples): clean, consistent labels are critical; review the examples by hand and have labelers agree on conventions.',
    );
  if (q.large === true)
    lines.push(
      '  - Large: the emphasis is on the data process — how data is collected, stored and labeled with consistent instructions.',
    );
  return lines;
}

function inventoryTable(inv: DataCardInput['inventory']): string[] {
  const rows = inv.map((r) => [cell(r.source), numOrText(r.amount), numOrText(r.cost), cell(r.timeToObtain)]);
  if (rows.length > 0) {
    const sum = (k: 'amount' | 'cost'): number | null => {
      const nums = inv
        .map((r) => r[k])
        .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
      return nums.length === 0 ? null : nums.reduce((a, b) => a + b, 0);
    };
    const a = sum('amount');
    const c = sum('cost');
    rows.push(['**Total**', a === null ? '—' : `**${num(a)}**`, c === null ? '—' : `**${num(c)}**`, '—']);
  }
  return table(['Source', 'Amount (examples)', 'Cost', 'Time to obtain'], rows);
}

function totalAmount(inv: DataCardInput['inventory']): number | null {
  const nums = inv
    .map((r) => r.amount)
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  return nums.length === 0 ? null : nums.reduce((a, b) => a + b, 0);
}

/** Renders the data card (see the file comment). Sections follow DATA_CARD_SECTIONS. */
export function dataCardMarkdown(input: DataCardInput, options: DataCardOptions = {}): string {
  const { definition: def, labelingPlan: plan, notes = {} } = input;
  const out: string[] = [];
  const push = (...lines: string[]): void => {
    out.push(...lines);
  };
  const section = (i: number): void => push('', `## ${DATA_CARD_SECTIONS[i]}`, '');

  push(`# Data card: ${inline(input.datasetName)}`, '');
  push(
    `Project: ${inline(input.projectName)}. Sections follow *Datasheets for Datasets* (Gebru et al., 2021).` +
      (blank(options.generatedAt) ? '' : ` Generated ${options.generatedAt!.trim()} with Lifecycle Lab.`),
  );

  // 1. Motivation
  section(0);
  const task =
    blank(def.x) || blank(def.y)
      ? NOT_ANSWERED
      : `learn to predict y (${inline(def.y)}) from x (${inline(def.x)}) for the project ${inline(input.projectName)}.`;
  push(`- **Purpose:** ${task}`, `- **Input (x):** ${inline(def.x)}`, `- **Target (y):** ${inline(def.y)}`);
  push(...quadrantLines(def.quadrant));

  // 2. Composition
  section(1);
  push(
    `- **Instances:** ${input.stats ? `${num(input.stats.rows)} rows × ${num(input.stats.columns)} columns` : NOT_ANSWERED}`,
  );
  const labelCols = input.schemaColumns.filter((c) => c.role === 'label').map((c) => `\`${c.name}\``);
  push(`- **Label column:** ${labelCols.length === 0 ? NOT_ANSWERED : labelCols.join(', ')}`);
  const withMissing = input.schemaColumns.filter((c) => c.missingRate !== null && c.missingRate > 0);
  push(
    `- **Missing values:** ${
      input.schemaColumns.length === 0
        ? NOT_ANSWERED
        : withMissing.length === 0
          ? 'none in the profiled data'
          : withMissing.map((c) => `\`${c.name}\` ${pct(c.missingRate)}`).join(', ')
    }`,
  );
  push('', '### Label classes', '');
  push(
    ...table(
      ['Class', 'Definition'],
      def.labelClasses.map((c) => [cell(c.name), cell(c.definition)]),
    ),
  );
  push('', '### Schema', '');
  push(
    ...table(
      ['Column', 'Type', 'Role', 'Missing'],
      input.schemaColumns.map((c) => [
        `\`${c.name.replace(/`/g, "'")}\``,
        c.type,
        c.role,
        pct(c.missingRate),
      ]),
    ),
  );

  // 3. Collection process
  section(2);
  push('### Data sources', '');
  push(...inventoryTable(input.inventory));

  // 4. Preprocessing, cleaning and labeling
  section(3);
  push('### Labeling plan', '');
  const total = totalAmount(input.inventory);
  push(
    `- **Who labels:** ${plan.mode === null ? NOT_ANSWERED : plan.mode}${blank(plan.who) ? '' : ` — ${inline(plan.who)}`}`,
    `- **Cost per label:** ${num(plan.costPerLabel)}`,
    `- **Estimated labeling cost:** ${
      plan.costPerLabel === null || total === null
        ? NOT_ANSWERED
        : `${num(plan.costPerLabel * total)} (cost per label × ${num(total)} examples in the inventory)`
    }`,
  );
  push('', '### Labeling instructions', '');
  push(blank(def.instructions) ? NOT_ANSWERED : def.instructions.trim());
  push('', '### Ambiguous cases and how to resolve them', '');
  push(
    ...table(
      ['Example', 'Resolution'],
      def.ambiguousCases.map((a) => [cell(a.example), cell(a.resolution)]),
    ),
  );
  push('', '### Label consistency', '');
  const cs = input.consistency;
  if (!cs) push(NOT_ANSWERED);
  else {
    push(
      `- **Study:** ${num(cs.labelers)} labelers, ${num(cs.examples)} examples`,
      `- **Human-level performance (agreement between labelers):** ${pct(cs.hlp)}`,
    );
    if (cs.cohenKappa !== undefined) push(`- **Cohen's κ:** ${kappaText(cs.cohenKappa)}`);
    if (cs.fleissKappa !== undefined) push(`- **Fleiss' κ:** ${kappaText(cs.fleissKappa)}`);
    push(
      '',
      'HLP here is how often one labeler agrees with another. If labelers split between conventions (say 70 %/30 %), ' +
        'agreement drops to 0.7² + 0.3² = 58 % while a model that always follows the majority convention scores 70 % — ' +
        '"beating" HLP without being better. Agree on one convention before comparing a model with HLP.',
    );
  }
  push('', '### Preprocessing and cleaning', '');
  const ignored = input.schemaColumns.filter((c) => c.role === 'ignore').map((c) => `\`${c.name}\``);
  const ids = input.schemaColumns.filter((c) => c.role === 'id').map((c) => `\`${c.name}\``);
  if (ids.length > 0) push(`- **Identifier columns (not used as features):** ${ids.join(', ')}`);
  if (ignored.length > 0) push(`- **Ignored columns:** ${ignored.join(', ')}`);
  push(`- **Steps:** ${inline(notes.preprocessing)}`);

  // 5. Uses
  section(4);
  push(
    `- **Intended use:** ${task === NOT_ANSWERED ? NOT_ANSWERED : `training and evaluating models that ${task}`}`,
    `- **Other uses and uses to avoid:** ${inline(notes.uses)}`,
  );

  // 6. Distribution
  section(5);
  push(`- **Who can access it, how, and under what license:** ${inline(notes.distribution)}`);

  // 7. Maintenance
  section(6);
  push(`- **Who maintains it, and how updates and errata are handled:** ${inline(notes.maintenance)}`);

  return out.join('\n') + '\n';
}
