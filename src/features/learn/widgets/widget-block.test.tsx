import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { WidgetBlock } from './widget-block';
import type { WidgetProps } from './widget-registry';

// Stand-in widgets: one echoes its params, one crashes while rendering.
vi.mock('./widget-registry', () => ({
  WIDGETS: {
    'convention-agreement': ({ params }: WidgetProps) => <p>params: {JSON.stringify(params)}</p>,
    'drift-kinds': () => {
      throw new Error('the plot exploded');
    },
  },
}));

describe('WidgetBlock', () => {
  it('names a missing widget name as "(no name)"', () => {
    render(<WidgetBlock />);
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown widget “(no name)”');
  });

  it('passes parsed params to the widget, and {} for an empty body', () => {
    const { rerender } = render(<WidgetBlock widget="convention-agreement" params={'{"share": 0.8}'} />);
    expect(screen.getByText('params: {"share":0.8}')).toBeInTheDocument();
    rerender(<WidgetBlock widget="convention-agreement" params="  " />);
    expect(screen.getByText('params: {}')).toBeInTheDocument();
  });

  it('contains a widget that throws in a visible alert', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <WidgetBlock widget="drift-kinds" />
        <p>Lesson text after the widget</p>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The “drift-kinds” widget failed');
    expect(alert).toHaveTextContent('the plot exploded');
    expect(screen.getByText('Lesson text after the widget')).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
