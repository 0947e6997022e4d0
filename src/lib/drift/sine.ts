// Sine concepts generator.
// Paper: J. Gama, P. Medas, G. Castillo and P. Rodrigues, "Learning with drift detection", SBIA 2004,
//   pp. 286–295 (SINE1 and SINE2).
// Port of River: river/datasets/synth/sine.py. Two relevant features x1, x2 uniform on [0, 1):
//   function 0 (SINE1):          y = 1 if x1 < sin(x2)                  else 0
//   function 1 (reversed SINE1): y = 1 if x1 ≥ sin(x2)                  else 0
//   function 2 (SINE2):          y = 1 if x1 < 0.5 + 0.3·sin(3π·x2)     else 0
//   function 3 (reversed SINE2): y = 1 if x1 ≥ 0.5 + 0.3·sin(3π·x2)     else 0
// balanceClasses: samples are redrawn until the label alternates 1, 0, 1, 0, … (River's scheme).
// hasNoise: two irrelevant uniform features x3, x4 are appended (drawn after the label is settled).
import { checkOptionKeys, booleanOption, numberOption } from './validate';
import { resolveRng } from './stream';
import type { RandomSource, SampleStream } from './stream';

export interface SineOptions extends RandomSource {
  /** Classification function 0–3. Default 0. */
  classificationFunction?: 0 | 1 | 2 | 3;
  /** Alternate the labels 1, 0, 1, … by rejection. Default false. */
  balanceClasses?: boolean;
  /** Append two irrelevant features. Default false. */
  hasNoise?: boolean;
}

export function sineLabel(x1: number, x2: number, classificationFunction: number): 0 | 1 {
  switch (classificationFunction) {
    case 0:
      return x1 >= Math.sin(x2) ? 0 : 1;
    case 1:
      return x1 < Math.sin(x2) ? 0 : 1;
    case 2:
      return x1 >= 0.5 + 0.3 * Math.sin(3 * Math.PI * x2) ? 0 : 1;
    default:
      return x1 < 0.5 + 0.3 * Math.sin(3 * Math.PI * x2) ? 0 : 1;
  }
}

export function sineStream(options: SineOptions = {}): SampleStream {
  checkOptionKeys('sineStream', options, [
    'classificationFunction',
    'balanceClasses',
    'hasNoise',
    'seed',
    'rng',
  ]);
  const fn = numberOption('sineStream.classificationFunction', options.classificationFunction, 0, {
    integer: true,
    min: 0,
    max: 3,
  });
  const balance = booleanOption('sineStream.balanceClasses', options.balanceClasses, false);
  const hasNoise = booleanOption('sineStream.hasNoise', options.hasNoise, false);
  const rng = resolveRng('sineStream', options);
  let nextShouldBeZero = false;
  return {
    featureNames: hasNoise ? ['x1', 'x2', 'x3', 'x4'] : ['x1', 'x2'],
    next() {
      for (;;) {
        const x1 = rng.next();
        const x2 = rng.next();
        const y = sineLabel(x1, x2, fn);
        if (balance) {
          if (y !== (nextShouldBeZero ? 0 : 1)) continue;
          nextShouldBeZero = !nextShouldBeZero;
        }
        return { x: hasNoise ? [x1, x2, rng.next(), rng.next()] : [x1, x2], y };
      }
    },
  };
}
