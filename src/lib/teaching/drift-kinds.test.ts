import { expect, it } from 'vitest';
import { driftScene, sideOf } from './drift-kinds';

const grid: { x: number; y: number }[] = [];
for (let i = -5; i <= 5; i++) for (let j = -5; j <= 5; j++) if (i !== j) grid.push({ x: i, y: j });

it('labels by side of the rotated line', () => {
  expect(sideOf({ x: 0, y: 1 }, 0)).toBe(1);
  expect(sideOf({ x: 0, y: -1 }, 0)).toBe(0);
  expect(sideOf({ x: 1, y: 0 }, Math.PI / 2)).toBe(0);
});

const perfect = { trueAngle: Math.PI / 4, modelAngle: Math.PI / 4 };

it('a model equal to the truth is right wherever data drift moves the inputs', () => {
  expect(driftScene(grid, { x: 0, y: 0 }, 0, perfect).accuracy).toBe(1);
  // Data drift alone never changes P(y|x).
  expect(driftScene(grid, { x: 3, y: -2 }, 0, perfect).accuracy).toBe(1);
});

it('a slightly-off model loses accuracy when inputs drift away from where it learned', () => {
  const near = driftScene(grid, { x: 0, y: 0 }, 0).accuracy;
  const far = driftScene(grid, { x: 20, y: 20 }, 0).accuracy;
  expect(near).toBeGreaterThan(0.85);
  expect(far).toBeLessThan(near - 0.2);
});

it('loses accuracy under concept drift with inputs unchanged', () => {
  const scene = driftScene(grid, { x: 0, y: 0 }, Math.PI / 2, perfect);
  expect(scene.accuracy).toBeLessThan(0.6);
  expect(scene.points.map(({ x, y }) => ({ x, y }))).toEqual(grid);
});

it('spreads deterministic points like a standard normal', async () => {
  const { haltonGaussianPoints } = await import('./drift-kinds');
  const pts = haltonGaussianPoints(2000);
  const mean = pts.reduce((a, p) => a + p.x, 0) / pts.length;
  const variance = pts.reduce((a, p) => a + p.x * p.x, 0) / pts.length - mean * mean;
  expect(Math.abs(mean)).toBeLessThan(0.05);
  expect(variance).toBeGreaterThan(0.9);
  expect(variance).toBeLessThan(1.1);
  expect(haltonGaussianPoints(3)).toEqual(haltonGaussianPoints(3));
});
