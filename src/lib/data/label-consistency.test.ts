import { describe, expect, it } from 'vitest';
import {
  analyzeLabelStudy,
  conventionPitfall,
  detectLabelsCsvFormat,
  LabelStudyError,
  parseLabelsCsv,
  type LabelStudy,
} from './label-consistency';
import type { DataTable } from './types';

/** Builds a column-major DataTable from a header and row-major rows. */
function table(columns: string[], rows: (string | null)[][]): DataTable {
  return { columns, data: columns.map((_, c) => rows.map((r) => r[c] ?? null)), rowCount: rows.length };
}

function twoLabelers(a: string[], b: string[]): LabelStudy {
  return {
    examples: a.map((_, i) => `e${i + 1}`),
    labelers: ['A', 'B'],
    labels: a.map((v, i) => [v, b[i]!]),
  };
}

describe('analyzeLabelStudy — a hand-computed three-labeler study with gaps', () => {
  const study: LabelStudy = {
    examples: ['e1', 'e2', 'e3', 'e4', 'e5'],
    labelers: ['A', 'B', 'C'],
    labels: [
      ['cat', 'cat', 'cat'],
      ['cat', 'dog', 'dog'],
      ['dog', 'dog', null],
      ['cat', '  ', 'dog'], // blank = not labeled
      ['bird', 'dog', 'cat'],
    ],
  };
  const r = analyzeLabelStudy(study);

  it('pairwise agreement over examples both labeled', () => {
    // A–B: e1 ✓ e2 ✗ e3 ✓ e5 ✗ → 2/4; A–C: e1 ✓ e2 ✗ e4 ✗ e5 ✗ → 1/4; B–C: e1 ✓ e2 ✓ e5 ✗ → 2/3.
    expect(r.overlap).toEqual([
      [5, 4, 4],
      [4, 4, 3],
      [4, 3, 4],
    ]);
    expect(r.agreement[0]![1]).toBe(0.5);
    expect(r.agreement[0]![2]).toBe(0.25);
    expect(r.agreement[1]![2]).toBeCloseTo(2 / 3, 15);
    expect(r.agreement[2]![1]).toBeCloseTo(2 / 3, 15);
    expect(r.agreement.map((row, i) => row[i])).toEqual([1, 1, 1]);
    expect(r.categories).toEqual(['bird', 'cat', 'dog']);
  });

  it('HLP = mean over labelers of their mean agreement with the others', () => {
    // a_A = (1/2 + 1/4)/2 = 0.375, a_B = (1/2 + 2/3)/2 = 7/12, a_C = (1/4 + 2/3)/2 = 11/24; HLP = 17/36.
    expect(r.labelerAgreement[0]).toBeCloseTo(0.375, 15);
    expect(r.labelerAgreement[1]).toBeCloseTo(7 / 12, 15);
    expect(r.labelerAgreement[2]).toBeCloseTo(11 / 24, 15);
    expect(r.hlp).toBeCloseTo(17 / 36, 15);
  });

  it('per-example majority, shares and ties', () => {
    const [e1, e2, e3, e4, e5] = r.perExample;
    expect(e1).toMatchObject({ majority: 'cat', agreementShare: 1, pairAgreement: 1, nLabels: 3 });
    expect(e2).toMatchObject({ majority: 'dog', nLabels: 3, topLabels: ['dog'] });
    expect(e2!.agreementShare).toBeCloseTo(2 / 3, 15);
    expect(e2!.pairAgreement).toBeCloseTo(1 / 3, 15); // 2·1 / (3·2)
    expect(e2!.counts).toEqual([
      { label: 'dog', count: 2 },
      { label: 'cat', count: 1 },
    ]);
    expect(e3).toMatchObject({ majority: 'dog', agreementShare: 1, nLabels: 2 });
    expect(e4).toMatchObject({
      majority: null,
      topLabels: ['cat', 'dog'],
      agreementShare: 0.5,
      pairAgreement: 0,
    });
    expect(e4!.labels).toEqual(['cat', null, 'dog']);
    expect(e5!.majority).toBeNull();
    expect(e5!.agreementShare).toBeCloseTo(1 / 3, 15);
  });

  it('disagreements, most split first', () => {
    expect(r.disagreements.map((d) => d.id)).toEqual(['e5', 'e4', 'e2']);
  });

  it("Fleiss' κ over the examples with the most common label count (3 here), others excluded", () => {
    // Table over e1, e2, e5 (bird, cat, dog): [0,3,0], [0,1,2], [1,1,1]. P̄ = (1 + 1/3 + 0)/3 = 4/9,
    // p = (1, 5, 3)/9, Σp² = 35/81 → κ = (36/81 − 35/81)/(46/81) = 1/46.
    expect(r.fleissKappa.ratersPerExample).toBe(3);
    expect(r.fleissKappa.examples).toBe(3);
    expect(r.fleissKappa.excluded).toBe(2);
    expect(r.fleissKappa.value).toBeCloseTo(1 / 46, 14);
    expect(r.cohenKappa).toBeNull(); // three labelers
  });
});

