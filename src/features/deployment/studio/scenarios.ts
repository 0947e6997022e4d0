import { parseScenario, type Scenario } from '@/lib/sim/scenario';

const files = import.meta.glob('/content/scenarios/*.json', { eager: true, import: 'default' });

/** The shipped scenario scripts, valid ones only, in a teaching order (the tests check they all parse). */
const ORDER = [
  'sudden-data-drift',
  'gradual-concept-drift',
  'prior-shift',
  'recurring-seasonal-drift',
  'canary-rollback',
  'seattle-natural-drift',
];

export const SCENARIOS: Scenario[] = Object.values(files)
  .map((json) => parseScenario(json))
  .flatMap((r) => (r.ok ? [r.scenario] : []))
  .sort((a, b) => {
    const ia = ORDER.indexOf(a.id);
    const ib = ORDER.indexOf(b.id);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.id.localeCompare(b.id);
  });

export function scenarioById(id: string): Scenario | null {
  return SCENARIOS.find((s) => s.id === id) ?? null;
}
