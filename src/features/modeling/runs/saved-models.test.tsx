import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RunRecord, SavedModel } from '@/features/workbook';
import { pairModelFiles, SavedModels } from './saved-models';

const model = (id: string, over: Partial<SavedModel> = {}): SavedModel => ({
  id,
  runId: 'r1',
  name: `Model ${id}`,
  savedAt: '2025-03-01T10:00:00.000Z',
  url: `indexeddb://lifecycle-lab/model/${id}`,
  preprocessor: null,
  classes: ['a', 'b'],
  features: ['x', 'y'],
  labelColumn: 'label',
  datasetId: 'ds1',
  ...over,
});

const RUN = {
  id: 'r1',
  name: 'Two moons, Adam 0.01',
  dataset: { id: 'ds1', name: 'Two moons', schemaHash: '0a1b2c3d', rows: 500 },
} as RunRecord;

const file = (name: string) => new File(['{}'], name);
const noop = () => {};

function setup(props: Partial<Parameters<typeof SavedModels>[0]> = {}) {
  const user = userEvent.setup();
  const handlers = { onDelete: vi.fn(), onDownload: vi.fn(), onImport: vi.fn() };
  render(
    <SavedModels
      models={[model('m1'), model('m2', { runId: '', datasetId: 'ds9' })]}
      runs={[RUN]}
      {...handlers}
      {...props}
    />,
  );
  const importInput = () => screen.getByLabelText('Import a model (model.json + weights .bin)');
  return { user, ...handlers, importInput };
}

describe('pairModelFiles', () => {
  it('pairs one .json with its .bin files', () => {
    const json = file('model.json');
    const bin = file('model.weights.bin');
    expect(pairModelFiles([bin, json])).toEqual({ ok: true, json, weights: [bin] });
    expect(pairModelFiles([json, bin, file('model.weights2.bin')])).toMatchObject({ ok: true });
  });

  it.each([
    [[], /Choose the model's .json file and its weights .bin file together/],
    [['model.json'], /The weights are missing: choose the .bin file that was downloaded with “model.json”/],
    [['model.weights.bin'], /The model file is missing: choose model.json together with “model.weights.bin”/],
    [['a.json', 'b.json', 'w.bin'], /one model at a time: 2 .json files/],
    [['model.json', 'model.weights.bin', 'notes.txt'], /“notes.txt” is not part of a saved model/],
  ])('explains an incomplete choice: %j', (names, error) => {
    const result = pairModelFiles(names.map(file));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(error);
  });
});

describe('SavedModels', () => {
  it('says when there are none, and still offers the import', () => {
    render(<SavedModels models={[]} onDelete={noop} onDownload={noop} onImport={noop} />);
    expect(screen.getByText(/No saved models yet/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Import a model/)).toBeInTheDocument();
  });

  it('lists each model with its run, date and dataset', () => {
    setup();
    const row = screen.getByRole('rowheader', { name: 'Model m1' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Two moons, Adam 0.01');
    expect(within(cells[1]!).getByText(/2025/)).toHaveAttribute('datetime', '2025-03-01T10:00:00.000Z');
    expect(cells[2]).toHaveTextContent('Two moons');
    const imported = screen.getByRole('rowheader', { name: 'Model m2' }).closest('tr')!;
    expect(within(imported).getAllByRole('cell')[0]).toHaveTextContent('imported');
    expect(within(imported).getAllByRole('cell')[2]).toHaveTextContent('ds9');
  });

  it('downloads a model, and shows a failure', async () => {
    const { user, onDownload } = setup();
    await user.click(screen.getByRole('button', { name: 'Download Model m1 (model.json and weights)' }));
    expect(onDownload).toHaveBeenCalledExactlyOnceWith('m1');
    onDownload.mockRejectedValueOnce(new Error('Cannot find model with path'));
    await user.click(screen.getByRole('button', { name: /Download Model m2/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Downloading “Model m2” failed: Cannot find model',
    );
  });

  it('deletes a model only after confirmation', async () => {
    const { user, onDelete } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete Model m2' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Delete the model “Model m2”?');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete Model m2' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onDelete).toHaveBeenCalledExactlyOnceWith('m2');
  });

  it('refuses an incomplete pair with a clear message', async () => {
    const { user, onImport, importInput } = setup();
    await user.upload(importInput(), [file('model.json')]);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The weights are missing: choose the .bin file that was downloaded with “model.json”',
    );
    expect(importInput()).toHaveAttribute('aria-invalid', 'true');
    await user.upload(importInput(), [file('model.weights.bin')]);
    expect(screen.getByRole('alert')).toHaveTextContent('The model file is missing');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports a complete pair and reports the outcome', async () => {
    const { user, onImport, importInput } = setup();
    await user.upload(importInput(), [file('model.json'), file('model.weights.bin')]);
    expect(onImport).toHaveBeenCalledOnce();
    const files = onImport.mock.calls[0]![0] as FileList;
    expect(Array.from(files, (f) => f.name)).toEqual(['model.json', 'model.weights.bin']);
    expect(await screen.findByText('Imported “model.json”.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    onImport.mockRejectedValueOnce(new Error('“model.json” needs the weights file “other.weights.bin”'));
    await user.upload(importInput(), [file('model.json'), file('model.weights.bin')]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The model could not be imported: “model.json” needs the weights file “other.weights.bin”',
    );
  });
});
