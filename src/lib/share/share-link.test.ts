import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, fromBase64Url, toBase64Url } from './share-link';

describe('share links', () => {
  const payload = {
    name: 'Voice search — “ünïcödé”',
    n: [1, 2, 3],
    nested: { ok: true, text: 'x'.repeat(2000) },
  };

  it('round-trips a payload and compresses repetitive text', async () => {
    const link = await encodeShare(payload);
    expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);
    expect(link.length).toBeLessThan(300);
    expect(await decodeShare(link)).toEqual({ ok: true, value: payload });
    expect(await decodeShare('#' + link)).toEqual({ ok: true, value: payload });
  });

  it('refuses a tampered link', async () => {
    const link = await encodeShare(payload);
    const [p, data, sum] = link.split('.') as [string, string, string];
    const flipped = data.slice(0, 10) + (data[10] === 'A' ? 'B' : 'A') + data.slice(11);
    expect(await decodeShare(`${p}.${flipped}.${sum}`)).toEqual({
      ok: false,
      error: expect.stringMatching(/changed or cut short/),
    });
    expect(await decodeShare(`${p}.${data.slice(0, -4)}.${sum}`)).toEqual({
      ok: false,
      error: expect.stringMatching(/changed or cut short/),
    });
  });

  it('refuses malformed links with a message naming the problem', async () => {
    expect(await decodeShare('v1.abc')).toEqual({ ok: false, error: expect.stringMatching(/incomplete/) });
    expect(await decodeShare('v9.abc.def')).toEqual({
      ok: false,
      error: expect.stringMatching(/unknown format/),
    });
    expect(await decodeShare('v1.a$c.def')).toEqual({
      ok: false,
      error: expect.stringMatching(/characters/),
    });
  });

  it('refuses a correctly checked link whose content is not deflate data', async () => {
    const bytes = new TextEncoder().encode('not deflate at all');
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const link = `v1.${toBase64Url(bytes)}.${toBase64Url(digest.subarray(0, 12))}`;
    expect(await decodeShare(link)).toEqual({
      ok: false,
      error: expect.stringMatching(/could not be unpacked/),
    });
  });

  it('base64url round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url('abcde')).toBeNull();
  });
});
