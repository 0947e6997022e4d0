import { describe, expect, it } from 'vitest';
import { dateBuckets, dateGranularity } from './date-buckets';

const t = (iso: string) => Date.parse(iso);

describe('dateBuckets', () => {
  it('counts per day under a 60-day span, filling empty days', () => {
    const times = [t('2024-02-28'), t('2024-03-01T23:59'), t('2024-03-01'), t('2024-02-28T12:00')];
    expect(dateBuckets(times, 4, t('2024-02-28'), t('2024-03-01T23:59'))).toEqual({
      granularity: 'day',
      buckets: [
        { period: '2024-02-28', count: 2 },
        { period: '2024-02-29', count: 0 },
        { period: '2024-03-01', count: 2 },
      ],
    });
  });

  it('counts per month from 60 days on, across a year boundary', () => {
    const times = [t('2023-11-30'), t('2024-01-31'), t('2024-01-01'), t('2023-11-01')];
    expect(dateBuckets(times, 4, t('2023-11-01'), t('2024-01-31'))).toEqual({
      granularity: 'month',
      buckets: [
        { period: '2023-11', count: 2 },
        { period: '2023-12', count: 0 },
        { period: '2024-01', count: 2 },
      ],
    });
  });

  it('switches to years beyond 50 years and handles an empty sample', () => {
    expect(dateGranularity(t('1900-12-31'), t('1951-01-01'))).toBe('year'); // 51 calendar years
    expect(dateGranularity(t('1900-01-01'), t('1950-12-31'))).toBe('month'); // 50
    expect(dateGranularity(t('2024-01-01'), t('2024-02-29T23:59'))).toBe('day'); // 59.99 days
    expect(dateGranularity(t('2024-01-01'), t('2024-03-01'))).toBe('month'); // exactly 60 days
    expect(
      dateBuckets([t('1900-06-01'), t('1902-01-01')], 2, t('1900-06-01'), t('1960-01-01')).buckets.slice(
        0,
        3,
      ),
    ).toEqual([
      { period: '1900', count: 1 },
      { period: '1901', count: 0 },
      { period: '1902', count: 1 },
    ]);
    expect(dateBuckets([], 0, 0, 0)).toEqual({ granularity: 'day', buckets: [] });
  });
});
