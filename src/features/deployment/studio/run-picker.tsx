import { memo } from 'react';
import type { Scenario } from '@/lib/sim/scenario';

export interface SavedModelOption {
  id: string;
  name: string;
  datasetName: string;
  /** Why it cannot run now (its dataset is not the active one…), or null. */
  unavailable: string | null;
}

export interface RunPickerProps {
  current: string | null;
  scenarios: readonly Scenario[];
  savedModels: readonly SavedModelOption[];
  onDemo(): void;
  onScenario(id: string): void;
  onSavedModel(id: string): void;
}

/** What the simulator serves: the demo, a scenario script, or one of the project's saved models. */
export const RunPicker = memo(function RunPicker(p: RunPickerProps) {
  const value = p.current ?? 'demo';
  return (
    <div className="run-picker">
      <label className="inline-field">
        What runs{' '}
        <select
          value={value}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v === 'demo') p.onDemo();
            else if (v.startsWith('scenario:')) p.onScenario(v.slice(9));
            else if (v.startsWith('saved:')) p.onSavedModel(v.slice(6));
          }}
        >
          <option value="demo">Demo: production line with the shipped model</option>
          <optgroup label="Scenarios (press 1–9 in presenter mode)">
            {p.scenarios.map((s, i) => (
              <option key={s.id} value={`scenario:${s.id}`}>
                {i + 1}. {s.title}
              </option>
            ))}
          </optgroup>
          <optgroup label="Your project's saved models">
            {p.savedModels.map((m) => (
              <option key={m.id} value={`saved:${m.id}`} disabled={m.unavailable !== null}>
                {m.name} on {m.datasetName}
                {m.unavailable ? ` — ${m.unavailable}` : ''}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      {p.savedModels.length === 0 && (
        <p className="field-hint">
          Train and save a classification model in the modeling workbench to serve it here on your own data.
        </p>
      )}
    </div>
  );
});
