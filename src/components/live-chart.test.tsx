import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LiveChart, niceTicks, strideIndices } from './live-chart';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten and stays inside the range', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0, 100, 5)).toEqual([0, 50, 100]);
    expect(niceTicks(-0.07, 0.93, 6)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(niceTicks(NaN, 1)).toEqual([]);
  });
});

describe('strideIndices', () => {
  it('keeps every point when there are few and always keeps the last one', () => {
    expect(strideIndices(4, 10)).toEqual([0, 1, 2, 3]);
    const picked = strideIndices(1001, 100);
    expect(picked.length).toBeLessThanOrEqual(102);
    expect(picked[0]).toBe(0);
    expect(picked[picked.length - 1]).toBe(1000);
  });
});

describe('LiveChart', () => {
  it('draws one path per series, breaks lines at missing values and lists series and thresholds in the legend', () => {
    const { container } = render(
      <LiveChart
        label="Accuracy over time"
        xs={[0, 1, 2, 3]}
        series={[
          { name: 'Accuracy', color: '#000', values: [0.9, null, 0.8, 0.7] },
          { name: 'Estimate', color: '#f00', values: [0.9, 0.9, 0.9, 0.9], dashed: true },
        ]}
        thresholds={[{ y: 0.75, label: 'Alert below 75 %' }]}
        markers={[{ x: 2, label: 'ADWIN drift' }]}
        yDomain={[0, 1]}
        xLabel="Time (s)"
        yLabel="Accuracy"
      />,
    );
    expect(screen.getByRole('img', { name: 'Accuracy over time' })).toBeInTheDocument();
    const paths = [...container.querySelectorAll('path')].map((p) => p.getAttribute('d') ?? '');
    expect(paths).toHaveLength(2);
    // The null at x = 1 lifts the pen: two "M" commands in the first series, one in the second.
    expect(paths[0]!.match(/M/g)).toHaveLength(2);
    expect(paths[1]!.match(/M/g)).toHaveLength(1);
    expect(screen.getByText('Alert below 75 %')).toBeInTheDocument();
    expect(screen.getByText('Estimate')).toBeInTheDocument();
    expect(container.querySelector('title')?.textContent).toBe('ADWIN drift');
    expect(screen.getByText('Time (s)')).toBeInTheDocument();
  });

  it('maps values to the y domain: the top of the domain is the top of the plot', () => {
    const { container } = render(
      <LiveChart
        label="c"
        xs={[0, 1]}
        series={[{ name: 's', color: '#000', values: [0, 1] }]}
        yDomain={[0, 1]}
        xLabel="x"
        yLabel="y"
        height={200}
      />,
    );
    const d = container.querySelector('path')!.getAttribute('d')!;
    // Margins: top 10, bottom 34 → y = 0 at 166, y = 1 at 10; x from 52 to 468.
    expect(d).toBe('M52.0 166.0L468.0 10.0');
  });
});
