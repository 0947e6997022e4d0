import { z } from 'zod';
import { DEFAULT_THRESHOLDS, type AlertThresholds } from '@/lib/sim/types';
import type { AutomationConfig } from '@/lib/sim/automation';

/**
 * The deployment section of a project (workbook v6+): how the deployment studio is set up for this project —
 * which saved model it serves, how late the true labels arrive, the alert thresholds of the monitor and the
 * degree of automation. The running simulation itself (events, windows, alerts) is never saved.
 */
const driftCheckSchema = z.object({ enabled: z.boolean(), threshold: z.number().min(0).max(100) });

/** Alert thresholds; `satisfies` checks at compile time that they are exactly what the simulator's monitor takes. */
export const deploymentThresholdsSchema = z.object({
  drift: z.object({
    ks: driftCheckSchema,
    psi: driftCheckSchema,
    wasserstein: driftCheckSchema,
    js: driftCheckSchema,
  }),
  accuracy: z.number().min(0).max(1),
  estimatedAccuracy: z.number().min(0).max(1),
  missingShare: z.number().min(0).max(1),
  latencyP95Ms: z.number().min(0).max(10_000),
  droppedPerSec: z.number().min(0).max(1e6),
  predictionShareDelta: z.number().min(0).max(1),
}) satisfies z.ZodType<AlertThresholds>;

/** Degree of automation; `satisfies` checks at compile time that it is what the simulator's automation takes. */
export const automationSettingsSchema = z.object({
  mode: z.enum(['human-only', 'shadow', 'ai-assistance', 'partial', 'full']),
  threshold: z.number().min(0).max(1.01),
  humanAccuracy: z.number().min(0).max(1),
  costPerCase: z.number().min(0).max(1e6),
  delaySeconds: z.number().min(0).max(86_400),
}) satisfies z.ZodType<AutomationConfig>;

export const deploymentSectionSchema = z.object({
  notes: z.string().max(100_000),
  /** Saved model (modeling section savedModels[].id) the studio serves; null = the built-in demo. */
  modelId: z.string().max(64).nullable(),
  /** Simulated seconds between a prediction and the arrival of its true label. */
  labelDelaySec: z.number().min(0).max(120),
  thresholds: deploymentThresholdsSchema,
  automation: automationSettingsSchema,
});

export type DeploymentSection = z.infer<typeof deploymentSectionSchema>;

export const DEFAULT_AUTOMATION: DeploymentSection['automation'] = {
  mode: 'full',
  threshold: 0.7,
  humanAccuracy: 0.97,
  costPerCase: 2,
  delaySeconds: 30,
};

export const DEFAULT_LABEL_DELAY_SEC = 3;

export function emptyDeploymentSection(notes = ''): DeploymentSection {
  return {
    notes,
    modelId: null,
    labelDelaySec: DEFAULT_LABEL_DELAY_SEC,
    thresholds: structuredClone(DEFAULT_THRESHOLDS),
    automation: { ...DEFAULT_AUTOMATION },
  };
}
