import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
const LABEL = 'Retrain the recognizer';

const value = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.scoping
    .solutions[0]!.value;
const article = () => within(screen.getByRole('article', { name: `Value of ${LABEL}` }));
const ladderRows = () =>
  within(
    article().getByRole('table', {
      name: `${LABEL}: metric ladder, from the ML metric (rung 1) up to the business metric`,
    }),
  )
    .getAllByRole('row')
    .slice(1);
/** The "Estimated change" column, rung 1 first. */
const estimatedChanges = () => ladderRows().map((r) => r.querySelector('td.ladder-change')!.textContent);
const estimate = (rung: number) =>
  article().getByRole('spinbutton', { name: `${LABEL}: rung ${rung} moves per unit of rung ${rung - 1}` });
const valueChecks = () => screen.queryByRole('list', { name: 'Things to look at in Value' });

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
  const base = newProject('Voice search');
  project = {
    ...base,
    sections: {
      ...base.sections,
      scoping: { ...emptyScopingSection(), solutions: [newSolution('s1', LABEL)] },
    },
  };
  setWorkbook([project], project.id);
});

// Each test renders the whole scoping page and types into it: slow on a busy machine.
describe('Value section: the metric ladder', { timeout: 20_000 }, () => {
  it('starts a ladder of four rungs from the ML metric up to the business metric', async () => {
    const user = renderPage();
    expect(article().getByText(`No ladder yet for ${LABEL}.`)).toBeInTheDocument();
    expect(valueChecks()).not.toBeInTheDocument();

    await user.click(article().getByRole('button', { name: `Start a ladder for ${LABEL}` }));

    expect(value().rungs.map((r) => [r.name, r.unit, r.perUnitBelow])).toEqual([
      ['ML metric (e.g. word accuracy)', 'points', null],
      ['Product metric (e.g. query accuracy)', 'points', null],
      ['User behaviour (e.g. engagement)', '%', null],
      ['Business metric (e.g. revenue)', '%', null],
    ]);
    expect(new Set(value().rungs.map((r) => r.id)).size).toBe(4);
    expect(ladderRows()).toHaveLength(4);
    expect(article().getByRole('textbox', { name: `${LABEL}: rung 4 metric` })).toHaveValue(
      'Business metric (e.g. revenue)',
    );
    expect(estimatedChanges()).toEqual([
      '+1 points',
      'needs an estimate',
      'needs an estimate',
      'needs an estimate',
    ]);
    expect(valueChecks()).toHaveTextContent(
      `The metric ladder of “${LABEL}” has a rung without an estimate.`,
    );
  });

  it('propagates the Fermi estimates up the ladder', async () => {
    const user = renderPage();
    await user.click(article().getByRole('button', { name: `Start a ladder for ${LABEL}` }));

    await user.type(estimate(2), '0.75');
    await user.type(estimate(4), '0.4');
    // Rung 3 has no estimate yet: the chain breaks there.
    expect(value().rungs.map((r) => r.perUnitBelow)).toEqual([null, 0.75, null, 0.4]);
    expect(estimatedChanges()).toEqual([
      '+1 points',
      '+0.75 points',
      'needs an estimate',
      'needs an estimate',
    ]);
    expect(article().getByText(/^Fill in every estimate/)).toBeInTheDocument();
    expect(valueChecks()).toBeInTheDocument();

    await user.type(estimate(3), '0.5');

    expect(value().rungs.map((r) => r.perUnitBelow)).toEqual([null, 0.75, 0.5, 0.4]);
    // 1 · 0.75 · 0.5 · 0.4 = 0.15
    expect(estimatedChanges()).toEqual(['+1 points', '+0.75 points', '+0.375 %', '+0.15 %']);
    expect(within(ladderRows()[3]!).getByText('+0.15 %')).toBeInTheDocument();
    expect(
      article().getByText(
        'A change of +1 points in “ML metric (e.g. word accuracy)” moves “Business metric (e.g. revenue)” by about +0.15 %.',
      ),
    ).toBeInTheDocument();
    expect(valueChecks()).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Value' })).toHaveTextContent('3 of 3 filled');
  });

  it('scales every rung with the change at the bottom rung', async () => {
    const user = renderPage();
    await user.click(article().getByRole('button', { name: `Start a ladder for ${LABEL}` }));
    await user.type(estimate(2), '0.75');
    await user.type(estimate(3), '0.5');
    await user.type(estimate(4), '0.4');

    const bottom = article().getByRole('spinbutton', { name: `${LABEL}: change at the bottom rung` });
    await user.clear(bottom);
    await user.type(bottom, '2');
    expect(value().bottomChange).toBe(2);
    expect(estimatedChanges()).toEqual(['+2 points', '+1.5 points', '+0.75 %', '+0.3 %']);

    // A minus sign typed in front of the number makes the change negative.
    await user.type(bottom, '-', { initialSelectionStart: 0, initialSelectionEnd: 0 });
    expect(value().bottomChange).toBe(-2);
    expect(estimatedChanges()).toEqual(['-2 points', '-1.5 points', '-0.75 %', '-0.3 %']);
    expect(article().getByText(/^A change of -2 points in .* by about -0\.3 %\.$/)).toBeInTheDocument();
  });

  it('removes a rung', async () => {
    const user = renderPage();
    await user.click(article().getByRole('button', { name: `Start a ladder for ${LABEL}` }));
    const ids = value().rungs.map((r) => r.id);

    await user.click(article().getByRole('button', { name: `Remove rung 2 of ${LABEL}` }));

    expect(value().rungs.map((r) => r.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect(ladderRows()).toHaveLength(3);
  });
});
