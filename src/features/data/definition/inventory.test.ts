import { expect, it } from 'vitest';
import { inventoryTotals, labelingCost } from './inventory';

it('adds amounts per unit, sums costs and takes the longest time', () => {
  const t = inventoryTotals([
    { id: 'a', source: 'Owned', amount: 100, unit: 'hours', cost: 0, days: 14 },
    { id: 'b', source: 'Crowdsourced reading', amount: 1000, unit: 'hours', cost: 10000, days: 14 },
    { id: 'c', source: 'Pay for labels', amount: 100, unit: 'hours', cost: 6000, days: 7 },
    { id: 'd', source: 'Purchased', amount: 5000, unit: 'clips', cost: null, days: 30 },
    { id: 'e', source: 'Unknown', amount: null, unit: 'hours', cost: null, days: null },
  ]);
  expect(t).toEqual({
    amounts: [
      { unit: 'hours', amount: 1200 },
      { unit: 'clips', amount: 5000 },
    ],
    cost: 16000,
    days: 30,
  });
  expect(inventoryTotals([])).toEqual({ amounts: [], cost: 0, days: null });
});

it('costs labeling only when both numbers are known', () => {
  expect(labelingCost(1200, 0.05)).toBeCloseTo(60, 12);
  expect(labelingCost(null, 0.05)).toBeNull();
});
