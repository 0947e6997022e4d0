import { useId } from 'react';
import type { RunRecord } from '@/features/workbook';
import { percent } from '@/components/format';
import { CurvesChart } from './curves-chart';
import { epochsCompleted, formatDuration } from './run-record';

/**
 * Two runs side by side: what changed in the metrics (B − A, with the sign and the words "better"/"worse" as
 * well as colour), what differed in the settings (highlighted and marked "Differs"), and their learning curves
 * overlaid. A warning says when the runs did not see the same data, since their metrics are then not directly
 * comparable.
 */
export interface RunCompareProps {
  a: RunRecord;
  b: RunRecord;
}

type MetricKind = 'share' | 'score' | 'loss' | 'ms' | 'rate';

export interface MetricDelta {
  label: string;
  a: number | null;
  b: number | null;
  kind: MetricKind;
  /** Which way is an improvement; null when neither (the baseline depends on the data, not the model). */
  better: 'higher' | 'lower' | null;
  /** b − a, or null when either is missing. */
  delta: number | null;
  verdict: 'better' | 'worse' | 'same' | null;
}

/** Tolerance below which two metrics count as the same (float noise). */
const SAME = 1e-12;

function row(
  label: string,
  a: number | null | undefined,
  b: number | null | undefined,
  kind: MetricKind,
  better: MetricDelta['better'],
): MetricDelta {
  const va = a ?? null;
  const vb = b ?? null;
  const delta = va === null || vb === null ? null : vb - va;
  let verdict: MetricDelta['verdict'] = null;
  if (delta !== null && better !== null) {
    verdict = Math.abs(delta) <= SAME ? 'same' : delta > 0 === (better === 'higher') ? 'better' : 'worse';
  } else if (delta !== null && Math.abs(delta) <= SAME) {
    verdict = 'same';
  }
  return { label, a: va, b: vb, kind, better, delta, verdict };
}

/** The metrics of both runs and B − A; rows where neither run has a value are left out. */
export function metricDeltas(a: RunRecord, b: RunRecord): MetricDelta[] {
  return [
    row('Final training loss', a.final.loss, b.final.loss, 'loss', 'lower'),
    row('Final training accuracy', a.final.acc, b.final.acc, 'share', 'higher'),
    row('Final validation loss', a.final.valLoss, b.final.valLoss, 'loss', 'lower'),
    row('Final validation accuracy', a.final.valAcc, b.final.valAcc, 'share', 'higher'),
    row('Accuracy (evaluation)', a.evaluation?.accuracy, b.evaluation?.accuracy, 'share', 'higher'),
    row('Macro F1', a.evaluation?.macroF1, b.evaluation?.macroF1, 'score', 'higher'),
    row('ROC AUC', a.evaluation?.rocAuc, b.evaluation?.rocAuc, 'score', 'higher'),
    row('RMSE', a.evaluation?.rmse, b.evaluation?.rmse, 'loss', 'lower'),
    row(
      'Majority baseline accuracy',
      a.evaluation?.baselineAccuracy,
      b.evaluation?.baselineAccuracy,
      'share',
      null,
    ),
    row('Training time', a.durationMs, b.durationMs, 'ms', 'lower'),
    row('Rows per second', a.rowsPerSec, b.rowsPerSec, 'rate', 'higher'),
  ].filter((r) => r.a !== null || r.b !== null);
}

function formatValue(kind: MetricKind, v: number | null): string {
  if (v === null) return '—';
  switch (kind) {
    case 'share':
      return percent(v);
    case 'score':
      return v.toFixed(3);
    case 'loss':
      return v.toPrecision(4);
    case 'ms':
      return formatDuration(v);
    case 'rate':
      return Math.round(v).toLocaleString();
  }
}

/** "+2.3 points", "−0.0123", "+1.2 s": always signed (U+2212 for minus), shares in percentage points. */
export function formatDelta(kind: MetricKind, d: number): string {
  const sign = Math.abs(d) <= SAME ? '±' : d > 0 ? '+' : '−';
  const m = Math.abs(d) <= SAME ? 0 : Math.abs(d);
  switch (kind) {
    case 'share':
      return `${sign}${(m * 100).toFixed(1)} points`;
    case 'score':
      return `${sign}${m.toFixed(3)}`;
    case 'loss':
      return `${sign}${m === 0 ? '0' : m.toPrecision(3)}`;
    case 'ms':
      return `${sign}${formatDuration(m)}`;
    case 'rate':
      return `${sign}${Math.round(m).toLocaleString()}`;
  }
}

const VERDICT_STYLE = {
  better: { className: 'delta delta-better', color: 'var(--ok)' },
  worse: { className: 'delta delta-worse', color: 'var(--danger)' },
  same: { className: 'delta delta-same', color: undefined },
} as const;

function DeltaCell({ m }: { m: MetricDelta }) {
  if (m.delta === null) return <>—</>;
  const style = m.verdict ? VERDICT_STYLE[m.verdict] : null;
  return (
    <span className={style?.className ?? 'delta'} style={style?.color ? { color: style.color } : undefined}>
      {formatDelta(m.kind, m.delta)}
      {m.verdict && m.verdict !== 'same' && <> ({m.verdict})</>}
    </span>
  );
}

