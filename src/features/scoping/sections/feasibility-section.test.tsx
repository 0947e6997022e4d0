import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  emptyScopingSection,
  newProject,
  newSolution,
  useWorkbookStore,
  type Project,
} from '@/features/workbook';
import ScopingPage from '../scoping-page';

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

let project: Project;

const feasibility = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.scoping
    .solutions[0]!.feasibility;
const article = () => within(screen.getByRole('article', { name: 'Feasibility of Solution 1' }));
const checks = () => screen.queryByRole('list', { name: 'Things to look at in Feasibility' });

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <ScopingPage />
    </MemoryRouter>,
  );
  return user;
}

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  // recharts' ResponsiveContainer measures its parent with ResizeObserver, which jsdom lacks.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  const base = newProject('Voice search');
  project = {
    ...base,
    sections: { ...base.sections, scoping: { ...emptyScopingSection(), solutions: [newSolution('s1')] } },
  };
  setWorkbook([project], project.id);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

// Each test renders the whole scoping page and types into it: slow on a busy machine.
describe('Feasibility section', { timeout: 20_000 }, () => {
  it('highlights the quadrant of the chosen data type and novelty', async () => {
    const user = renderPage();
    const hlpCell = article().getByText(/^Human-level performance: if people can do the task/);
    expect(hlpCell.tagName).toBe('TD');
    expect(
      article()
        .queryAllByRole('cell')
        .filter((c) => c.getAttribute('aria-current')),
    ).toEqual([]);

    await user.click(article().getByRole('radio', { name: 'Unstructured (images, audio, text)' }));
    expect(feasibility().dataType).toBe('unstructured');
    // Half a choice selects no quadrant yet.
    expect(
      article()
        .queryAllByRole('cell')
        .filter((c) => c.getAttribute('aria-current')),
    ).toEqual([]);

    await user.click(article().getByRole('radio', { name: 'New: nobody has solved it here yet' }));
    expect(feasibility()).toMatchObject({ dataType: 'unstructured', novelty: 'new' });
    const current = article()
      .getAllByRole('cell')
      .filter((c) => c.getAttribute('aria-current') === 'true');
    expect(current).toEqual([hlpCell]);
    expect(hlpCell).toHaveClass('is-selected');
    expect(hlpCell).toHaveTextContent(/^Selected: Human-level performance/);

    await user.click(article().getByRole('radio', { name: 'Structured (tables, records)' }));
    expect(hlpCell).not.toHaveAttribute('aria-current');
    expect(article().getByText(/^Predictive features: is there information/)).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('forecasts the error by quarter from the current error, HLP and the default 30 % pace', async () => {
    const user = renderPage();
    expect(article().getByText(/Enter the current error and the human-level error/)).toBeInTheDocument();
    expect(article().getByRole('slider', { name: /Share of the gap/ })).toHaveAttribute(
      'aria-valuetext',
      '30 %',
    );

    await user.type(article().getByRole('spinbutton', { name: 'Current error' }), '20');
    await user.type(article().getByRole('spinbutton', { name: 'Human-level error' }), '10');

    expect(feasibility().forecast).toMatchObject({
      currentError: 20,
      hlpError: 10,
      gapClosedPerQuarter: 0.3,
    });
    // 10 + 10·0.7^8 = 10.576…
    expect(
      article().getByText(
        'After 8 quarters the expected error is 10.6 % (human level: 10 %). Half the gap is closed by quarter 2.',
      ),
    ).toBeInTheDocument();

    await user.click(article().getByText('Forecast as a table'));
    const details = article().getByText('Forecast as a table').closest('details')!;
    expect(details).toHaveAttribute('open');
    const rows = within(within(details).getByRole('table')).getAllByRole('row');
    const cellsOf = (quarter: string) =>
      rows
        .map((r) =>
          within(r)
            .queryAllByRole('cell')
            .map((c) => c.textContent),
        )
        .find((cells) => cells[0] === quarter);
    expect(rows).toHaveLength(1 + 9);
    expect(cellsOf('0')).toEqual(['0', '20.00']);
    expect(cellsOf('1')).toEqual(['1', '17.00']);
    expect(cellsOf('8')).toEqual(['8', '10.58']);

    const chart = await screen.findByRole('img', { name: /^Forecast:/ });
    expect(chart).toHaveAccessibleName(
      'Forecast: error falls from 20.0 % to 10.6 % over 8 quarters; human-level performance is 10 %.',
    );
  });

  it('asks for a feasibility assessment until one is started', async () => {
    const user = renderPage();
    expect(checks()).toHaveTextContent('Solution 1 has no feasibility assessment yet.');

    await user.click(article().getByRole('radio', { name: 'Structured (tables, records)' }));

    expect(checks()).not.toBeInTheDocument();
    expect(screen.queryByText(/has no feasibility assessment yet/)).not.toBeInTheDocument();
  });
});
