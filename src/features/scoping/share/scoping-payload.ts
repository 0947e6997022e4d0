import { z } from 'zod';
import { describeZodError, scopingSectionSchema, type ScopingSection } from '@/features/workbook';
import { decodeShare, encodeShare } from '@/lib/share/share-link';

/**
 * What a scoping JSON export and a scoping share link carry: the project's name and its scoping section,
 * tagged with the workbook version whose schema it follows. A link is only ever imported as a new project.
 */
export const SCOPING_FORMAT = 'lifecycle-lab/scoping';
export const SCOPING_SCHEMA_VERSION = 6;
/** Links longer than this may be cut by chat apps and some browsers; the UI suggests a JSON export instead. */
export const MAX_SHARE_URL_LENGTH = 8000;
export const SHARE_PATH = '/scoping/shared';

const payloadSchema = z.object({
  format: z.literal(SCOPING_FORMAT),
  version: z.number().int(),
  name: z.string().trim().min(1).max(200),
  scoping: scopingSectionSchema,
});

export interface ScopingPayload {
  format: typeof SCOPING_FORMAT;
  version: number;
  name: string;
  scoping: ScopingSection;
}

export function scopingPayload(name: string, scoping: ScopingSection): ScopingPayload {
  return { format: SCOPING_FORMAT, version: SCOPING_SCHEMA_VERSION, name, scoping };
}

export type ReadResult = { ok: true; name: string; scoping: ScopingSection } | { ok: false; error: string };

export function validatePayload(value: unknown): ReadResult {
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SCOPING_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `This link was made by a newer Lifecycle Lab (version ${version}); this app reads up to version ${SCOPING_SCHEMA_VERSION}.`,
    };
  }
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success)
    return {
      ok: false,
      error: `The link does not hold a valid scoping canvas (${describeZodError(parsed.error)}).`,
    };
  return { ok: true, name: parsed.data.name, scoping: parsed.data.scoping };
}

export async function makeShareUrl(origin: string, name: string, scoping: ScopingSection): Promise<string> {
  return `${origin}${SHARE_PATH}#${await encodeShare(scopingPayload(name, scoping))}`;
}

export async function readShareFragment(hash: string): Promise<ReadResult> {
  if (!hash.replace(/^#/, ''))
    return { ok: false, error: 'The link is empty: it carries no canvas after the “#”.' };
  const decoded = await decodeShare(hash);
  return decoded.ok ? validatePayload(decoded.value) : decoded;
}
