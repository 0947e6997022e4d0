import type { DataSection } from '@/features/workbook';

type Row = DataSection['inventory'][number];

/**
 * Totals of the data-source inventory: amount per unit (amounts in different units are never added),
 * total cost, and the longest time to obtain (sources can be pursued in parallel).
 */
export function inventoryTotals(rows: Row[]): {
  amounts: { unit: string; amount: number }[];
  cost: number;
  days: number | null;
} {
  const byUnit = new Map<string, number>();
  let cost = 0;
  let days: number | null = null;
  for (const r of rows) {
    if (r.amount !== null) byUnit.set(r.unit.trim(), (byUnit.get(r.unit.trim()) ?? 0) + r.amount);
    if (r.cost !== null) cost += r.cost;
    if (r.days !== null) days = Math.max(days ?? 0, r.days);
  }
  return { amounts: [...byUnit].map(([unit, amount]) => ({ unit, amount })), cost, days };
}

/** Cost of labeling `examples` at `costPerLabel`, or null when either is unknown. */
export function labelingCost(examples: number | null, costPerLabel: number | null): number | null {
  return examples === null || costPerLabel === null ? null : examples * costPerLabel;
}
