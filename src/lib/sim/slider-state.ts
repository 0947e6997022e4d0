// The sliders of a simulation: their values as set (by the user, a scenario or a share link), the drift
// patterns laid over them, and the values in force for one event. A slider keeps its set value until a
// pattern on it starts; from then the pattern sets it (applyPatterns in patterns.ts: later patterns win).
//
// resolve() is called once per step and once per event, so it reuses one ResolvedSliders object (the caller
// reads it before the next call) and clamps every value to its valid range: scale ≥ 0.01, the class share to
// [0.01, 0.99] (or null: the source's own balance), relabel and missing to [0, 1], noise and the event rate
// ≥ 0.
import { applyPatterns } from './patterns';
import { setSliderValue } from './slider-paths';
import {
  type ResolvedSliders,
  type SliderPath,
  type SliderPattern,
  type Sliders,
  type SourceFeature,
} from './types';

export class SliderState {
  private sliders: Sliders;
  private patterns: SliderPattern[] = [];
  private readonly resolved: ResolvedSliders;

  /** `features`: the source's features (a raw row's columns); `sliders`: the initial values, kept as given. */
  constructor(
    private readonly features: readonly SourceFeature[],
    sliders: Sliders,
  ) {
    this.sliders = sliders;
    const width = features.length;
    this.resolved = {
      meanShift: new Float64Array(width),
      scale: new Float64Array(width).fill(1),
      classShare: null,
      rotation: 0,
      boundaryShift: 0,
      relabel: 0,
      noise: 0,
      missing: 0,
      eventsPerSec: 0,
    };
  }

  /** A copy of the values as set. */
  get(): Sliders {
    return structuredClone(this.sliders);
  }

  set(path: SliderPath, value: number | null): void {
    setSliderValue(this.sliders, path, value);
  }

  /** Replaces every value (with a copy of `sliders`); the patterns stay. */
  replace(sliders: Sliders): void {
    this.sliders = structuredClone(sliders);
  }

  addPattern(pattern: SliderPattern): void {
    this.patterns.push(pattern);
  }

  clearPatterns(): void {
    this.patterns = [];
  }

  /** The value of one slider at time t for one event (u: uniform draw for gradual patterns). */
  private sliderAt(path: SliderPath, base: number, t: number, u: number): number {
    let applicable: SliderPattern[] | null = null;
    for (const p of this.patterns) if (p.target === path) (applicable ??= []).push(p);
    return applicable ? applyPatterns(base, applicable, t, u) : base;
  }

  /** Every slider at time t for one event (u: its uniform draw), per feature column where it applies. */
  resolve(t: number, u: number): ResolvedSliders {
    const r = this.resolved;
    const s = this.sliders;
    this.features.forEach((f, j) => {
      r.meanShift[j] =
        f.kind === 'numeric' ? this.sliderAt(`meanShift.${f.name}`, s.meanShift[f.name] ?? 0, t, u) : 0;
      r.scale[j] =
        f.kind === 'numeric'
          ? Math.max(0.01, this.sliderAt(`scale.${f.name}`, s.scale[f.name] ?? 1, t, u))
          : 1;
    });
    const share = this.sliderAt('classShare', s.classShare ?? NaN, t, u);
    r.classShare = Number.isFinite(share) ? Math.min(0.99, Math.max(0.01, share)) : null;
    r.rotation = this.sliderAt('rotation', s.rotation, t, u);
    r.boundaryShift = this.sliderAt('boundaryShift', s.boundaryShift, t, u);
    r.relabel = Math.min(1, Math.max(0, this.sliderAt('relabel', s.relabel, t, u)));
    r.noise = Math.max(0, this.sliderAt('noise', s.noise, t, u));
    r.missing = Math.min(1, Math.max(0, this.sliderAt('missing', s.missing, t, u)));
    r.eventsPerSec = Math.max(0, this.sliderAt('eventsPerSec', s.eventsPerSec, t, u));
    return r;
  }
}
