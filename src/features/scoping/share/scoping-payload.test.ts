import { describe, expect, it } from 'vitest';
import { emptyScopingSection } from '@/features/workbook';
import { encodeShare } from '@/lib/share/share-link';
import { MAX_SHARE_URL_LENGTH, makeShareUrl, readShareFragment, scopingPayload } from './scoping-payload';

const templates = import.meta.glob<{ projectName: string; scoping: unknown }>('/content/templates/*.json', {
  eager: true,
  import: 'default',
});

describe('scoping share links', () => {
  it('round-trips a canvas through the URL fragment', async () => {
    const scoping = { ...emptyScopingSection(), notes: 'hello' };
    const url = await makeShareUrl('http://127.0.0.1:4173', 'Voice search', scoping);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4173\/scoping\/shared#v1\./);
    expect(await readShareFragment(new URL(url).hash)).toEqual({ ok: true, name: 'Voice search', scoping });
  });

  it('keeps every shipped filled template under 8 KB', async () => {
    const filled = Object.entries(templates).filter(([path]) => !path.endsWith('/blank.json'));
    expect(filled.length).toBeGreaterThanOrEqual(3);
    for (const [path, t] of filled) {
      const url = await makeShareUrl('https://example.org', t.projectName, t.scoping as never);
      expect(url.length, path).toBeLessThan(MAX_SHARE_URL_LENGTH);
    }
  });

  it('refuses an empty fragment, a payload of the wrong shape, and a newer version', async () => {
    expect(await readShareFragment('#')).toEqual({ ok: false, error: expect.stringMatching(/empty/) });
    const wrong = await encodeShare({
      format: 'lifecycle-lab/scoping',
      version: 3,
      name: 'X',
      scoping: { notes: 1 },
    });
    expect(await readShareFragment(wrong)).toEqual({
      ok: false,
      error: expect.stringMatching(/^The link does not hold a valid scoping canvas \(scoping\.notes: /),
    });
    const newer = await encodeShare({ ...scopingPayload('X', emptyScopingSection()), version: 9 });
    expect(await readShareFragment(newer)).toEqual({
      ok: false,
      error: expect.stringMatching(/newer Lifecycle Lab \(version 9\)/),
    });
  });
});
