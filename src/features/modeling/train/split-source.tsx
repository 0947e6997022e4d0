import { useMemo } from 'react';
import { ChoiceGroup } from '@/components/fields';
import type { ActiveTable } from '@/features/data';
import { useSection } from '@/features/workbook';
import { planSplit, SplitPlanError } from '@/lib/data/splits';
import type { TrainSetup } from './train-setup';

type Ready = Extract<ActiveTable, { status: 'ready' }>;
export type PlannerSplit =
  | {
      ok: true;
      assignment: Uint8Array;
      devShare: number;
      seed: number;
      sizes: { train: number; dev: number; test: number };
    }
  | { ok: false; reason: string };

/**
 * The data studio's split plan applied to the label column: train rows train, dev rows validate, test rows are
 * held out (never seen by training or validation here).
 */
export function usePlannerSplit(active: Ready, labelColumn: string): PlannerSplit {
  const { section: data } = useSection('data');
  const split = data?.split;
  return useMemo(() => {
    if (!split) return { ok: false, reason: 'No split plan in the data studio.' };
    const c = active.table.columns.indexOf(labelColumn);
    if (c < 0) return { ok: false, reason: 'Choose the label column to use the split plan.' };
    try {
      const plan = planSplit(active.table.data[c]!, {
        shares: { train: split.train, dev: split.dev, test: split.test },
        method: split.method,
        seed: split.seed,
      });
      return {
        ok: true,
        assignment: plan.assignment,
        devShare: split.dev,
        seed: split.seed,
        sizes: plan.sizes,
      };
    } catch (e) {
      return {
        ok: false,
        reason: `The data studio's split plan cannot be used: ${e instanceof SplitPlanError || e instanceof Error ? e.message : String(e)}`,
      };
    }
  }, [split, active.table, labelColumn]);
}

export function SplitSourceChoice({
  setup,
  onChange,
  plan,
  disabled,
}: {
  setup: TrainSetup;
  onChange(s: TrainSetup): void;
  plan: PlannerSplit;
  disabled: boolean;
}) {
  return (
    <div className="stack">
      <ChoiceGroup<TrainSetup['splitSource']>
        legend="Validation split"
        options={[
          {
            value: 'random',
            label: `Seeded random split (${Math.round(setup.validationShare * 100)} % validation)`,
          },
          {
            value: 'planner',
            label: 'The split plan from the data studio (dev set = validation, test set held out)',
          },
        ]}
        value={setup.splitSource}
        onChange={(v) => !disabled && onChange({ ...setup, splitSource: v })}
      />
      {setup.splitSource === 'planner' && plan.ok && (
        <p className="field-hint">
          {plan.sizes.train} training rows, {plan.sizes.dev} validation rows, {plan.sizes.test} test rows held
          out (seed {plan.seed}).
        </p>
      )}
    </div>
  );
}
