import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from './errors';
import { PythonRandom } from './python-random';
import fixture from './fixtures/python-random.json';

// Every expected value below was printed by CPython / numpy (fixtures/generate-python-random.py).
describe('PythonRandom matches CPython random.Random', () => {
  for (const [seed, expected] of Object.entries(fixture.seeds)) {
    it(`seed ${seed}: getrandbits(32) and random()`, () => {
      const r = new PythonRandom(Number(seed));
      expect(Array.from({ length: 5 }, () => r.getrandbits(32))).toEqual(expected.getrandbits32);
      const f = new PythonRandom(Number(seed));
      expect(Array.from({ length: 5 }, () => f.random())).toEqual(expected.random);
    });
  }

  it('sample(range(n), k) on both of CPython’s code paths (pool and set)', () => {
    expect(new PythonRandom(42).sampleRange(70, 30)).toEqual(fixture.sample_70_30_seed42);
    expect(new PythonRandom(7).sampleRange(470, 30)).toEqual(fixture.sample_470_30_seed7);
  });

  it('randint, choices (plain and weighted), gauss and uniform', () => {
    const r = new PythonRandom(3);
    expect(Array.from({ length: 20 }, () => r.randint(0, 2))).toEqual(fixture.randint_0_2_seed3);
    expect(new PythonRandom(42).choices([0, 1], 20)).toEqual(fixture.choices_01_seed42);
    const w = new PythonRandom(42);
    w.choices([0, 1], 5);
    expect(w.choices([0, 1], 20, [0.3, 0.7])).toEqual(fixture.choices_weighted_after5_seed42);
    const g = new PythonRandom(123);
    const gauss = Array.from({ length: 6 }, () => g.gauss(0, 1));
    gauss.forEach((v, i) => expect(v).toBeCloseTo(fixture.gauss_seed123[i] as number, 14));
    expect(new PythonRandom(42).uniform(0, 10)).toBe(fixture.uniform_0_10_seed42[0]);
  });

  it('fromNumpySeed matches numpy RandomState: rand() and randint(8) (= output & 7)', () => {
    const r = PythonRandom.fromNumpySeed(12345);
    expect(Array.from({ length: 5 }, () => r.random())).toEqual(fixture.numpy_rand_seed12345);
    const q = PythonRandom.fromNumpySeed(12345);
    expect(Array.from({ length: 10 }, () => q.nextUint32() & 7)).toEqual(fixture.numpy_randint8_seed12345);
  });

  it('rejects bad arguments with InvalidOptionError', () => {
    expect(() => new PythonRandom(1.5)).toThrow(InvalidOptionError);
    expect(() => new PythonRandom(Number.NaN)).toThrow(/seed must be a safe integer, got NaN/);
    expect(() => new PythonRandom(1).sampleRange(10, 11)).toThrow(InvalidOptionError);
    expect(() => new PythonRandom(1).randbelow(0)).toThrow(InvalidOptionError);
    expect(() => new PythonRandom(1).choice([])).toThrow(InvalidOptionError);
    expect(() => PythonRandom.fromNumpySeed(-1)).toThrow(InvalidOptionError);
  });
});
