import { describe, expect, it } from 'vitest';
import { createCsvWorkerCore, readBlobChunks, type ChunkReader } from './csv-worker-core';
import { MAX_CSV_BYTES } from './csv-format';
import { parseCsv } from './csv-parse';
import type { CsvWorkerResponse } from './csv-worker-protocol';
import { unpackTable } from './packed-table';
import type { ParseResult } from './csv-format';

/** The ParseResult inside a 'done' message, with its table unpacked. */
function unpacked(message: CsvWorkerResponse | undefined): ParseResult {
  if (message?.type !== 'done') throw new Error(`expected done, got ${message?.type}`);
  const { result } = message;
  return result.ok ? { ...result, table: unpackTable(result.table) } : result;
}

const PENGUINS =
  '\uFEFFid,species,bill_length_mm,island\r\n' +
  '1,Adelie,39.1,Torgersen\r\n2,Adelie,NA,"Biscoe, north"\r\n3,Gentoo,46.5,Biscoe\r\n4,Chinstrap,49.0,Dream\r\n';

async function run(
  text: string | Blob,
  deps: Parameters<typeof createCsvWorkerCore>[0] = {},
): Promise<CsvWorkerResponse[]> {
  const posted: CsvWorkerResponse[] = [];
  const core = createCsvWorkerCore({ yieldToEvents: async () => {}, ...deps });
  const file = typeof text === 'string' ? new Blob([text]) : text;
  await core.handleMessage({ type: 'parse', id: 'p1', file }, (r) => posted.push(r));
  return posted;
}

