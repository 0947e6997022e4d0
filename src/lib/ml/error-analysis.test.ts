import { describe, expect, it } from 'vitest';
import {
  errorTagKey,
  misclassified,
  normalizeTags,
  prioritizationTable,
  tagsForDataset,
  validationPredictions,
  type ValidationPredictions,
} from './error-analysis';

/**
 * The course's speech example on 10,000 validation clips (binary "right"/"wrong" transcripts stand in for the
 * classes): each tag gets the course's share of data and accuracy.
 *   clean speech  6,000 clips (60 %), 5,640 right (94 %), HLP 95 % → gain 1 % × 60 % = 0.6 %
 *   car noise       400 clips (4 %),    356 right (89 %), HLP 93 % → gain 4 % × 4 %  = 0.16 %
 *   people noise  3,000 clips (30 %), 2,610 right (87 %), HLP 89 % → gain 2 % × 30 % = 0.6 %
 *   low bandwidth   600 clips (6 %),    420 right (70 %), HLP 70 % → gain 0
 */
const COURSE = [
  { tag: 'clean speech', n: 6000, right: 5640, hlp: 0.95 },
  { tag: 'car noise', n: 400, right: 356, hlp: 0.93 },
  { tag: 'people noise', n: 3000, right: 2610, hlp: 0.89 },
  { tag: 'low bandwidth', n: 600, right: 420, hlp: 0.7 },
];

function courseSet(): { p: ValidationPredictions; tags: Map<number, string[]> } {
  const yTrue: number[] = [];
  const yPred: number[] = [];
  const rows: number[] = [];
  const tags = new Map<number, string[]>();
  for (const g of COURSE) {
    for (let j = 0; j < g.n; j++) {
      const row = 100 + rows.length; // table rows differ from validation indices
      rows.push(row);
      yTrue.push(1);
      yPred.push(j < g.right ? 1 : 0);
      tags.set(row, [g.tag]);
    }
  }
  return { p: { rows: Int32Array.from(rows), yTrue, yPred }, tags };
}

const hlpByTag = Object.fromEntries(COURSE.map((g) => [g.tag, g.hlp]));

describe('prioritizationTable', () => {
  it("reproduces the course's table: 0.6 % / 0.16 % / 0.6 % / 0", () => {
    const { p, tags } = courseSet();
    const table = prioritizationTable(p, tags, hlpByTag);
    const byTag = Object.fromEntries(table.map((r) => [r.tag, r]));
    expect(byTag['clean speech']!.accuracy).toBeCloseTo(0.94, 12);
    expect(byTag['clean speech']!.shareOfData).toBeCloseTo(0.6, 12);
    expect(byTag['clean speech']!.gapToHlp).toBeCloseTo(0.01, 12);
    expect(byTag['clean speech']!.potentialGain).toBeCloseTo(0.006, 12);
    expect(byTag['car noise']!.accuracy).toBeCloseTo(0.89, 12);
    expect(byTag['car noise']!.shareOfData).toBeCloseTo(0.04, 12);
    expect(byTag['car noise']!.gapToHlp).toBeCloseTo(0.04, 12);
    expect(byTag['car noise']!.potentialGain).toBeCloseTo(0.0016, 12);
    expect(byTag['people noise']!.potentialGain).toBeCloseTo(0.006, 12);
    expect(byTag['low bandwidth']!.gapToHlp).toBe(0);
    expect(byTag['low bandwidth']!.potentialGain).toBe(0);
    // Errors: 360 + 44 + 390 + 180 = 974.
    expect(byTag['car noise']!.errors).toBe(44);
    expect(byTag['car noise']!.examples).toBe(400);
    expect(byTag['car noise']!.shareOfErrors).toBeCloseTo(44 / 974, 12);
    // Clean and people noise tie at 0.6 % (up to rounding): the one with more of the errors comes first.
    expect(table.map((r) => r.tag)).toEqual(['people noise', 'clean speech', 'car noise', 'low bandwidth']);
  });

  it('puts tags without an HLP last, ordered by share of errors, with null gap and gain', () => {
    const { p, tags } = courseSet();
    const table = prioritizationTable(p, tags, { 'car noise': 0.93 });
    expect(table.map((r) => r.tag)).toEqual(['car noise', 'people noise', 'clean speech', 'low bandwidth']);
    expect(table[1]).toMatchObject({ hlp: null, gapToHlp: null, potentialGain: null });
  });

  it('floors the gap at 0 when the model beats HLP and ignores non-finite HLPs', () => {
    const { p, tags } = courseSet();
    const table = prioritizationTable(p, tags, { 'clean speech': 0.9, 'car noise': Number.NaN });
    const clean = table.find((r) => r.tag === 'clean speech')!;
    expect(clean).toMatchObject({ hlp: 0.9, gapToHlp: 0, potentialGain: 0 });
    expect(table.find((r) => r.tag === 'car noise')!.hlp).toBeNull();
  });

  it('counts an example with several tags in each of them (shares may add up to more than 100 %)', () => {
    const p = { rows: [0, 1, 2, 3], yTrue: [0, 1, 1, 0], yPred: [1, 1, 0, 0] };
    const tags = { 0: ['blurry', 'dark'], 1: ['dark'], 2: ['blurry'] };
    const table = prioritizationTable(p, tags, { blurry: 1, dark: 1 });
    const blurry = table.find((r) => r.tag === 'blurry')!;
    const dark = table.find((r) => r.tag === 'dark')!;
    expect(blurry).toMatchObject({ examples: 2, errors: 2, shareOfErrors: 1, accuracy: 0, shareOfData: 0.5 });
    expect(dark).toMatchObject({
      examples: 2,
      errors: 1,
      shareOfErrors: 0.5,
      accuracy: 0.5,
      shareOfData: 0.5,
    });
    expect(blurry.potentialGain).toBe(0.5);
    expect(dark.potentialGain).toBe(0.25);
    expect(table.map((r) => r.tag)).toEqual(['blurry', 'dark']);
  });

  it('handles no errors, untagged examples and a tag on correct examples only', () => {
    const none = prioritizationTable({ rows: null, yTrue: [0, 1], yPred: [0, 1] }, { 0: ['a'] }, { a: 0.9 });
    expect(none).toEqual([
      {
        tag: 'a',
        examples: 1,
        errors: 0,
        shareOfErrors: 0,
        accuracy: 1,
        shareOfData: 0.5,
        hlp: 0.9,
        gapToHlp: 0,
        potentialGain: 0,
      },
    ]);
    // Untagged examples count in the denominators but form no row.
    const p = { rows: [10, 11, 12, 13], yTrue: [0, 0, 1, 1], yPred: [1, 0, 0, 1] };
    expect(prioritizationTable(p, new Map(), {})).toEqual([]);
    const onlyCorrect = prioritizationTable(p, new Map([[11, ['ok']]]), { ok: 0.95 });
    expect(onlyCorrect[0]).toMatchObject({
      tag: 'ok',
      errors: 0,
      shareOfErrors: 0,
      accuracy: 1,
      shareOfData: 0.25,
    });
    expect(onlyCorrect[0]!.potentialGain).toBe(0);
  });

  it('uses the validation index when the table rows are unknown, and trims and de-duplicates tags', () => {
    const p = { rows: null, yTrue: [0, 1], yPred: [1, 1] };
    const table = prioritizationTable(p, { 0: [' dark ', 'dark', ''] });
    expect(table).toHaveLength(1);
    expect(table[0]).toMatchObject({ tag: 'dark', examples: 1, errors: 1 });
  });

  it('rejects misaligned inputs', () => {
    expect(() => prioritizationTable({ rows: null, yTrue: [0, 1], yPred: [0] }, {})).toThrow(RangeError);
    expect(() => prioritizationTable({ rows: [1], yTrue: [0, 1], yPred: [0, 1] }, {})).toThrow(RangeError);
  });
});

