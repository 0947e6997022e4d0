// @vitest-environment node
// Nothing here needs the DOM (Node has CompressionStream and crypto.subtle), so Node is enough and quicker.
import { describe, expect, it } from 'vitest';
import { encodeShare } from '@/lib/share/share-link';
import type { Sliders } from '@/lib/sim/types';
import { SCENARIOS } from './scenarios';
import { decodeSimLink, encodeSimLink, SIM_LINK_FORMAT } from './sim-link';

function sliders(overrides: Partial<Sliders> = {}): Sliders {
  return {
    meanShift: { temperature: 0, vibration: 1.5, humidity: -0.5 },
    scale: { temperature: 1, vibration: 1.25, humidity: 1 },
    classShare: 0.3,
    rotation: -20,
    boundaryShift: 0.5,
    relabel: 0.1,
    noise: 0.25,
    missing: 0.05,
    eventsPerSec: 120,
    ...overrides,
  };
}

/** Flips one character in the middle of the compressed data of a `sim=v1.<data>.<check>` fragment. */
function tamper(fragment: string): string {
  const [prefix, data, sum] = fragment.split('.') as [string, string, string];
  const i = Math.floor(data.length / 2);
  return `${prefix}.${data.slice(0, i)}${data[i] === 'A' ? 'B' : 'A'}${data.slice(i + 1)}.${sum}`;
}

const NOT_A_SIMULATION = 'The link does not describe a simulation this app can run.';

describe('sim links', () => {
  it('round-trips a shipped scenario, its seed and the sliders', async () => {
    const id = SCENARIOS[0]!.id;
    const fragment = await encodeSimLink(id, 4242, sliders());
    expect(fragment).toMatch(/^sim=v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);
    const expected = {
      ok: true,
      link: { format: SIM_LINK_FORMAT, version: 1, scenario: id, seed: 4242, sliders: sliders() },
    };
    expect(await decodeSimLink(fragment)).toEqual(expected);
    expect(await decodeSimLink(`#${fragment}`)).toEqual(expected);
  });

  it('round-trips the demo (no scenario), a negative seed and the reference class balance', async () => {
    const s = sliders({ classShare: null, meanShift: {}, scale: {} });
    const decoded = await decodeSimLink(await encodeSimLink(null, -7, s));
    expect(decoded).toEqual({
      ok: true,
      link: { format: SIM_LINK_FORMAT, version: 1, scenario: null, seed: -7, sliders: s },
    });
  });

  it('refuses a tampered fragment', async () => {
    const fragment = await encodeSimLink(null, 1, sliders());
    expect(await decodeSimLink(tamper(fragment))).toEqual({
      ok: false,
      error: 'The link has been changed or cut short: its check value does not match its content.',
    });
  });

  it('refuses a fragment without sim=', async () => {
    const fragment = await encodeSimLink(null, 1, sliders());
    for (const hash of ['', '#', fragment.slice(4), `#run=${fragment.slice(4)}`]) {
      expect(await decodeSimLink(hash), hash).toEqual({
        ok: false,
        error: 'This link has no simulation in it.',
      });
    }
  });

  it('refuses an unknown scenario id, naming it', async () => {
    expect(SCENARIOS.some((s) => s.id === 'no-such-story')).toBe(false);
    expect(await decodeSimLink(await encodeSimLink('no-such-story', 1, sliders()))).toEqual({
      ok: false,
      error: 'The link names a scenario this app does not have ("no-such-story").',
    });
  });

  it('refuses an out-of-range slider value', async () => {
    for (const bad of [
      sliders({ noise: 5 }),
      sliders({ meanShift: { vibration: 3.5 } }),
      sliders({ scale: { vibration: 0.1 } }),
      sliders({ eventsPerSec: 0 }),
      sliders({ missing: 0.7 }),
    ]) {
      expect(await decodeSimLink(await encodeSimLink(null, 1, bad))).toEqual({
        ok: false,
        error: NOT_A_SIMULATION,
      });
    }
  });

  it('refuses a valid share link that is not a simulation, or of another version or a fractional seed', async () => {
    const payload = { format: SIM_LINK_FORMAT, version: 1, scenario: null, seed: 1, sliders: sliders() };
    expect((await decodeSimLink(`sim=${await encodeShare(payload)}`)).ok).toBe(true);
    for (const wrong of [
      { projectName: 'Voice search' },
      { ...payload, format: 'lifecycle-lab/scoping' },
      { ...payload, version: 2 },
      { ...payload, seed: 1.5 },
      { ...payload, sliders: { ...sliders(), rotation: undefined } },
    ]) {
      expect(await decodeSimLink(`sim=${await encodeShare(wrong)}`)).toEqual({
        ok: false,
        error: NOT_A_SIMULATION,
      });
    }
  });

  it('passes on the share layer’s message for a malformed fragment', async () => {
    expect(await decodeSimLink('#sim=v1.abc')).toEqual({
      ok: false,
      error: 'The link is incomplete: it does not have the expected three parts.',
    });
  });
});
