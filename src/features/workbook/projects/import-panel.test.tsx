import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkbook, newProject, type Project } from '../schema/workbook-schema';
import { projectToFile } from '../transfer/file-formats';
import { useWorkbookStore } from '../store/workbook-store';
import { ImportPanel } from './import-panel';

const mine = newProject('Churn', new Date('2026-01-01T00:00:00Z'), 'p-churn');
const other = newProject('Voice search', new Date('2026-01-02T00:00:00Z'), 'p-voice');

const jsonFile = (text: string, name = 'import.json') => new File([text], name, { type: 'application/json' });
const projectFile = (project: Project, name?: string) =>
  jsonFile(JSON.stringify(projectToFile(project), null, 2), name);

async function upload(file: File) {
  const user = userEvent.setup();
  render(<ImportPanel />);
  await user.upload(screen.getByLabelText('Choose a file to import'), file);
  return user;
}

const workbook = () => useWorkbookStore.getState().workbook;

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  useWorkbookStore.setState({
    workbook: {
      ...emptyWorkbook(),
      projects: [structuredClone(mine), structuredClone(other)],
      activeProjectId: mine.id,
    },
  });
});

describe('ImportPanel: refused files change nothing', () => {
  it('reports corrupt JSON', async () => {
    const before = structuredClone(workbook());
    await upload(jsonFile('{"format": lifecycle-lab}', 'broken.json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“broken.json” was not imported.');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(alert).toHaveTextContent('Your workbook is unchanged');
    expect(workbook()).toEqual(before);
  });

  it('reports a file cut off in the middle of a value as truncated', async () => {
    const before = structuredClone(workbook());
    const text = JSON.stringify(projectToFile(newProject('New one', new Date(), 'p-new')), null, 2);
    await upload(jsonFile(text.slice(0, text.indexOf('New one') + 3)));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('truncated');
    expect(alert).toHaveTextContent('Your workbook is unchanged');
    expect(workbook()).toEqual(before);
  });

  it('reports a file cut off at the end of a line as truncated', async () => {
    const text = JSON.stringify(projectToFile(newProject('New one', new Date(), 'p-new')), null, 2);
    const lines = text.split('\n');
    await upload(jsonFile(lines.slice(0, 4).join('\n') + '\n'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('truncated');
    expect(alert).not.toHaveTextContent('not valid JSON');
  });

  it('refuses a file over 5 MB before reading it', async () => {
    const before = structuredClone(workbook());
    await upload(jsonFile(' '.repeat(5 * 1024 * 1024 + 1), 'huge.json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“huge.json” was not imported.');
    expect(alert).toHaveTextContent('up to 5 MB');
    expect(alert).toHaveTextContent('Your workbook is unchanged');
    expect(workbook()).toEqual(before);
  });

  it('refuses a JSON file from another app', async () => {
    const before = structuredClone(workbook());
    await upload(jsonFile('{"name": "not ours"}'));
    expect(await screen.findByRole('alert')).toHaveTextContent('no "format" field');
    expect(workbook()).toEqual(before);
  });
});

describe('ImportPanel: new projects', () => {
  it('adds a project whose id is new, without asking', async () => {
    const incoming = newProject('Defect inspection', new Date('2026-02-01T00:00:00Z'), 'p-defect');
    await upload(projectFile(incoming));

    expect(await screen.findByRole('status')).toHaveTextContent('Import finished: 1 project added.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(workbook().projects.map((p) => p.name)).toEqual(['Churn', 'Voice search', 'Defect inspection']);
    expect(workbook().projects[2]).toEqual(incoming);
    expect(workbook().activeProjectId).toBe(mine.id);
  });
});

describe('ImportPanel: a project that already exists', () => {
  const incoming = { ...newProject('Churn v2', new Date('2026-03-01T00:00:00Z'), mine.id) };
  incoming.sections.data.notes = 'From the file';

  async function uploadConflict() {
    const user = await upload(projectFile(incoming, 'churn.json'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Some projects already exist' });
    expect(dialog).toHaveTextContent('“churn.json” holds 1 project that you already have: “Churn v2”');
    return { user, dialog: within(dialog) };
  }

  it('asks first and changes nothing until the user chooses', async () => {
    const before = structuredClone(workbook());
    const { dialog } = await uploadConflict();
    for (const name of ['Import as copies', 'Replace mine', 'Cancel import']) {
      expect(dialog.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(workbook()).toEqual(before);
  });

  it('"Import as copies" adds the file’s project under a new id, marked "(imported)"', async () => {
    const { user, dialog } = await uploadConflict();
    await user.click(dialog.getByRole('button', { name: 'Import as copies' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 imported as copies');
    const projects = workbook().projects;
    expect(projects.map((p) => p.name)).toEqual(['Churn', 'Voice search', 'Churn v2 (imported)']);
    expect(projects[0]).toEqual(mine);
    expect(projects[2]!.id).not.toBe(mine.id);
    expect(projects[2]!.sections.data.notes).toBe('From the file');
  });

  it('"Replace mine" replaces the existing project in place', async () => {
    const { user, dialog } = await uploadConflict();
    await user.click(dialog.getByRole('button', { name: 'Replace mine' }));

    expect(screen.getByRole('status')).toHaveTextContent('1 replaced');
    expect(workbook().projects).toEqual([incoming, other]);
  });

  it('"Cancel import" leaves the workbook unchanged', async () => {
    const before = structuredClone(workbook());
    const { user, dialog } = await uploadConflict();
    await user.click(dialog.getByRole('button', { name: 'Cancel import' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(workbook()).toEqual(before);
  });
});
