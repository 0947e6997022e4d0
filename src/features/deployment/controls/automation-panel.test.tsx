import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AutomationConfig } from '@/lib/sim/automation';
import type { SimSnapshot } from '@/lib/sim/simulator';
import { AutomationPanel, nearestRow } from './automation-panel';

const CONFIG: AutomationConfig = {
  mode: 'partial',
  threshold: 0.72,
  humanAccuracy: 0.97,
  costPerCase: 2,
  delaySeconds: 30,
};

const AUTOMATION: SimSnapshot['automation'] = {
  automationRate: 0.8,
  accuracy: 0.945,
  costPerEvent: 0.4,
  meanDelaySeconds: 6,
  events: 300,
  mode: 'partial',
  threshold: 0.72,
  tradeoff: [
    { threshold: 0.5, automationRate: 1, accuracy: 0.9, costPerEvent: 0 },
    { threshold: 0.7, automationRate: 0.8, accuracy: 0.945, costPerEvent: 0.4 },
    { threshold: 0.9, automationRate: 0.4, accuracy: 0.96, costPerEvent: 1.2 },
    { threshold: 1.01, automationRate: 0, accuracy: 0.97, costPerEvent: 2 },
  ],
};

const SERIES = { t: [1, 2, 3], automationRate: [0.7, 0.75, 0.8], systemAccuracy: [0.93, 0.94, 0.945] };

function setup(config = CONFIG) {
  const onChange = vi.fn();
  render(
    <AutomationPanel
      automation={AUTOMATION}
      config={config}
      series={SERIES}
      hlpSource="from your label-consistency study"
      onChange={onChange}
    />,
  );
  return onChange;
}

describe('AutomationPanel', () => {
  it('orders the modes from human only to full automation and reports a new mode', () => {
    const onChange = setup();
    const group = screen.getByRole('group', { name: 'Degree of automation' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['human-only', 'shadow', 'ai-assistance', 'partial', 'full']);
    expect(within(group).getByRole('radio', { name: 'Partial automation' })).toBeChecked();
    fireEvent.click(within(group).getByRole('radio', { name: 'AI assistance' }));
    expect(onChange).toHaveBeenCalledWith({ ...CONFIG, mode: 'ai-assistance' });
    expect(screen.getByText(/suggestion in front of them/)).toBeInTheDocument();
  });

  it('marks the trade-off row nearest the current threshold', () => {
    setup();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('aria-current'))).toEqual([null, 'true', null, null]);
    expect(rows[1]).toHaveTextContent('70 % (current)');
    expect(rows[1]).toHaveTextContent('80.0 %');
    expect(rows[3]).toHaveTextContent('above 100 % (none automated)');
    expect(nearestRow(AUTOMATION.tradeoff, 0.93)).toBe(2);
    expect(nearestRow(AUTOMATION.tradeoff, 1)).toBe(3);
    expect(nearestRow([], 0.5)).toBe(-1);
  });

  it('shows the summary, the chart and the human-level source', () => {
    setup();
    expect(
      screen.getByText('Accuracy of the final decisions', { selector: 'dt' }).nextSibling,
    ).toHaveTextContent('94.5 %');
    expect(screen.getByText('Cost per event', { selector: 'dt' }).nextSibling).toHaveTextContent('0.40');
    expect(screen.getByText('Mean delay', { selector: 'dt' }).nextSibling).toHaveTextContent('6.0 s');
    expect(
      screen.getByRole('img', { name: /latest 80\.0 % automated, 94\.5 % accurate/ }),
    ).toBeInTheDocument();
    const human = screen.getByRole('spinbutton', { name: 'Human accuracy' });
    expect(human).toHaveValue(97);
    expect(human).toHaveAccessibleDescription('Human-level performance (from your label-consistency study).');
  });

  it('changes the threshold and the human accuracy', () => {
    const onChange = setup();
    fireEvent.change(screen.getByRole('slider', { name: /Confidence threshold/ }), {
      target: { value: '0.85' },
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...CONFIG, threshold: 0.85 });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Human accuracy' }), { target: { value: '92' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...CONFIG, humanAccuracy: 0.92 });
  });

  it('disables the threshold outside partial automation, saying why', () => {
    setup({ ...CONFIG, mode: 'full' });
    const slider = screen.getByRole('slider', { name: /Confidence threshold/ });
    expect(slider).toBeDisabled();
    expect(screen.getByText('Only partial automation uses the confidence threshold.')).toBeInTheDocument();
  });
});
