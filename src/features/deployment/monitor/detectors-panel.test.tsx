import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetectorsPanel, lastDetections } from './detectors-panel';
import { testSnapshot } from './test-snapshot';

describe('DetectorsPanel', () => {
  it('lists each detector with what it watches, its detections, the last times and DDM’s warning', () => {
    const snap = testSnapshot();
    const { container } = render(<DetectorsPanel detectors={snap.detectors} series={snap.series} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Drift detectors' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('monitor-detector'));
    expect(items).toHaveLength(3);
    const [adwin, ddm, ph] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(adwin).toHaveTextContent('ADWIN 2 detections');
    expect(adwin).toHaveTextContent('error stream');
    expect(adwin).toHaveTextContent('Last: t = 26.1 s, t = 22.4 s');
    expect(ddm).toHaveTextContent('1 detection');
    expect(ddm).toHaveTextContent('warning: error rate rising');
    expect(ddm).toHaveTextContent('Last: t = 24.8 s');
    expect(ph).toHaveTextContent('Page-Hinkley (vibration) 4 detections');
    expect(ph).toHaveTextContent('Watches the values of vibration');
    expect(ph).toHaveTextContent('Last: t = 21.9 s, t = 20.6 s, t = 12.5 s (newest 3 shown)');
    expect(screen.getByText('29.0 %')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Windowed error rate over time: latest 29.0 %; 2 ADWIN and 1 DDM detections marked',
      }),
    ).toBeInTheDocument();
    expect(container.querySelectorAll('line.live-chart-marker')).toHaveLength(3);
  });

  it('says when DDM is calm and a detector has not fired', () => {
    const snap = testSnapshot();
    const detectors = { ...snap.detectors, ddm: { warning: false, detections: [] } };
    render(<DetectorsPanel detectors={detectors} series={snap.series} />);
    expect(screen.getByText('no warning')).toBeInTheDocument();
    expect(screen.getByText('0 detections')).toBeInTheDocument();
    expect(lastDetections([])).toBe('none yet');
  });
});