export interface SettingRow {
  label: string;
  a: string;
  b: string;
  differs: boolean;
}

const layers = (r: RunRecord) => (r.spec.hiddenLayers.length ? r.spec.hiddenLayers.join('–') : 'none');
const split = (r: RunRecord) =>
  `${r.split.kind === 'planner' ? 'split planner' : 'random'}, ${percent(r.split.validationShare, 0)} validation, seed ${r.split.seed}`;

/** What each run was trained on and with, and whether it differs between them. */
export function settingRows(a: RunRecord, b: RunRecord): SettingRow[] {
  const rows: [string, (r: RunRecord) => string][] = [
    ['Dataset', (r) => r.dataset.name],
    ['Dataset rows', (r) => r.dataset.rows.toLocaleString()],
    ['Schema hash', (r) => r.dataset.schemaHash || '—'],
    ['Label column', (r) => r.labelColumn],
    ['Features', (r) => (r.features.length ? r.features.join(', ') : '—')],
    ['Task', (r) => r.task],
    ['Hidden layers', layers],
    ['Activation', (r) => r.spec.activation],
    ['Optimizer', (r) => (r.spec.optimizer === 'adam' ? 'Adam' : 'SGD')],
    ['Learning rate', (r) => String(r.spec.learningRate)],
    ['L2', (r) => String(r.spec.l2)],
    ['Epochs (planned)', (r) => String(r.spec.epochs)],
    ['Epochs completed', (r) => String(epochsCompleted(r))],
    ['Batch size', (r) => String(r.spec.batchSize)],
    ['Seed', (r) => String(r.spec.seed)],
    ['Validation split', split],
    ['Backend', (r) => r.backend],
  ];
  return rows.map(([label, f]) => {
    const va = f(a);
    const vb = f(b);
    return { label, a: va, b: vb, differs: va !== vb };
  });
}

/** Why the metrics of two runs may not be comparable (different data), or null when they are. */
export function dataMismatch(a: RunRecord, b: RunRecord): string | null {
  const reasons: string[] = [];
  if (a.dataset.id !== b.dataset.id) reasons.push('different datasets');
  else if (a.dataset.schemaHash !== b.dataset.schemaHash) reasons.push('different schemas of the dataset');
  else if (a.dataset.rows !== b.dataset.rows) reasons.push('different numbers of rows');
  if (a.labelColumn !== b.labelColumn) reasons.push('different label columns');
  if (a.task !== b.task) reasons.push('different tasks');
  if (reasons.length === 0) return null;
  return `These runs used ${reasons.join(' and ')}: their metrics are not directly comparable.`;
}

export function RunCompare({ a, b }: RunCompareProps) {
  const id = useId();
  const metrics = metricDeltas(a, b);
  const settings = settingRows(a, b);
  const differing = settings.filter((s) => s.differs);
  const mismatch = dataMismatch(a, b);
  const labelA = `A · ${a.name}`;
  const labelB = `B · ${b.name}`;
  const curveRuns = [
    { label: labelA, history: a.history },
    { label: labelB, history: b.history },
  ];
  const hasAccuracy = [a, b].some((r) => r.history.some((e) => e.acc !== null || e.valAcc !== null));
  return (
    <section className="run-compare stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        Comparing A “{a.name}” with B “{b.name}”
      </h3>
      {mismatch && (
        <div className="callout callout-warning" role="note">
          <p>{mismatch}</p>
        </div>
      )}

      <div className="table-scroll">
        <table className="data-table">
          <caption>Metrics: change from A to B (B − A)</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col" className="num">
                {labelA}
              </th>
              <th scope="col" className="num">
                {labelB}
              </th>
              <th scope="col" className="num">
                Change (B − A)
              </th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((m) => (
              <tr key={m.label}>
                <th scope="row">{m.label}</th>
                <td className="num">{formatValue(m.kind, m.a)}</td>
                <td className="num">{formatValue(m.kind, m.b)}</td>
                <td className="num">
                  <DeltaCell m={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p>
        {differing.length === 0
          ? 'The two runs used the same data and settings.'
          : `${differing.length} of ${settings.length} settings differ: ${differing.map((s) => s.label.toLowerCase()).join(', ')}.`}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Data and settings</caption>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">{labelA}</th>
              <th scope="col">{labelB}</th>
              <th scope="col">Same?</th>
            </tr>
          </thead>
          <tbody>
            {settings.map((s) => (
              <tr key={s.label} className={s.differs ? 'is-different' : undefined}>
                <th scope="row">{s.label}</th>
                <td>{s.differs ? <strong>{s.a}</strong> : s.a}</td>
                <td>{s.differs ? <strong>{s.b}</strong> : s.b}</td>
                <td>
                  {s.differs ? (
                    <span className="badge badge-active">Differs</span>
                  ) : (
                    <span className="muted">Same</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4>Learning curves</h4>
      <p className="field-hint">Validation solid, training dashed; A in blue, B in orange.</p>
      <CurvesChart runs={curveRuns} metric="loss" />
      {hasAccuracy && <CurvesChart runs={curveRuns} metric="accuracy" />}
    </section>
  );
}
