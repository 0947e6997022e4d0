// The simulator's settings: window sizes, label delay, serving capacity, alert thresholds, the automation and
// canary defaults, and the sliders a fresh simulation starts from. Also the fixed options of the streaming
// detectors (Page-Hinkley, DDM), tuned for this simulator's traffic.
import type { AutomationConfig } from './automation';
import type { CanaryConfig } from './canary';
import { DEFAULT_THRESHOLDS, type AlertThresholds, type EventSource, type Sliders } from './types';

export interface SimConfig {
  /** Simulated seconds per step. */
  stepSec: number;
  /** Seconds between a prediction and the arrival of its true label. */
  labelDelaySec: number;
  /** Events in each feature's drift window (and the output window). */
  driftWindow: number;
  /** Labelled events in the accuracy / F1 window. */
  perfWindow: number;
  /** Events the serving tier handles per second; arrivals beyond it are dropped. */
  capacityPerSec: number;
  /** Feature watched by Page-Hinkley. */
  phFeature: string;
  thresholds: AlertThresholds;
  automation: AutomationConfig;
  canary: CanaryConfig;
  /** Drift and output alerts wait until the window holds this many events. */
  minWindowForAlerts: number;
  /** Accuracy alerts wait for this many labels in the window. */
  minLabelsForAlerts: number;
  /** Seconds of history kept for the charts. */
  seriesCapacity: number;
  /** Labelled events kept for retraining. */
  trainingBuffer: number;
}

export const DEFAULT_CONFIG: Omit<SimConfig, 'phFeature'> = {
  stepSec: 0.1,
  labelDelaySec: 3,
  driftWindow: 1000,
  perfWindow: 300,
  capacityPerSec: 1500,
  thresholds: DEFAULT_THRESHOLDS,
  automation: {
    mode: 'full',
    threshold: 0.7,
    humanAccuracy: 0.97,
    costPerCase: 2,
    delaySeconds: 30,
  },
  canary: { stages: [0.05, 0.25, 0.5, 1], stageSeconds: 15, margin: 0.03, minLabels: 60, window: 300 },
  minWindowForAlerts: 200,
  minLabelsForAlerts: 100,
  seriesCapacity: 600,
  trainingBuffer: 5000,
};

export const DEFAULT_SLIDERS = (source: EventSource): Sliders => ({
  meanShift: Object.fromEntries(source.features.filter((f) => f.kind === 'numeric').map((f) => [f.name, 0])),
  scale: Object.fromEntries(source.features.filter((f) => f.kind === 'numeric').map((f) => [f.name, 1])),
  classShare: null,
  rotation: 0,
  boundaryShift: 0,
  relabel: 0,
  noise: 0,
  missing: 0,
  eventsPerSec: 50,
});

/**
 * Page-Hinkley on the feature in reference SDs: δ = 0.5 SD of tolerated drift keeps the cumulative sum from
 * wandering on undrifted traffic; λ = 50 SD-events catches a 2 SD shift within ~35 events.
 */
export const PH_OPTIONS = { delta: 0.5, threshold: 50 } as const;

/**
 * DDM waits for 1 000 labels (20 s of default traffic) before judging. With River's default of 30, or even 300,
 * the first noisy error estimates set a low minimum that the ordinary error rate then "exceeds": false alarms
 * within seconds of the start (simulator.test.ts keeps two minutes of undrifted traffic free of detections).
 */
export const DDM_OPTIONS = { warmStart: 1000 } as const;
