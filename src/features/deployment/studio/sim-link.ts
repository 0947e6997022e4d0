// Share links of the studio: what runs (the demo or a scenario), the seed and the slider values, in the URL
// fragment (`#sim=…`, never sent to a server), compressed and checked by src/lib/share. Opening the link
// reproduces the same run: same events, same alerts at the same simulated times.
import { z } from 'zod';
import { decodeShare, encodeShare } from '@/lib/share/share-link';
import type { Sliders } from '@/lib/sim/types';
import { scenarioById } from './scenarios';

export const SIM_LINK_FORMAT = 'lifecycle-lab/deployment-run';

const payloadSchema = z.object({
  format: z.literal(SIM_LINK_FORMAT),
  version: z.literal(1),
  /** null: the production-line demo. */
  scenario: z.string().max(60).nullable(),
  seed: z.number().int().safe(),
  sliders: z.object({
    meanShift: z.record(z.string().max(100), z.number().min(-3).max(3)),
    scale: z.record(z.string().max(100), z.number().min(0.25).max(3)),
    classShare: z.number().min(0.02).max(0.98).nullable(),
    rotation: z.number().min(-90).max(90),
    boundaryShift: z.number().min(-2).max(2),
    relabel: z.number().min(0).max(1),
    noise: z.number().min(0).max(2),
    missing: z.number().min(0).max(0.6),
    eventsPerSec: z.number().min(1).max(2000),
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
