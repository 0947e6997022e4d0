// The Seattle weather replay (public/datasets/seattle-weather.csv, daily 2012–2015 in time order) as a simulator
// source: 2012 (366 days, a leap year) is the reference the model trains on, and the days after it stream past
// in order, so the seasons bring their own (natural) drift. Used by the deployment studio and the scenario tests.
import type { DataTable } from '@/lib/data/types';
import type { SimSourceSetup } from './worker-protocol';

/** Rows of the reference year (2012 has 366 days). */
export const SEATTLE_REFERENCE_ROWS = 366;

export const SEATTLE_FEATURES = [
  { name: 'precipitation', kind: 'numeric', unit: 'mm' },
  { name: 'temp_max', kind: 'numeric', unit: '°C' },
  { name: 'temp_min', kind: 'numeric', unit: '°C' },
  { name: 'wind', kind: 'numeric', unit: 'm/s' },
] as const satisfies readonly { name: string; kind: 'numeric'; unit: string }[];

/** The model a Seattle replay serves: trained in the worker on the reference year. */
export const SEATTLE_MODEL_NAME = 'Weather model trained on 2012';

/** Source setup replaying the Seattle weather table in time order, with 2012 as the reference. */
export function seattleSourceSetup(table: DataTable): Extract<SimSourceSetup, { kind: 'table' }> {
  return {
    kind: 'table',
    id: 'seattle-weather',
    title: 'Seattle weather 2012–2015',
    table,
    label: 'weather',
    features: SEATTLE_FEATURES.map((f) => ({ ...f })),
    mode: 'replay',
    referenceRows: SEATTLE_REFERENCE_ROWS,
    timeColumn: 'date',
  };
}
