import { expect, it } from 'vitest';
import { quadrantAdvice } from './quadrant-advice';

it('gives advice for each axis once it is chosen', () => {
  expect(quadrantAdvice(null, null)).toEqual([]);
  expect(quadrantAdvice(false, false)).toEqual([
    expect.stringMatching(/^Unstructured.*augmentation/),
    expect.stringMatching(/^Small dataset.*clean, consistent labels/),
  ]);
  expect(quadrantAdvice(true, true)).toEqual([
    expect.stringMatching(/^Structured.*harder to obtain/),
    expect.stringMatching(/^Large dataset.*data process/),
  ]);
});
