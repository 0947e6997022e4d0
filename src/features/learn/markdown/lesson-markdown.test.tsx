import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LessonMarkdown } from './lesson-markdown';
import { WIDGET_NAMES } from '../widgets/widget-names';

const fence = (info: string, body = '') => ['```' + info, body, '```'].join('\n');

describe('LessonMarkdown', () => {
  it('shows an alert for an unknown widget, lists the available ones, and still renders the rest', () => {
    const source = [
      '# Intro',
      '',
      'Before the widget.',
      '',
      fence('widget no-such-widget'),
      '',
      'After the widget.',
    ].join('\n');
    render(<LessonMarkdown source={source} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Unknown widget “no-such-widget”');
    for (const name of WIDGET_NAMES) expect(alert).toHaveTextContent(name);

    // A `#` heading in a body becomes an h2 (the page owns the h1).
    expect(screen.getByRole('heading', { level: 2, name: 'Intro' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByText('Before the widget.')).toBeInTheDocument();
    expect(screen.getByText('After the widget.')).toBeInTheDocument();
  });

  it('shows an alert when a widget fence has invalid JSON params', () => {
    render(
      <LessonMarkdown
        source={['Text.', '', fence('widget convention-agreement', '{"share": 0.7')].join('\n')}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The “convention-agreement” widget can’t start');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(screen.getByText('Text.')).toBeInTheDocument();
  });

  it('refuses params that are JSON but not an object', () => {
    render(<LessonMarkdown source={fence('widget convention-agreement', '[0.7]')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('must be a JSON object');
  });

  it('renders a valid convention-agreement widget with its params', async () => {
    render(<LessonMarkdown source={fence('widget convention-agreement', '{"share": 0.7}')} />);
    // The widget is a lazily imported chunk: allow for a slow first import.
    const widget = await screen.findByRole(
      'region',
      { name: 'Labeling conventions and human-level performance' },
      { timeout: 5000 },
    );
    expect(within(widget).getByText('58.0 %')).toBeInTheDocument();
    expect(within(widget).getByText('70.0 %')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renders inline math with KaTeX', () => {
    const { container } = render(<LessonMarkdown source="The area is $x^2$ here." />);
    const katex = container.querySelector('.katex');
    expect(katex).not.toBeNull();
    expect(container.textContent).not.toContain('$x^2$');
  });

  it('renders a GFM table', () => {
    const source = [
      '| Drift | Moves |',
      '| ----- | ----- |',
      '| data | P(x) |',
      '| concept | P(y given x) |',
    ].join('\n');
    render(<LessonMarkdown source={source} />);
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Drift' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: 'concept' })).toBeInTheDocument();
  });

  it('does not render raw HTML from the lesson', () => {
    const { container } = render(<LessonMarkdown source={'Hello <img src="x" onerror="alert(1)"> world'} />);
    expect(container.querySelector('img')).toBeNull();
  });
});
