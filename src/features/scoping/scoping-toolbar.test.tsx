import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyScopingSection, newProject, newSolution, type Project } from '@/features/workbook';
import { ScopingToolbar } from './scoping-toolbar';
import { readShareFragment, SCOPING_SCHEMA_VERSION } from './share/scoping-payload';

const downloadText = vi.hoisted(() => vi.fn());
vi.mock('@/components/download', () => ({ downloadText }));

function makeProject(scoping = emptyScopingSection()): Project {
  const base = newProject('Voice Search: v2!');
  return { ...base, sections: { ...base.sections, scoping } };
}

function filledScoping() {
  const s = emptyScopingSection('Met with the search team.');
  s.businessProblem.statement = 'Shoppers give up on voice searches that return the wrong products';
  s.solutions.push({ ...newSolution('s1', 'Retrain the recognizer'), description: 'Audio → transcript' });
  s.solutions[0]!.feasibility.forecast = {
    currentError: 20,
    hlpError: 10,
    gapClosedPerQuarter: 0.3,
    quarters: 8,
  };
  s.milestones.mlMetrics.push({ id: 'm1', metric: 'Word error rate', target: 'below 8 %' });
  return s;
}

function renderToolbar(project: Project) {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <ScopingToolbar project={project} />
    </MemoryRouter>,
  );
  return user;
}

/** Random-looking text that deflate cannot shrink much (a fixed seed keeps the test repeatable). */
function noise(length: number, seed: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

beforeEach(() => {
  downloadText.mockReset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Scoping toolbar', () => {
  it('creates a share link that carries the canvas and copies it', async () => {
    const project = makeProject(filledScoping());
    const user = renderToolbar(project);
    // user-event installs its own clipboard; watch it (and make sure the write succeeds).
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);

    await user.click(screen.getByRole('button', { name: 'Create share link' }));

    const input = await screen.findByRole('textbox', { name: 'Link copied to the clipboard. Share link:' });
    expect(input).toHaveAttribute('readonly');
    const url = (input as HTMLInputElement).value;
    expect(url.startsWith(`${location.origin}/scoping/shared#v1.`)).toBe(true);
    expect(writeText).toHaveBeenCalledExactlyOnceWith(url);

    const read = await readShareFragment(new URL(url).hash);
    expect(read).toEqual({ ok: true, name: 'Voice Search: v2!', scoping: project.sections.scoping });
  });

  it('still shows the link when the clipboard refuses it', async () => {
    const user = renderToolbar(makeProject());
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );

    await user.click(screen.getByRole('button', { name: 'Create share link' }));

    const input = await screen.findByRole('textbox', { name: 'Share link (copy it from here):' });
    expect((input as HTMLInputElement).value).toMatch(/^http.*\/scoping\/shared#v1\.[\w-]+\.[\w-]+$/);
    expect(screen.queryByText(/Link copied/)).not.toBeInTheDocument();
  });

  it('refuses to make a link too long to share and suggests a JSON export', async () => {
    const s = emptyScopingSection();
    s.businessProblem = { statement: noise(5000, 1), whoHasIt: noise(5000, 2), currentCost: noise(5000, 3) };
    const user = renderToolbar(makeProject(s));
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(screen.getByRole('button', { name: 'Create share link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^This canvas makes a \d+\.\d KB link, too long to share safely \(limit 8 KB\)\. Export it as JSON instead\.$/,
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(writeText).not.toHaveBeenCalled();
  });

  it('exports Markdown and JSON files named after the project', async () => {
    const project = makeProject(filledScoping());
    const user = renderToolbar(project);

    await user.click(screen.getByRole('button', { name: 'Export Markdown' }));
    expect(downloadText).toHaveBeenCalledTimes(1);
    const [mdName, md, mdType] = downloadText.mock.calls[0] as [string, string, string];
    expect(mdName).toBe('voice-search-v2-scoping.md');
    expect(mdType).toBe('text/markdown');
    expect(md).toMatch(/^# Scoping: Voice Search: v2!\n/);
    expect(md).toContain('Shoppers give up on voice searches that return the wrong products');

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const [jsonName, json, jsonType] = downloadText.mock.calls[1] as [string, string, string];
    expect(jsonName).toBe('voice-search-v2-scoping.json');
    expect(jsonType).toBe('application/json');
    expect(JSON.parse(json)).toEqual({
      format: 'lifecycle-lab/scoping',
      version: SCOPING_SCHEMA_VERSION,
      name: 'Voice Search: v2!',
      scoping: project.sections.scoping,
    });
  });

  it('links to the print view', () => {
    renderToolbar(makeProject());
    expect(screen.getByRole('link', { name: 'Print view (PDF)' })).toHaveAttribute('href', '/scoping/print');
  });
});
