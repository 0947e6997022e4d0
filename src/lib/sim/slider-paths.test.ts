import { describe, expect, it } from 'vitest';
import { setSliderValue, sliderValue } from './slider-paths';
import type { SliderPath, Sliders } from './types';

const sliders = (): Sliders => ({
  meanShift: { vibration: 0 },
  scale: { vibration: 1 },
  classShare: null,
  rotation: 0,
  boundaryShift: 0,
  relabel: 0,
  noise: 0,
  missing: 0,
  eventsPerSec: 50,
});

describe('slider paths', () => {
  it('reads and writes per-feature and scalar sliders by path', () => {
    const s = sliders();
    setSliderValue(s, 'meanShift.vibration', 2);
    setSliderValue(s, 'scale.torque', 1.5);
    setSliderValue(s, 'classShare', 0.6);
    setSliderValue(s, 'eventsPerSec', 1000);
    expect(s.meanShift).toEqual({ vibration: 2 });
    expect(s.scale).toEqual({ vibration: 1, torque: 1.5 });
    expect(sliderValue(s, 'classShare')).toBe(0.6);
    expect(sliderValue(s, 'eventsPerSec')).toBe(1000);
    setSliderValue(s, 'classShare', null);
    expect(sliderValue(s, 'classShare')).toBeNull();
  });

  it('reads an unset feature as untouched and refuses an unknown slider', () => {
    expect(sliderValue(sliders(), 'meanShift.humidity')).toBe(0);
    expect(sliderValue(sliders(), 'scale.humidity')).toBe(1);
    expect(() => setSliderValue(sliders(), 'wobble' as SliderPath, 1)).toThrow('Unknown slider "wobble".');
  });
});
