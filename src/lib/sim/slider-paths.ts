// Reading and writing one slider of a Sliders object by its path ('meanShift.<feature>', 'scale.<feature>' or a
// scalar slider's name): the simulator, the scenario runtime and the studio's optimistic slider values all go
// through these two functions.
import { SCALAR_SLIDERS, type SliderPath, type Sliders } from './types';

/** The value of `path` in `sliders` (an unset feature reads as untouched: shift 0, scale 1). */
export function sliderValue(sliders: Sliders, path: SliderPath): number | null {
  if (path.startsWith('meanShift.')) return sliders.meanShift[path.slice(10)] ?? 0;
  if (path.startsWith('scale.')) return sliders.scale[path.slice(6)] ?? 1;
  return (sliders as unknown as Record<string, number | null>)[path] ?? null;
}

/** Sets `path` in `sliders` in place; throws a RangeError naming an unknown slider. */
export function setSliderValue(sliders: Sliders, path: SliderPath, value: number | null): void {
  if (path.startsWith('meanShift.')) sliders.meanShift[path.slice(10)] = Number(value);
  else if (path.startsWith('scale.')) sliders.scale[path.slice(6)] = Number(value);
  else if (path === 'classShare') sliders.classShare = value;
  else if ((SCALAR_SLIDERS as readonly string[]).includes(path))
    (sliders as unknown as Record<string, number>)[path] = Number(value);
  else throw new RangeError(`Unknown slider "${path}".`);
}
