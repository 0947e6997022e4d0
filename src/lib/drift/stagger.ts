// STAGGER concepts generator.
// Paper: J. C. Schlimmer and R. H. Granger, "Incremental learning from noisy data", Machine Learning 1(3),
//   1986, pp. 317–354.
// Port of River: river/datasets/synth/stagger.py. Three categorical features, each uniform over 3 codes:
//   size  0 small, 1 medium, 2 large;  color 0 red, 1 blue, 2 green;  shape 0 circle, 1 square, 2 triangle.
//   function 0: y = 1 if size = small and color = red
//   function 1: y = 1 if color = green or shape = circle
//   function 2: y = 1 if size = medium or large
// balanceClasses: redraw until the labels alternate 1, 0, 1, … (River's scheme).
import { booleanOption, checkOptionKeys, numberOption } from './validate';
import { resolveRng } from './stream';
import type { RandomSource, SampleStream } from './stream';

export const STAGGER_FEATURES = ['size', 'color', 'shape'] as const;
export const STAGGER_CATEGORIES = {
  size: ['small', 'medium', 'large'],
  color: ['red', 'blue', 'green'],
  shape: ['circle', 'square', 'triangle'],
} as const;

export interface STAGGEROptions extends RandomSource {
  /** Concept 0–2. Default 0. */
  classificationFunction?: 0 | 1 | 2;
  /** Alternate the labels 1, 0, 1, … by rejection. Default false. */
  balanceClasses?: boolean;
}

export function staggerLabel(
  size: number,
  color: number,
  shape: number,
  classificationFunction: number,
): 0 | 1 {
  if (classificationFunction === 0) return size === 0 && color === 0 ? 1 : 0;
  if (classificationFunction === 1) return color === 2 || shape === 0 ? 1 : 0;
  return size === 1 || size === 2 ? 1 : 0;
}

export function staggerStream(options: STAGGEROptions = {}): SampleStream {
  checkOptionKeys('staggerStream', options, ['classificationFunction', 'balanceClasses', 'seed', 'rng']);
  const fn = numberOption('staggerStream.classificationFunction', options.classificationFunction, 0, {
    integer: true,
    min: 0,
    max: 2,
  });
  const balance = booleanOption('staggerStream.balanceClasses', options.balanceClasses, false);
  const rng = resolveRng('staggerStream', options);
  let nextShouldBeZero = false;
  return {
    featureNames: STAGGER_FEATURES,
    next() {
      for (;;) {
        const size = rng.int(3);
        const color = rng.int(3);
        const shape = rng.int(3);
        const y = staggerLabel(size, color, shape, fn);
        if (balance) {
          if (y !== (nextShouldBeZero ? 0 : 1)) continue;
          nextShouldBeZero = !nextShouldBeZero;
        }
        return { x: [size, color, shape], y };
      }
    },
  };
}
