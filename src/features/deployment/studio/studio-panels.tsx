import { memo, useState } from 'react';
import type { AutomationConfig } from '@/lib/sim/automation';
import type { ScenarioAction } from '@/lib/sim/scenario';
import type { SimSnapshot } from '@/lib/sim/simulator';
import type { AlertThresholds, SliderPath, SliderPattern, Sliders } from '@/lib/sim/types';
import type { SimReady } from '@/lib/sim/worker-protocol';
import { SliderPanel } from '../controls/slider-panel';
import { PatternForm } from '../controls/pattern-form';
import { DeployPanel } from '../controls/deploy-panel';
import { AutomationPanel } from '../controls/automation-panel';
import { AlertTimeline } from '../monitor/alert-timeline';
import { DetectorsPanel, detectionMarkers } from '../monitor/detectors-panel';
import { InputMonitor } from '../monitor/input-monitor';
import { OutputMonitor } from '../monitor/output-monitor';
import { PerformanceMonitor } from '../monitor/performance-monitor';
import { SoftwareMonitor } from '../monitor/software-monitor';
import { ThresholdSettings } from '../monitor/threshold-settings';
import { NumberField } from '@/components/fields';
import type { StudioSettings } from './run-setup';

export interface StudioPanelsProps {
  snapshot: SimSnapshot;
  ready: SimReady;
  sliders: Sliders;
  patterns: SliderPattern[];
  retraining: { epoch: number; epochs: number } | null;
  settings: StudioSettings;
  hlpSource: string;
  onSlider(path: SliderPath, value: number | null): void;
  onResetSliders(): void;
  onPattern(p: SliderPattern): void;
  onClearPatterns(): void;
  onAction(action: ScenarioAction, windowSec?: number): void;
  onThresholds(t: AlertThresholds): void;
  onPhFeature(name: string): void;
  onLabelDelay(seconds: number): void;
  onAutomation(a: AutomationConfig): void;
}

/** The studio's two columns: the levers (sliders, patterns) and the monitors, actions and automation. */
export const StudioPanels = memo(function StudioPanels(p: StudioPanelsProps) {
  const { snapshot: s, settings } = p;
  const [feature, setFeature] = useState<string | null>(null);
  // Patterns still to play out: a sudden one until it fires, the others until their window ends.
  const activePatterns = p.patterns.filter((x) =>
    x.kind === 'sudden' ? x.start >= s.t : x.start + x.duration >= s.t,
  );
  return (
    <div className="studio-grid">
      <div className="studio-levers stack">
        <SliderPanel
          features={p.ready.features}
          capabilities={p.ready.capabilities}
          sliders={p.sliders}
          onSlider={p.onSlider}
          onReset={p.onResetSliders}
          focusClass={p.ready.classes[p.ready.focusClass]}
        />
        <PatternForm
          features={p.ready.features}
          now={s.t}
          onAdd={p.onPattern}
          onClear={p.onClearPatterns}
          patterns={activePatterns}
        />
      </div>
      <div className="studio-monitors stack">
        <div className="studio-pair">
          <PerformanceMonitor
            performance={s.performance}
            series={s.series}
            thresholds={settings.thresholds}
            markers={detectionMarkers(s.detectors)}
          />
          <AlertTimeline alerts={s.alerts} />
        </div>
        <InputMonitor
          features={s.features}
          series={s.series}
          thresholds={settings.thresholds}
          selected={feature}
          onSelect={setFeature}
        />
        <div className="studio-pair">
          <OutputMonitor output={s.output} series={s.series} />
          <SoftwareMonitor
            software={s.software}
            series={s.series}
            totals={s.totals}
            thresholds={settings.thresholds}
          />
        </div>
        <DetectorsPanel
          detectors={s.detectors}
          series={s.series}
          phFeatures={p.ready.features.filter((f) => f.kind === 'numeric').map((f) => f.name)}
          onPhFeature={p.onPhFeature}
        />
        <DeployPanel
          deployment={s.deployment}
          retraining={p.retraining}
          onAction={p.onAction}
          disabled={false}
        />
        <AutomationPanel
          automation={s.automation}
          config={settings.automation}
          series={s.series}
          hlpSource={p.hlpSource}
          onChange={p.onAutomation}
        />
        <section className="monitor-panel stack" aria-labelledby="labels-title">
          <h3 id="labels-title">Ground truth</h3>
          <NumberField
            label="Labels arrive after"
            hint="Seconds between a prediction and its true label (for example an inspector's verdict). Accuracy, F1 and the error detectors wait for labels; the label-free estimate does not."
            value={settings.labelDelaySec}
            min={0}
            max={120}
            step={1}
            unit="s"
            onChange={(v) => v !== null && v >= 0 && v <= 120 && p.onLabelDelay(v)}
          />
        </section>
        <ThresholdSettings thresholds={settings.thresholds} onChange={p.onThresholds} />
      </div>
    </div>
  );
});