describe('csv worker core', () => {
  it('posts progress per slice, then the same ParseResult as parseCsv plus schema and statistics', async () => {
    const posted = await run(PENGUINS, { chunkBytes: 16 });
    const bytes = new Blob([PENGUINS]).size;
    const progress = posted.filter((m) => m.type === 'progress');
    expect(progress.filter((m) => m.phase === 'reading').map((m) => m.loadedBytes)).toEqual(
      Array.from({ length: Math.ceil(bytes / 16) }, (_, i) => Math.min(bytes, (i + 1) * 16)),
    );
    expect(progress.at(-1)).toEqual({
      type: 'progress',
      id: 'p1',
      phase: 'profiling',
      loadedBytes: bytes,
      totalBytes: bytes,
      rows: 4,
    });
    const done = posted.at(-1)!;
    if (done.type !== 'done') throw new Error(`expected done, got ${done.type}`);
    expect(unpacked(done)).toEqual(parseCsv(PENGUINS));
    expect(done.result.ok && done.result.hadBom).toBe(true);
    expect(done.profile!.schema.columns.map((c) => [c.name, c.type, c.role])).toEqual([
      ['id', 'numeric', 'id'],
      ['species', 'categorical', 'label'],
      ['bill_length_mm', 'numeric', 'feature'],
      ['island', 'categorical', 'feature'],
    ]);
    expect(done.profile!.profiles[2]).toMatchObject({ missingCount: 1, min: 39.1, max: 49 });
    expect(done.profile!.statistics[2]).toMatchObject({ kind: 'numeric', count: 3, missing: 1 });
    expect(Object.keys(done.profile!.timings)).toEqual(['parseMs', 'inferMs', 'statsMs']);
  });

  it("transfers the packed table's buffers with the done message", async () => {
    const calls: { type: string; transfer?: Transferable[] }[] = [];
    const core = createCsvWorkerCore({ yieldToEvents: async () => {} });
    await core.handleMessage({ type: 'parse', id: 't', file: new Blob(['a,b\n1,2\n']) }, (r, transfer) =>
      calls.push({ type: r.type, transfer }),
    );
    const done = calls.at(-1)!;
    expect(done.type).toBe('done');
    expect(done.transfer).toHaveLength(4); // ends + missing for each of the 2 columns
    expect(done.transfer!.every((b) => b instanceof ArrayBuffer)).toBe(true);
  });

  it('decodes multi-byte characters split across slices', async () => {
    const text = 'name,emoji\nJosé,😀\nZoë,ü\n';
    for (const chunkBytes of [1, 2, 3, 5]) {
      expect(unpacked((await run(text, { chunkBytes })).at(-1))).toEqual(parseCsv(text));
    }
  });

  it('passes parse options and statistics options through', async () => {
    const posted: CsvWorkerResponse[] = [];
    const core = createCsvWorkerCore({ yieldToEvents: async () => {} });
    await core.handleMessage(
      {
        type: 'parse',
        id: 'x',
        file: new Blob(['1,2\n3,4\n']),
        options: { header: 'absent' },
        statistics: { bins: 3 },
      },
      (r) => posted.push(r),
    );
    const done = posted.at(-1)!;
    if (done.type !== 'done' || !done.result.ok) throw new Error('expected a parsed table');
    expect(done.result.table.columns).toEqual(['column 1', 'column 2']);
    const stats = done.profile!.statistics[0]!;
    expect(stats.kind === 'numeric' && stats.summary!.histogram.counts).toEqual([1, 0, 1]);
  });

  it('answers a bad file with done + ok: false and no profile', async () => {
    const posted = await run('a,b\n1,2,3\n');
    expect(posted.at(-1)).toMatchObject({
      type: 'done',
      result: { ok: false, problem: { code: 'ragged-rows' } },
    });
    expect(posted.at(-1)).not.toHaveProperty('profile');
  });

  it('rejects a file over 50 MB from its size, without reading it', async () => {
    let reads = 0;
    const readChunks: ChunkReader = async function* () {
      reads++;
      yield new Uint8Array();
    };
    const huge = { size: MAX_CSV_BYTES + 1 } as Blob;
    const posted = await run(huge, { readChunks });
    expect(reads).toBe(0);
    expect(posted).toEqual([
      {
        type: 'done',
        id: 'p1',
        result: { ok: false, problem: expect.objectContaining({ code: 'too-large' }) },
      },
    ]);
  });

  it('stops reading once the header decides the outcome', async () => {
    let slices = 0;
    const wide = Array.from({ length: 300 }, (_, i) => `c${i}`).join(',') + '\n' + 'x\n'.repeat(100_000);
    const readChunks: ChunkReader = async function* (file, size) {
      for await (const chunk of readBlobChunks(file, size)) {
        slices++;
        yield chunk;
      }
    };
    const posted = await run(wide, { readChunks, chunkBytes: 64 * 1024 });
    expect(posted.at(-1)).toMatchObject({
      type: 'done',
      result: { ok: false, problem: { code: 'too-many-columns' } },
    });
    expect(slices).toBeLessThan(3);
  });

  it('stops after a cancel arrives between slices, and forgets it afterwards', async () => {
    const posted: CsvWorkerResponse[] = [];
    const core = createCsvWorkerCore({ yieldToEvents: async () => {} });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const readChunks: ChunkReader = async function* () {
      yield new TextEncoder().encode('a,b\n1,2\n');
      await gate; // the next slice is "still loading" when the cancel comes in
      yield new TextEncoder().encode('3,4\n');
    };
    const worker = createCsvWorkerCore({ readChunks, yieldToEvents: async () => {} });
    let firstSliceParsed!: () => void;
    const parsedOne = new Promise<void>((resolve) => (firstSliceParsed = resolve));
    const parsing = worker.handleMessage({ type: 'parse', id: 'job', file: new Blob(['ignored']) }, (r) => {
      posted.push(r);
      firstSliceParsed();
    });
    await parsedOne;
    await worker.handleMessage({ type: 'cancel', id: 'job' }, (r) => posted.push(r));
    release();
    await parsing;
    expect(posted.map((m) => m.type)).toEqual(['progress', 'cancelled']);

    // A cancel for a job that is not running is ignored, and does not cancel a later job with that id.
    await core.handleMessage({ type: 'cancel', id: 'later' }, (r) => posted.push(r));
    const later: CsvWorkerResponse[] = [];
    await core.handleMessage({ type: 'parse', id: 'later', file: new Blob(['a\n1\n']) }, (r) =>
      later.push(r),
    );
    expect(later.at(-1)?.type).toBe('done');
  });

  it('cancels during profiling too', async () => {
    const posted: CsvWorkerResponse[] = [];
    // The cancel is handled while the worker yields between profiling steps.
    const core = createCsvWorkerCore({
      yieldToEvents: () => core.handleMessage({ type: 'cancel', id: 'p' }, (r) => posted.push(r)),
    });
    await core.handleMessage({ type: 'parse', id: 'p', file: new Blob(['a,b\n1,2\n']) }, (r) =>
      posted.push(r),
    );
    expect(posted.map((m) => m.type)).toEqual(['progress', 'progress', 'cancelled']);
  });

  it('reports a failing reader as an error message', async () => {
    const readChunks: ChunkReader = async function* () {
      yield new TextEncoder().encode('a,b\n');
      throw new Error('NotReadableError: the file changed on disk');
    };
    const posted = await run('ignored', { readChunks });
    expect(posted.at(-1)).toEqual({
      type: 'error',
      id: 'p1',
      message: 'NotReadableError: the file changed on disk',
    });
  });
});
