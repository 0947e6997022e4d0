import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseCsv } from '@/lib/data/csv-parse';
import { makeSynthetic, toDataTable } from '@/lib/data/synthetic';
import { AddSynthetic } from './add-synthetic';

type OnAdd = Parameters<typeof AddSynthetic>[0]['onAdd'];

function renderAdd(busy = false) {
  const onAdd = vi.fn<OnAdd>();
  const user = userEvent.setup();
  render(<AddSynthetic busy={busy} onAdd={onAdd} />);
  return { user, onAdd };
}

const button = () => screen.getByRole('button', { name: 'Generate and add' });

describe('AddSynthetic', { timeout: 20_000 }, () => {
  it('generates the default recipe: 400 circles, 10 % noise, seed 1', async () => {
    const { user, onAdd } = renderAdd();
    expect(screen.getByRole('combobox', { name: 'Shape' })).toHaveValue('circles');
    expect(screen.getByRole('slider', { name: /Noise/ })).toHaveAttribute('aria-valuetext', '10 %');

    await user.click(button());

    expect(onAdd).toHaveBeenCalledTimes(1);
    const [name, source, blob] = onAdd.mock.calls[0]!;
    expect(name).toBe('Circle inside a ring (400 points, noise 10 %, seed 1)');
    expect(source).toEqual({ kind: 'synthetic', generator: 'circles', n: 400, noise: 0.1, seed: 1 });
    // The Blob is the CSV of the seeded dataset: the same rows every time.
    const parsed = parseCsv(await blob.text());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.table).toEqual(toDataTable(makeSynthetic('circles', { n: 400, noise: 0.1, seed: 1 })));
  });

  it('uses the chosen shape, size, noise and seed', async () => {
    const { user, onAdd } = renderAdd();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Shape' }), 'Two spirals');
    await user.clear(screen.getByRole('spinbutton', { name: 'Points' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Points' }), '50');
    await user.clear(screen.getByRole('spinbutton', { name: 'Seed' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Seed' }), '7');
    fireEvent.change(screen.getByRole('slider', { name: /Noise/ }), { target: { value: '0.25' } });

    await user.click(button());

    const [name, source, blob] = onAdd.mock.calls[0]!;
    expect(name).toBe('Two spirals (50 points, noise 25 %, seed 7)');
    expect(source).toEqual({ kind: 'synthetic', generator: 'spiral', n: 50, noise: 0.25, seed: 7 });
    const parsed = parseCsv(await blob.text());
    expect(parsed.ok && parsed.table.rowCount).toBe(50);
  });

  it('refuses too few points or an empty seed, and waits while busy', async () => {
    const { user, onAdd } = renderAdd();
    const points = screen.getByRole('spinbutton', { name: 'Points' });
    await user.clear(points);
    await user.type(points, '5');
    expect(button()).toBeDisabled();
    expect(screen.getByText('Choose 10 to 10,000 points and a whole-number seed.')).toBeInTheDocument();

    await user.clear(points);
    await user.type(points, '10');
    expect(button()).toBeEnabled();
    await user.clear(screen.getByRole('spinbutton', { name: 'Seed' }));
    expect(button()).toBeDisabled();
    await user.click(button());
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('is disabled while another dataset is being added', () => {
    renderAdd(true);
    expect(button()).toBeDisabled();
  });
});
