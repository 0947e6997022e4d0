import { useMemo, useState } from 'react';
import { percent } from '@/components/format';
import { Slider } from '@/components/slider';
import {
  classificationReport,
  thresholdMetrics,
  type ClassificationReport,
  type RegressionReport,
} from '@/lib/ml/metrics';
import type { TrainOutcome } from '@/lib/ml/worker-protocol';
import { ConfusionTable } from './confusion-table';

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : percent(v));

/**
 * Evaluation on the validation set: confusion matrix, per-class precision/recall/F1, accuracy and ROC AUC,
 * a decision-threshold slider for binary models, and the baselines side by side — the majority-class
 * predictor (the course's `print("0")`) and human-level performance from the label study, when there is one.
 */
export function EvaluationPanel({ outcome, hlp }: { outcome: TrainOutcome; hlp: number | null }) {
  const [threshold, setThreshold] = useState(0.5);
  const v = outcome.validation;
  const classes = outcome.classes;
  const binary = classes.length === 2;
  const report = useMemo(() => {
    if (!v || classes.length < 2) return null;
    return classificationReport({ yTrue: v.yTrue, proba: v.output, classes });
  }, [v, classes]);
  const atThreshold = useMemo(
    () => (v && binary ? thresholdMetrics(v.yTrue, v.output, classes, threshold) : null),
    [v, binary, classes, threshold],
  );

  if (!v)
    return <p className="empty-state">This run had no validation set, so there is nothing to evaluate.</p>;
  if (!report) {
    const r = outcome.evaluation as RegressionReport | null;
    return r ? (
      <dl className="stat-grid">
        <div>
          <dt>RMSE</dt>
          <dd>{r.rmse.toPrecision(4)}</dd>
        </div>
        <div>
          <dt>MAE</dt>
          <dd>{r.mae.toPrecision(4)}</dd>
        </div>
        <div>
          <dt>R²</dt>
          <dd>{r.r2.toFixed(3)}</dd>
        </div>
        <div>
          <dt>Baseline RMSE (predict the mean)</dt>
          <dd>{r.baselineMse === null ? '—' : Math.sqrt(r.baselineMse).toPrecision(4)}</dd>
        </div>
      </dl>
    ) : null;
  }
  const baseline = (outcome.evaluation as ClassificationReport | null)?.baseline ?? null;
  const accuracy = atThreshold?.accuracy ?? report.accuracy;
  return (
    <div className="stack">
      <dl className="stat-grid" aria-label="Validation metrics">
        <div>
          <dt>Accuracy{binary ? ` at threshold ${threshold.toFixed(2)}` : ''}</dt>
          <dd>{pct(accuracy)}</dd>
        </div>
        <div>
          <dt>Macro F1</dt>
          <dd>{pct(report.macro.f1)}</dd>
        </div>
        {binary && (
          <div>
            <dt>ROC AUC</dt>
            <dd>{report.rocAuc === null ? '—' : report.rocAuc.toFixed(3)}</dd>
          </div>
        )}
      </dl>

      <div className="table-scroll">
        <table className="data-table baselines">
          <caption>Baselines on the same validation set</caption>
          <thead>
            <tr>
              <th scope="col">Predictor</th>
              <th scope="col">Accuracy</th>
              <th scope="col">Gap to this model</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">This model</th>
              <td className="num">{pct(accuracy)}</td>
              <td className="num">—</td>
            </tr>
            {baseline && (
              <tr>
                <th scope="row">Always “{baseline.label}” (majority class)</th>
                <td className="num">{pct(baseline.accuracy)}</td>
                <td className="num">{((accuracy - baseline.accuracy) * 100).toFixed(1)} points</td>
              </tr>
            )}
            <tr>
              <th scope="row">Human-level performance (label study)</th>
              <td className="num">{pct(hlp)}</td>
              <td className="num">
                {hlp === null
                  ? 'run a label-consistency study in the data studio'
                  : `${((accuracy - hlp) * 100).toFixed(1)} points`}
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      {binary && atThreshold && (
        <div className="stack">
          <Slider
            label={`Decision threshold on P(${classes[1]})`}
            value={threshold}
            min={0}
            max={1}
            step={0.01}
            onChange={setThreshold}
            format={(t) => t.toFixed(2)}
            hint="Lower it to catch more positives (higher recall, lower precision); raise it for the opposite."
          />
          <dl className="stat-grid" aria-live="polite">
            <div>
              <dt>Precision ({classes[1]})</dt>
              <dd>{pct(atThreshold.precision)}</dd>
            </div>
            <div>
              <dt>Recall ({classes[1]})</dt>
              <dd>{pct(atThreshold.recall)}</dd>
            </div>
            <div>
              <dt>F1 ({classes[1]})</dt>
              <dd>{pct(atThreshold.f1)}</dd>
            </div>
          </dl>
        </div>
      )}

      <ConfusionTable
        confusion={atThreshold?.confusion ?? report.confusion}
        caption={`Confusion matrix on ${v.yTrue.length} validation examples`}
      />

      <div className="table-scroll">
        <table className="data-table">
          <caption>Per class (at argmax)</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Precision</th>
              <th scope="col">Recall</th>
              <th scope="col">F1</th>
              <th scope="col">Support</th>
            </tr>
          </thead>
          <tbody>
            {report.perClass.map((c) => (
              <tr key={c.label}>
                <th scope="row">{c.label}</th>
                <td className="num">{pct(c.precision)}</td>
                <td className="num">{pct(c.recall)}</td>
                <td className="num">{pct(c.f1)}</td>
                <td className="num">{c.support}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
