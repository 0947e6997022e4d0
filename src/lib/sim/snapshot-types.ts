// What the simulator hands the UI: a snapshot of every monitor, detector, deployment and automation figure
// at one simulated time (Simulator.snapshot() builds it; the worker posts it to the page).
import type { FeatureDriftSnapshot } from '../stats/index';
import type { AutomationMode, AutomationWindow, automationTradeoff } from './automation';
import type { CanaryController, CanaryState } from './canary';
import type { Alert, Sliders } from './types';

export type DeploymentMode = 'single' | 'shadow' | 'canary' | 'blue-green';

export interface FeatureView {
  name: string;
  unit: string;
  /** Shared equal-width bin edges (count + 1) for the reference and live histograms. */
  edges: number[];
  reference: number[];
  live: number[];
  referenceMean: number;
  referenceSd: number;
  liveMean: number;
  missingShare: number;
  stats: FeatureDriftSnapshot | null;
}

export interface SimSnapshot {
  t: number;
  timeLabel: string | null;
  totals: { events: number; dropped: number; labels: number };
  software: {
    throughput: number;
    droppedPerSec: number;
    latencyMs: { p50: number; p95: number; p99: number };
  };
  features: FeatureView[];
  output: { classes: string[]; share: number[]; referenceShare: number[]; meanConfidence: number };
  performance: { accuracy: number; f1: number; macroF1: number; estimated: number; labels: number };
  detectors: {
    adwin: { detections: number[]; errorRate: number };
    ddm: { warning: boolean; detections: number[] };
    pageHinkley: { feature: string; detections: number[] };
  };
  deployment: {
    mode: DeploymentMode;
    live: string;
    candidate: string | null;
    previous: string | null;
    color: 'blue' | 'green';
    canary: (CanaryState & { metrics: ReturnType<CanaryController['metrics']> }) | null;
    shadow: { agreement: number; liveAccuracy: number; candidateAccuracy: number; events: number } | null;
  };
  automation: ReturnType<AutomationWindow['summary']> & {
    mode: AutomationMode;
    threshold: number;
    tradeoff: ReturnType<typeof automationTradeoff>;
  };
  sliders: Sliders;
  alerts: Alert[];
  /** Time series, one point per simulated second, oldest first. */
  series: Record<string, number[]>;
}
