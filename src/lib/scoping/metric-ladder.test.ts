import { expect, it } from 'vitest';
import { ladderMultiplier, propagateLadder } from './metric-ladder';

const speech = [
  { perUnitBelow: null }, // word accuracy (points)
  { perUnitBelow: 0.75 }, // query accuracy per point of word accuracy
  { perUnitBelow: 0.5 }, // search-result quality per point of query accuracy
  { perUnitBelow: 0.4 }, // engagement (%) per point of search quality
  { perUnitBelow: 0.8 }, // revenue (%) per % of engagement
];

it('propagates +1 point of word accuracy up the voice-search ladder', () => {
  const changes = propagateLadder(speech, 1);
  expect(changes).toEqual([1, 0.75, 0.375, expect.closeTo(0.15, 12), expect.closeTo(0.12, 12)]);
  expect(ladderMultiplier(speech)).toBeCloseTo(0.12, 12);
});

it('scales linearly with the change at the bottom, including decreases', () => {
  expect(propagateLadder(speech, -2)[2]).toBeCloseTo(-0.75, 12);
});

it('a missing estimate leaves that rung and the ones above unknown', () => {
  const gapped = [...speech];
  gapped[2] = { perUnitBelow: null };
  expect(propagateLadder(gapped, 1)).toEqual([1, 0.75, null, null, null]);
  expect(ladderMultiplier(gapped)).toBeNull();
});

it('handles empty ladders and rejects a non-finite change', () => {
  expect(propagateLadder([], 1)).toEqual([]);
  expect(ladderMultiplier([])).toBeNull();
  expect(() => propagateLadder(speech, Number.NaN)).toThrow(/finite/);
});
