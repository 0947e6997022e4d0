import { memo } from 'react';
import { ChoiceGroup, NumberField } from '@/components/fields';
import type { ColumnSchema } from '@/lib/data/types';
import type { BackendName } from '@/lib/ml/backend-select';
import type { Activation, OptimizerName, Task } from '@/lib/ml/model-spec';
import { featureKindOf } from '@/lib/ml/preprocess';
import { taskFor, type TrainSetup } from './train-setup';

/** The model builder: label, features, task, architecture and optimisation settings, backend override. */
export const SetupForm = memo(function SetupForm({
  columns,
  setup,
  onChange,
  classCountOf,
  disabled,
}: {
  columns: ColumnSchema[];
  setup: TrainSetup;
  onChange(s: TrainSetup): void;
  classCountOf(name: string): number | null;
  disabled: boolean;
}) {
  const set = (patch: Partial<TrainSetup>) => onChange({ ...setup, ...patch });
  const usable = columns.filter(
    (c) =>
      featureKindOf(c) !== null && c.name !== setup.labelColumn && c.role !== 'id' && c.role !== 'ignore',
  );
  const labelOptions = columns.filter(
    (c) => c.type === 'categorical' || c.type === 'boolean' || c.type === 'numeric',
  );
  return (
    <fieldset className="setup-form" disabled={disabled}>
      <legend className="visually-hidden">Training setup</legend>
      <div className="field-grid">
        <div className="field">
          <label htmlFor="label-column" className="field-label">
            Label (what the model predicts)
          </label>
          <select
            id="label-column"
            value={setup.labelColumn}
            onChange={(e) => {
              const name = e.currentTarget.value;
              const col = columns.find((c) => c.name === name);
              set({
                labelColumn: name,
                features: setup.features.filter((f) => f !== name),
                task: taskFor(col, classCountOf(name)),
              });
            }}
          >
            <option value="">Choose…</option>
            {labelOptions.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="task" className="field-label">
            Task
          </label>
          <select id="task" value={setup.task} onChange={(e) => set({ task: e.currentTarget.value as Task })}>
            <option value="binary">Binary classification</option>
            <option value="multiclass">Multiclass classification</option>
            <option value="regression">Regression</option>
          </select>
        </div>
      </div>
      <fieldset className="choice-group">
        <legend>Features</legend>
        <div className="choice-options">
          {usable.map((c) => (
            <label key={c.name} className="choice">
              <input
                type="checkbox"
                checked={setup.features.includes(c.name)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  set({
                    features: on ? [...setup.features, c.name] : setup.features.filter((f) => f !== c.name),
                  });
                }}
              />
              {c.name} <span className="muted">({featureKindOf(c)})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor="layers" className="field-label">
            Hidden layers (units, comma-separated)
          </label>
          <input
            id="layers"
            defaultValue={setup.hiddenLayers.join(', ')}
            aria-describedby="layers-hint"
            onChange={(e) => {
              const text = e.currentTarget.value.trim();
              const units =
                text === ''
                  ? []
                  : text
                      .split(/[,\s]+/)
                      .filter(Boolean)
                      .map(Number);
              if (units.every((u) => Number.isFinite(u))) set({ hiddenLayers: units });
            }}
          />
          <p id="layers-hint" className="field-hint">
            e.g. “8, 8” for two layers of 8; leave empty for a linear (logistic) model. 0–6 layers of 1–128
            units.
          </p>
        </div>
        <div className="field">
          <label htmlFor="activation" className="field-label">
            Activation
          </label>
          <select
            id="activation"
            value={setup.activation}
            onChange={(e) => set({ activation: e.currentTarget.value as Activation })}
          >
            {(['relu', 'tanh', 'sigmoid', 'linear'] as const).map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="optimizer" className="field-label">
            Optimizer
          </label>
          <select
            id="optimizer"
            value={setup.optimizer}
            onChange={(e) => set({ optimizer: e.currentTarget.value as OptimizerName })}
          >
            <option value="adam">Adam</option>
            <option value="sgd">SGD</option>
          </select>
        </div>
      </div>
      <div className="field-row">
        <NumberField
          label="Learning rate"
          min={0.00001}
          max={10}
          value={setup.learningRate}
          onChange={(v) => set({ learningRate: v ?? 0 })}
        />
        <NumberField label="L2" min={0} max={10} value={setup.l2} onChange={(v) => set({ l2: v ?? 0 })} />
        <NumberField
          label="Epochs"
          min={1}
          max={2000}
          step={1}
          value={setup.epochs}
          onChange={(v) => set({ epochs: Math.round(v ?? 0) })}
        />
        <NumberField
          label="Batch size"
          min={1}
          max={4096}
          step={1}
          value={setup.batchSize}
          onChange={(v) => set({ batchSize: Math.round(v ?? 0) })}
        />
        <NumberField
          label="Seed"
          step={1}
          value={setup.seed}
          onChange={(v) => set({ seed: Math.trunc(v ?? 0) })}
        />
        <NumberField
          label="Validation share"
          unit="%"
          min={5}
          max={90}
          value={Math.round(setup.validationShare * 100)}
          onChange={(v) => set({ validationShare: (v ?? 0) / 100 })}
        />
      </div>
      <ChoiceGroup<BackendName | 'auto'>
        legend="Backend"
        hint="Auto measures a few real training steps of this model on each backend and picks the fastest."
        options={[
          { value: 'auto', label: 'Auto (measure)' },
          { value: 'wasm', label: 'WebAssembly' },
          { value: 'cpu', label: 'Plain JavaScript (cpu)' },
          { value: 'webgl', label: 'WebGL' },
        ]}
        value={setup.backend}
        onChange={(v) => set({ backend: v })}
      />
    </fieldset>
  );
});
