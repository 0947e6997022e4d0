/** The four lifecycle stages, in course order. Every project has one section per stage. */
export const STAGES = ['scoping', 'data', 'modeling', 'deployment'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  scoping: 'Scoping',
  data: 'Data',
  modeling: 'Modeling',
  deployment: 'Deployment',
};

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}