describe('misclassified', () => {
  it('lists wrong predictions with their table row and the probability of the prediction', () => {
    const validation = {
      rows: Int32Array.from([7, 3, 9]),
      yTrue: Float32Array.from([0, 1, 2]),
      output: Float32Array.from([0.2, 0.7, 0.1, 0.1, 0.8, 0.1, 0.5, 0.3, 0.2]),
      k: 3,
    };
    const p = validationPredictions(validation);
    expect(misclassified(p)).toEqual([
      { index: 0, row: 7, trueClass: 0, predictedClass: 1, confidence: expect.closeTo(0.7, 6) },
      { index: 2, row: 9, trueClass: 2, predictedClass: 0, confidence: expect.closeTo(0.5, 6) },
    ]);
  });

  it('follows the binary decision threshold', () => {
    const validation = { rows: null, yTrue: [0, 1], output: [0.7, 0.3, 0.4, 0.6], k: 2 };
    expect(misclassified(validationPredictions(validation))).toEqual([]);
    const strict = misclassified(validationPredictions(validation, 0.65));
    expect(strict).toEqual([
      { index: 1, row: 1, trueClass: 1, predictedClass: 0, confidence: expect.closeTo(0.4, 6) },
    ]);
  });

  it('gives a null confidence without probabilities and nothing when all are right', () => {
    expect(misclassified({ rows: null, yTrue: [1, 0], yPred: [0, 0] })).toEqual([
      { index: 0, row: 0, trueClass: 1, predictedClass: 0, confidence: null },
    ]);
    expect(misclassified({ rows: null, yTrue: [1, 0], yPred: [1, 0] })).toEqual([]);
  });

  it('refuses regression outputs', () => {
    expect(() => validationPredictions({ rows: null, yTrue: [1.5], output: [1.2], k: 1 })).toThrow(
      RangeError,
    );
  });
});

describe('workbook tag keys', () => {
  it("reads one dataset's tags from `${datasetId}:${row}` keys", () => {
    const errorTags = {
      [errorTagKey('ds1', 4)]: ['car noise'],
      [errorTagKey('ds1', 12)]: ['a', 'b'],
      [errorTagKey('ds10', 4)]: ['other dataset'],
      'ds1:x': ['malformed'],
      [errorTagKey('ds1', 5)]: [],
    };
    expect(errorTagKey('ds1', 4)).toBe('ds1:4');
    expect(tagsForDataset(errorTags, 'ds1')).toEqual(
      new Map([
        [4, ['car noise']],
        [12, ['a', 'b']],
      ]),
    );
  });

  it('normalizes tag lists', () => {
    expect(normalizeTags([' a', 'a', '', 'B', 'b '])).toEqual(['a', 'B', 'b']);
  });
});