describe('analyzeLabelStudy — known values', () => {
  it('the course’s HLP example: two labelers agreeing on 4 of 6 → 66.7 %', () => {
    const r = analyzeLabelStudy(twoLabelers(['1', '1', '0', '0', '1', '0'], ['1', '0', '0', '1', '1', '0']));
    expect(r.hlp).toBeCloseTo(4 / 6, 15);
    expect((r.hlp! * 100).toFixed(1)).toBe('66.7');
    // Cohen: p_o = 4/6, p_e = ½·½ + ½·½ = ½ → κ = (2/3 − 1/2)/(1/2) = 1/3.
    expect(r.cohenKappa!.value).toBeCloseTo(1 / 3, 14);
    expect(r.cohenKappa!.examples).toBe(6);
  });

  it("Cohen's κ = 0.4 on the classic 2×2 example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)", () => {
    const a = [...Array(25).fill('yes'), ...Array(25).fill('no')] as string[];
    const b = [
      ...Array(20).fill('yes'),
      ...Array(5).fill('no'),
      ...Array(10).fill('yes'),
      ...Array(15).fill('no'),
    ];
    const r = analyzeLabelStudy(twoLabelers(a, b as string[]));
    expect(r.cohenKappa!.value).toBeCloseTo(0.4, 14);
    expect(r.hlp).toBeCloseTo(0.7, 15);
    // Fleiss with two raters is Scott's π: pooled p_yes = 55/100, p_e = 0.505 → π = (0.7 − 0.505)/0.495 = 13/33.
    expect(r.fleissKappa.value).toBeCloseTo(13 / 33, 14);
    expect(r.fleissKappa.ratersPerExample).toBe(2);
  });

  it("Fleiss' κ = 0.2099 on Fleiss' (1971) 10 subjects × 14 raters × 5 categories table", () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    // Which rater gave which label does not matter to Fleiss' κ: deal the counts out in order.
    const labels = counts.map((row) => row.flatMap((c, k) => Array<string>(c).fill(`c${k + 1}`)));
    const r = analyzeLabelStudy({
      examples: counts.map((_, i) => `s${i + 1}`),
      labelers: Array.from({ length: 14 }, (_, i) => `r${i + 1}`),
      labels,
    });
    expect(r.fleissKappa.value).toBeCloseTo(0.20993070442195522, 12);
    expect(r.fleissKappa.excluded).toBe(0);
    expect(r.disagreements).toHaveLength(9);
  });

  it('κ is null with a reason when every label is the same category', () => {
    const r = analyzeLabelStudy(twoLabelers(['a', 'a', 'a'], ['a', 'a', 'a']));
    expect(r.hlp).toBe(1);
    expect(r.cohenKappa!.value).toBeNull();
    expect(r.cohenKappa!.reason).toMatch(/single, identical category/);
    expect(r.fleissKappa.value).toBeNull();
    expect(r.disagreements).toEqual([]);
  });

  it('no overlap: agreement null, HLP null, κ null', () => {
    const r = analyzeLabelStudy({
      examples: ['x', 'y'],
      labelers: ['A', 'B'],
      labels: [
        ['a', null],
        [null, 'b'],
      ],
    });
    expect(r.agreement[0]![1]).toBeNull();
    expect(r.hlp).toBeNull();
    expect(r.cohenKappa).toEqual({
      value: null,
      examples: 0,
      reason: 'The two labelers have no example in common.',
    });
    expect(r.fleissKappa.value).toBeNull();
    expect(r.fleissKappa.reason).toMatch(/No example has labels from two or more/);
  });
});

