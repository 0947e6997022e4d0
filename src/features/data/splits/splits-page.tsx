import { useMemo, useState } from 'react';
import { ChoiceGroup, NumberField } from '@/components/fields';
import {
  COURSE_RANDOM_SPLIT_SEED,
  courseSplitExampleLabels,
  planSplit,
  SplitPlanError,
  type SplitPlan,
} from '@/lib/data/splits';
import { useData } from '../state/use-data';
import { useActiveTable } from '../datasets/use-active-table';
import { SplitTable } from './split-table';

type Source = 'course' | 'dataset';

/**
 * Split planner: random vs stratified train/dev/test splits with chosen shares and a seed, side by side, so
 * the cost of a random split on a small or skewed dataset is visible (the course's 100-example case).
 */
export default function SplitsPage() {
  const { data, update } = useData();
  const active = useActiveTable();
  const [source, setSource] = useState<Source>('course');
  const split = data?.split;

  // The columns offered to stratify by. A saved choice is used only if the active dataset offers it (it may
  // have been made for another dataset); otherwise the schema's label column, when it is offered.
  const choices =
    active.status === 'ready'
      ? active.schema.columns.filter((c) => c.type === 'categorical' || c.type === 'boolean')
      : [];
  const offered = (name: string | null | undefined) =>
    name != null && choices.some((c) => c.name === name) ? name : null;
  const labelColumn =
    offered(split?.labelColumn) ??
    (active.status === 'ready' ? offered(active.schema.columns.find((c) => c.role === 'label')?.name) : null);
  const labels = useMemo(() => {
    // Same rows in the same order as the library's example, with readable class names.
    if (source === 'course')
      return courseSplitExampleLabels().map((l) => (l === '1' ? 'positive' : 'negative'));
    if (active.status !== 'ready' || !labelColumn) return null;
    const c = active.table.columns.indexOf(labelColumn);
    return c < 0 ? null : active.table.data[c]!;
  }, [source, active, labelColumn]);

  const plans = useMemo((): { random: SplitPlan; stratified: SplitPlan } | { error: string } | null => {
    if (!split || !labels) return null;
    const shares = { train: split.train, dev: split.dev, test: split.test };
    try {
      return {
        random: planSplit(labels, { shares, method: 'random', seed: split.seed }),
        stratified: planSplit(labels, { shares, method: 'stratified', seed: split.seed }),
      };
    } catch (e) {
      return { error: e instanceof SplitPlanError || e instanceof Error ? e.message : String(e) };
    }
  }, [split, labels]);

  if (!data || !split) return null;
  const setShare = (key: 'train' | 'dev' | 'test', v: number | null) =>
    update((d) => void (d.split[key] = Math.min(1, Math.max(0, (v ?? 0) / 100))));
  const sum = Math.round((split.train + split.dev + split.test) * 1000) / 10;

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="split-title">
        <h2 id="split-title">Split planner</h2>
        <ChoiceGroup<Source>
          legend="Rows to split"
          options={[
            { value: 'course', label: 'The course example: 100 examples, 30 positive' },
            {
              value: 'dataset',
              label:
                active.status === 'ready'
                  ? `Active dataset: ${active.meta.name}`
                  : 'Active dataset (none loaded)',
            },
          ]}
          value={source}
          onChange={setSource}
        />
        {source === 'dataset' && active.status === 'ready' && (
          <div className="field">
            <label htmlFor="split-label" className="field-label">
              Stratify by column
            </label>
            <select
              id="split-label"
              value={labelColumn ?? ''}
              onChange={(e) => {
                const v = e.currentTarget.value || null;
                update((d) => void (d.split.labelColumn = v));
              }}
            >
              <option value="">Choose a column…</option>
              {choices.map((c) => (
                <option key={c.name} value={c.name}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {source === 'dataset' && active.status !== 'ready' && (
          <p className="empty-state">Load a dataset on the Datasets tab first.</p>
        )}
        <div className="field-row">
          <NumberField
            label="Train"
            unit="%"
            min={0}
            max={100}
            value={Math.round(split.train * 1000) / 10}
            onChange={(v) => setShare('train', v)}
          />
          <NumberField
            label="Dev"
            unit="%"
            min={0}
            max={100}
            value={Math.round(split.dev * 1000) / 10}
            onChange={(v) => setShare('dev', v)}
          />
          <NumberField
            label="Test"
            unit="%"
            min={0}
            max={100}
            value={Math.round(split.test * 1000) / 10}
            onChange={(v) => setShare('test', v)}
          />
          <NumberField
            label="Seed"
            step={1}
            value={split.seed}
            onChange={(v) => update((d) => void (d.split.seed = Math.trunc(v ?? 1)))}
          />
        </div>
        <p className={sum === 100 ? 'field-hint' : 'callout callout-warning'} aria-live="polite">
          Shares add up to {sum} %{sum === 100 ? '.' : ' — they must add up to 100 %.'}
        </p>
        {source === 'course' && (
          <p className="field-hint">
            With seed {COURSE_RANDOM_SPLIT_SEED} a random split of the course example puts 21 / 2 / 7
            positives in train / dev / test — the dev set has almost none. A stratified split gives 18 / 6 / 6
            whatever the seed.{' '}
            <button
              type="button"
              onClick={() =>
                update(
                  (d) =>
                    void Object.assign(d.split, {
                      train: 0.6,
                      dev: 0.2,
                      test: 0.2,
                      seed: COURSE_RANDOM_SPLIT_SEED,
                    }),
                )
              }
            >
              Show the course’s case
            </button>
          </p>
        )}
      </section>
      {plans && 'error' in plans && (
        <p className="callout callout-error" role="alert">
          {plans.error}
        </p>
      )}
      {plans && 'random' in plans && (
        <div className="split-compare">
          <section className="card" aria-label="Random split">
            <SplitTable plan={plans.random} caption="Random split" />
          </section>
          <section className="card" aria-label="Stratified split">
            <SplitTable plan={plans.stratified} caption="Stratified (balanced) split" />
          </section>
        </div>
      )}
    </div>
  );
}
