// Share links of the studio: what runs (the demo or a scenario), the seed and the slider values, in the URL
// fragment (`#sim=…`, never sent to a server), compressed and checked by src/lib/share. Opening the link
// reproduces the same run: same events, same alerts at the same simulated times.
import { z } from 'zod';
import { decodeShare, encodeShare } from '@/lib/share/share-link';
import { SLIDER_RANGES, type Sliders } from '@/lib/sim/types';
import { scenarioById } from './scenarios';

export const SIM_LINK_FORMAT = 'lifecycle-lab/deployment-run';

/** A slider value within the range the slider panel and the scenario validator use. */
const inRange = (slider: keyof typeof SLIDER_RANGES) =>
  z.number().min(SLIDER_RANGES[slider].min).max(SLIDER_RANGES[slider].max);

const payloadSchema = z.object({
  format: z.literal(SIM_LINK_FORMAT),
  version: z.literal(1),
  /** null: the production-line demo. */
  scenario: z.string().max(60).nullable(),
  seed: z.number().int().safe(),
  sliders: z.object({
    meanShift: z.record(z.string().max(100), inRange('meanShift')),
    scale: z.record(z.string().max(100), inRange('scale')),
    classShare: inRange('classShare').nullable(),
    rotation: inRange('rotation'),
    boundaryShift: inRange('boundaryShift'),
    relabel: inRange('relabel'),
    noise: inRange('noise'),
    missing: inRange('missing'),
    eventsPerSec: inRange('eventsPerSec'),
  }),
});

export type SimLink = z.infer<typeof payloadSchema>;

export async function encodeSimLink(
  scenario: string | null,
  seed: number,
  sliders: Sliders,
): Promise<string> {
  const payload: SimLink = { format: SIM_LINK_FORMAT, version: 1, scenario, seed, sliders };
  return `sim=${await encodeShare(payload)}`;
}

/** The run a `#sim=…` fragment describes, or a sentence saying what is wrong with it. */
export async function decodeSimLink(
  hash: string,
): Promise<{ ok: true; link: SimLink } | { ok: false; error: string }> {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith('sim=')) return { ok: false, error: 'This link has no simulation in it.' };
  const decoded = await decodeShare(fragment.slice(4));
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const parsed = payloadSchema.safeParse(decoded.value);
  if (!parsed.success)
    return { ok: false, error: 'The link does not describe a simulation this app can run.' };
  if (parsed.data.scenario !== null && !scenarioById(parsed.data.scenario)) {
    return {
      ok: false,
      error: `The link names a scenario this app does not have ("${parsed.data.scenario}").`,
    };
  }
  return { ok: true, link: parsed.data };
}