describe('the 70/30 convention pitfall', () => {
  it('conventionPitfall is the teaching module’s conventionAgreement: 0.58 vs 0.70', () => {
    const p = conventionPitfall([0.7, 0.3]);
    expect(p.labelerAgreement).toBeCloseTo(0.58, 12);
    expect(p.majorityModelAccuracy).toBeCloseTo(0.7, 12);
    expect(p.apparentGain).toBeCloseTo(0.12, 12);
  });

  it('a study whose labelers pick conventions 70/30 independently measures HLP 58 %; a majority "model" scores 70 %', () => {
    // 100 examples, pairs of conventions in exact expected proportions: XX 49, XY 21, YX 21, YY 9.
    const pairs = [
      ...Array<[string, string]>(49).fill(['X', 'X']),
      ...Array<[string, string]>(21).fill(['X', 'Y']),
      ...Array<[string, string]>(21).fill(['Y', 'X']),
      ...Array<[string, string]>(9).fill(['Y', 'Y']),
    ];
    const humans = analyzeLabelStudy({
      examples: pairs.map((_, i) => String(i)),
      labelers: ['A', 'B'],
      labels: pairs.map(([a, b]) => [a, b]),
    });
    expect(humans.hlp).toBeCloseTo(conventionPitfall([0.7, 0.3]).labelerAgreement, 12);
    const withModel = analyzeLabelStudy({
      examples: pairs.map((_, i) => String(i)),
      labelers: ['A', 'B', 'model'],
      labels: pairs.map(([a, b]) => [a, b, 'X']),
    });
    expect(withModel.agreement[2]![0]).toBeCloseTo(0.7, 12);
    expect(withModel.agreement[2]![1]).toBeCloseTo(0.7, 12);
    expect(withModel.labelerAgreement[2]).toBeGreaterThan(humans.hlp!); // "beats HLP" without being better
  });
});

describe('analyzeLabelStudy — validation', () => {
  it('rejects fewer than two labelers, no examples, ragged rows, duplicate labelers', () => {
    expect(() => analyzeLabelStudy({ examples: ['e'], labelers: ['A'], labels: [['x']] })).toThrow(
      /at least two labelers, got 1/,
    );
    expect(() => analyzeLabelStudy({ examples: [], labelers: ['A', 'B'], labels: [] })).toThrow(
      LabelStudyError,
    );
    expect(() => analyzeLabelStudy({ examples: ['e'], labelers: ['A', 'B'], labels: [['x']] })).toThrow(
      /has 1 labels, expected one per labeler \(2\)/,
    );
    expect(() => analyzeLabelStudy({ examples: ['e'], labelers: ['A', 'A'], labels: [['x', 'y']] })).toThrow(
      /Labeler "A" appears twice/,
    );
    expect(() =>
      analyzeLabelStudy({ examples: ['e'], labelers: ['A', 'B'], labels: [['x', 3 as never]] }),
    ).toThrow(/not text/);
  });
});

