import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '@/lib/sim/types';
import { detectionMarkers } from './detectors-panel';
import { PerformanceMonitor } from './performance-monitor';
import { testSnapshot } from './test-snapshot';

function figure(term: string): HTMLElement {
  return screen.getByText(term, { selector: 'dt' }).parentElement!;
}

describe('PerformanceMonitor', () => {
  it('shows windowed accuracy, F1, labels and the label-free estimate, and charts them with markers', () => {
    const snap = testSnapshot();
    const { container } = render(
      <PerformanceMonitor
        performance={snap.performance}
        series={snap.series}
        thresholds={DEFAULT_THRESHOLDS}
        markers={detectionMarkers(snap.detectors)}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Model performance' })).toBeInTheDocument();
    expect(within(figure('Accuracy (window)')).getByRole('definition')).toHaveTextContent(
      '71.0 %below threshold',
    );
    expect(within(figure('F1')).getByRole('definition')).toHaveTextContent('60.0 %');
    expect(within(figure('Labels in window')).getByRole('definition')).toHaveTextContent('300');
    expect(within(figure('Estimated without labels')).getByRole('definition')).toHaveTextContent('86.0 %');
    expect(screen.getByRole('status')).toHaveTextContent(
      '15.0 percentage points above the measured accuracy',
    );

    expect(
      screen.getByRole('img', {
        name: 'Accuracy over time: latest accuracy 71.0 %, estimated without labels 86.0 %; 3 detector markers',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Estimated without labels (CBPE)')).toBeInTheDocument();
    expect(screen.getByText('Accuracy alert below 80.0 %')).toBeInTheDocument();
    // No candidate in the fixture: no candidate line.
    expect(screen.queryByText('Candidate accuracy')).not.toBeInTheDocument();
    const titles = [...container.querySelectorAll('line title')].map((t) => t.textContent);
    expect(titles).toEqual([
      'ADWIN detection at t = 22.4 s',
      'ADWIN detection at t = 26.1 s',
      'DDM detection at t = 24.8 s',
    ]);
    // The estimate is dashed, accuracy solid.
    const paths = [...container.querySelectorAll('svg path')];
    expect(paths[0]).not.toHaveAttribute('stroke-dasharray');
    expect(paths[1]).toHaveAttribute('stroke-dasharray');

    const details = screen.getByText('Why the estimate misses concept drift').closest('details')!;
    expect(details).toHaveTextContent(/only true labels reveal concept drift/);
  });

  it('draws the candidate accuracy when a shadow or canary candidate has labels, and opens the explanation', async () => {
    const snap = testSnapshot();
    const series = { ...snap.series, candidateAccuracy: snap.series.accuracy!.map((a) => a + 0.05) };
    render(
      <PerformanceMonitor
        performance={{ ...snap.performance, accuracy: 0.9, estimated: 0.9 }}
        series={series}
        thresholds={DEFAULT_THRESHOLDS}
        markers={[]}
      />,
    );
    expect(screen.getByText('Candidate accuracy')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /candidate 76\.0 %; 0 detector markers$/ })).toBeInTheDocument();
    expect(screen.queryByText('below threshold')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    const summary = screen.getByText('Why the estimate misses concept drift');
    await userEvent.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
  });
});
