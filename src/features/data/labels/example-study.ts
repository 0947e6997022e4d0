import type { ConsistencyStudy } from '@/features/workbook';

/**
 * A small worked study for learners: three inspectors label ten phone photos as scratch, dent or ok. Their
 * disagreements cluster on short scratches (the ambiguous 0.2–0.4 mm band) — the case a team settles by
 * agreeing a rule such as "a scratch counts from 0.3 mm".
 */
export function exampleStudy(): ConsistencyStudy {
  const rows: [string, string, string, string][] = [
    ['phone-01', 'scratch', 'scratch', 'scratch'],
    ['phone-02', 'ok', 'ok', 'ok'],
    ['phone-03', 'scratch', 'ok', 'scratch'],
    ['phone-04', 'dent', 'dent', 'dent'],
    ['phone-05', 'ok', 'scratch', 'ok'],
    ['phone-06', 'ok', 'ok', 'ok'],
    ['phone-07', 'dent', 'scratch', 'dent'],
    ['phone-08', 'scratch', 'scratch', 'ok'],
    ['phone-09', 'ok', 'ok', 'ok'],
    ['phone-10', 'scratch', 'scratch', 'scratch'],
  ];
  return {
    labelers: ['Inspector A', 'Inspector B', 'Inspector C'],
    examples: rows.map(([id, ...labels]) => ({ id, labels })),
    resolutions: {},
  };
}