describe('parseLabelsCsv', () => {
  it('reads a wide CSV: first column ids, one column per labeler; trims, blanks are null', () => {
    const t = table(
      ['image', 'Ann', 'Ben', 'Cy'],
      [
        ['img1', 'scratch', 'scratch ', 'dent'],
        ['img2', 'dent', '', null],
      ],
    );
    expect(detectLabelsCsvFormat(t)).toBe('wide');
    expect(parseLabelsCsv(t)).toEqual({
      format: 'wide',
      examples: ['img1', 'img2'],
      labelers: ['Ann', 'Ben', 'Cy'],
      labels: [
        ['scratch', 'scratch', 'dent'],
        ['dent', null, null],
      ],
    });
  });

  it('reads a long CSV (any column order, synonyms) in order of first appearance', () => {
    const t = table(
      ['Rater', 'Item', 'Label'],
      [
        ['Ben', 'img2', 'dent'],
        ['Ann', 'img1', 'scratch'],
        ['Ben', 'img1', 'dent'],
        ['Ann', 'img2', 'dent'],
        ['Ann', 'img2', 'dent'], // identical repeat: accepted once
        ['Cy', 'img1', ''],
      ],
    );
    expect(detectLabelsCsvFormat(t)).toBe('long');
    expect(parseLabelsCsv(t)).toEqual({
      format: 'long',
      examples: ['img2', 'img1'],
      labelers: ['Ben', 'Ann', 'Cy'],
      labels: [
        ['dent', 'dent', null],
        ['dent', 'scratch', null],
      ],
    });
  });

  it('parses then analyses: κ from an imported long CSV', () => {
    const rows: string[][] = [];
    const a = ['1', '1', '0', '0', '1', '0'];
    const b = ['1', '0', '0', '1', '1', '0'];
    a.forEach((v, i) => rows.push([`e${i}`, 'A', v], [`e${i}`, 'B', b[i]!]));
    const r = analyzeLabelStudy(parseLabelsCsv(table(['example', 'labeler', 'label'], rows)));
    expect(r.cohenKappa!.value).toBeCloseTo(1 / 3, 14);
    expect(r.hlp).toBeCloseTo(4 / 6, 14);
  });

  it('errors: empty, too few labeler columns, missing and duplicate ids, conflicting long rows, malformed long', () => {
    const err = (t: DataTable): LabelStudyError => {
      try {
        parseLabelsCsv(t);
      } catch (e) {
        return e as LabelStudyError;
      }
      throw new Error('expected an error');
    };
    expect(err(table(['id', 'A', 'B'], [])).code).toBe('empty');
    expect(err(table(['id', 'A'], [['e1', 'x']])).message).toMatch(/at least two labeler columns; found 2/);
    const missing = err(
      table(
        ['id', 'A', 'B'],
        [
          ['e1', 'x', 'y'],
          ['', 'x', 'y'],
          [null, 'x', 'y'],
        ],
      ),
    );
    expect(missing.code).toBe('missing-id');
    expect(missing.rows).toEqual([2, 3]);
    expect(missing.message).toMatch(/empty in row 2, 3/);
    expect(
      err(
        table(
          ['id', 'A', 'B'],
          [
            ['e1', 'x', 'y'],
            ['e1', 'x', 'y'],
          ],
        ),
      ).message,
    ).toMatch(/repeated: "e1" \(rows 1 and 2\)/);
    const conflict = err(
      table(
        ['example', 'labeler', 'label'],
        [
          ['e1', 'A', 'x'],
          ['e1', 'B', 'x'],
          ['e1', 'A', 'y'],
        ],
      ),
    );
    expect(conflict.code).toBe('duplicate');
    expect(conflict.rows).toEqual([1, 3]);
    expect(
      err(
        table(
          ['example', 'labeler', 'label'],
          [
            ['e1', 'A', 'x'],
            ['e2', 'A', 'y'],
          ],
        ),
      ).message,
    ).toMatch(/only "A"/);
    expect(err(table(['example', 'labeler', 'label'], [['e1', '', 'x']])).rows).toEqual([1]);
    expect(err(table(['example', 'labeler', 'label', 'notes'], [['e1', 'A', 'x', '']])).message).toMatch(
      /long labels CSV .* needs exactly three columns/,
    );
  });
});
