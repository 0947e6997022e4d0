import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OutputMonitor } from './output-monitor';
import { testSnapshot } from './test-snapshot';

describe('OutputMonitor', () => {
  it('compares predicted class shares now with the reference and charts them with the mean confidence', () => {
    const snap = testSnapshot();
    render(<OutputMonitor output={snap.output} series={snap.series} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Output metrics' })).toBeInTheDocument();
    const defect = within(screen.getByRole('rowheader', { name: 'defect' }).closest('tr')!).getAllByRole(
      'cell',
    );
    expect(defect.map((c) => c.textContent)).toEqual(['55.0 %', '30.0 %', '+25.0 pp']);
    const ok = within(screen.getByRole('rowheader', { name: 'ok' }).closest('tr')!).getAllByRole('cell');
    expect(ok.map((c) => c.textContent)).toEqual(['45.0 %', '70.0 %', '−25.0 pp']);
    expect(screen.getByText('87.0 %')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Mean confidence and predicted class shares over time: latest mean confidence 87.0 %, "ok" 45.0 %, "defect" 55.0 %',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Predicted "defect"')).toBeInTheDocument();
    expect(screen.getByText('Mean confidence')).toBeInTheDocument();
  });
});
