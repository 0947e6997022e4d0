import { useCallback, useMemo, useState } from 'react';
import { useSection } from '@/features/workbook';
import { useHlp } from '@/features/modeling';
import type { AutomationConfig } from '@/lib/sim/automation';
import { DEFAULT_THRESHOLDS, type AlertThresholds } from '@/lib/sim/types';
import { DEFAULT_CONFIG } from '@/lib/sim/simulator';
import type { StudioSettings } from '../studio/run-setup';

/**
 * Alert thresholds, automation settings and label delay: kept in the project's deployment section when a project
 * is open, in page state otherwise (the demo must work on an empty workbook). The simulated human's accuracy
 * defaults to the project's human-level performance from its label-consistency study.
 */
export function useStudioSettings(): {
  settings: StudioSettings;
  hlpSource: string;
  setThresholds(t: AlertThresholds): void;
  setAutomation(a: AutomationConfig): void;
  setLabelDelay(seconds: number): void;
  /** The saved model the project last served (null: the demo). */
  modelId: string | null;
  setModelId(id: string | null): void;
} {
  const { section, update } = useSection('deployment');
  const hlp = useHlp();
  const [local, setLocal] = useState<StudioSettings>({
    thresholds: DEFAULT_THRESHOLDS,
    automation: DEFAULT_CONFIG.automation,
    labelDelaySec: DEFAULT_CONFIG.labelDelaySec,
  });
  const settings = useMemo<StudioSettings>(() => {
    const base = section
      ? {
          thresholds: section.thresholds,
          automation: section.automation,
          labelDelaySec: section.labelDelaySec,
        }
      : local;
    // A project's HLP replaces the default human accuracy until the user sets their own.
    return hlp !== null && base.automation.humanAccuracy === DEFAULT_CONFIG.automation.humanAccuracy
      ? { ...base, automation: { ...base.automation, humanAccuracy: hlp } }
      : base;
  }, [section, local, hlp]);
  const hlpSource =
    hlp !== null ? 'from your label-consistency study' : 'default (no label-consistency study yet)';

  const patch = useCallback(
    (p: Partial<StudioSettings>) => {
      if (section) {
        update((s) => {
          if (p.thresholds) s.thresholds = p.thresholds;
          if (p.automation) s.automation = p.automation;
          if (p.labelDelaySec !== undefined) s.labelDelaySec = p.labelDelaySec;
        });
      } else setLocal((s) => ({ ...s, ...p }));
    },
    [section, update],
  );
  return {
    settings,
    hlpSource,
    setThresholds: useCallback((thresholds) => patch({ thresholds }), [patch]),
    setAutomation: useCallback((automation) => patch({ automation }), [patch]),
    setLabelDelay: useCallback((labelDelaySec) => patch({ labelDelaySec }), [patch]),
    modelId: section?.modelId ?? null,
    setModelId: useCallback(
      (id: string | null) => {
        if (section && section.modelId !== id) update((s) => void (s.modelId = id));
      },
      [section, update],
    ),
  };
}
