import { describe, expect, it } from 'vitest';
import { checkCsvSize, formatMegabytes, MAX_CSV_BYTES } from './csv-format';

describe('checkCsvSize', () => {
  it('accepts exactly 50 MB and rejects one byte more', () => {
    expect(MAX_CSV_BYTES).toBe(52_428_800);
    expect(checkCsvSize(MAX_CSV_BYTES)).toBeNull();
    expect(checkCsvSize(MAX_CSV_BYTES + 1)?.code).toBe('too-large');
  });

  it('names the size rounded up, so a rejected file never reads as the limit itself', () => {
    expect(formatMegabytes(MAX_CSV_BYTES + 1)).toBe('50.1 MB');
    expect(formatMegabytes(63.24 * 1024 * 1024)).toBe('63.3 MB');
    expect(checkCsvSize(80 * 1024 * 1024)?.message).toMatch(/^The file is 80 MB; the limit is 50 MB\. /);
  });
});
