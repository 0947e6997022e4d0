/**
 * Share links without a server: a JSON payload, deflate-compressed (the standard CompressionStream,
 * 'deflate-raw'), base64url-encoded, followed by a check value, all in the URL fragment — which browsers never
 * send to a server. Format:
 *
 *   v1.<base64url(deflate-raw(utf8(JSON)))>.<base64url(first 12 bytes of SHA-256 of the compressed bytes)>
 *
 * The check value catches links that were cut short or edited by hand. It is an integrity check, not a
 * signature: anyone can make a valid link, so the receiver must still validate what it decodes.
 */
export const SHARE_PREFIX = 'v1';
const CHECK_BYTES = 12;

export type DecodeResult = { ok: true; value: unknown } | { ok: false; error: string };

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Pushes bytes through a (de)compression stream and collects the output. */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Not awaited: the writes complete only as the output is read below. Failures surface from read().
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

async function check(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return toBase64Url(digest.subarray(0, CHECK_BYTES));
}

export async function encodeShare(payload: unknown): Promise<string> {
  const compressed = await pipe(
    new TextEncoder().encode(JSON.stringify(payload)),
    new CompressionStream('deflate-raw'),
  );
  return `${SHARE_PREFIX}.${toBase64Url(compressed)}.${await check(compressed)}`;
}

export async function decodeShare(fragment: string): Promise<DecodeResult> {
  const parts = fragment.replace(/^#/, '').split('.');
  if (parts.length !== 3 || !parts[1] || !parts[2]) {
    return { ok: false, error: 'The link is incomplete: it does not have the expected three parts.' };
  }
  const [prefix, data, sum] = parts as [string, string, string];
  if (prefix !== SHARE_PREFIX)
    return { ok: false, error: `The link uses an unknown format (“${prefix.slice(0, 12)}”).` };
  const compressed = fromBase64Url(data);
  if (!compressed) return { ok: false, error: 'The link contains characters that a share link never has.' };
  if ((await check(compressed)) !== sum) {
    return {
      ok: false,
      error: 'The link has been changed or cut short: its check value does not match its content.',
    };
  }
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(compressed, new DecompressionStream('deflate-raw')),
    );
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, error: 'The link’s content could not be unpacked.' };
  }
}
