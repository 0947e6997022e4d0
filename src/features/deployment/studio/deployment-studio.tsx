import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useActiveProject } from '@/features/workbook';
import { useActiveTable } from '@/features/data';
import type { PreprocessorJSON } from '@/lib/ml/preprocess';
import type { ScenarioAction } from '@/lib/sim/scenario';
import { SEATTLE_REFERENCE_ROWS } from '@/lib/sim/seattle-setup';
import { setSliderValue, sliderValue } from '@/lib/sim/slider-paths';
import type { SliderPath, SliderPattern, Sliders } from '@/lib/sim/types';
import { simClient, useSim } from '../state/sim-store';
import { useStudioSettings } from '../state/use-studio-settings';
import { PresenterView } from '../presenter/presenter-view';
import { ClockBar } from './clock-bar';
import { RunPicker, type SavedModelOption } from './run-picker';
import { buildSetup, choiceKey, DEFAULT_SEED, type RunChoice } from './run-setup';
import { SCENARIOS, scenarioById } from './scenarios';
import { decodeSimLink, encodeSimLink } from './sim-link';
import { StudioPanels } from './studio-panels';

/**
 * The production simulator: opens straight into the running demo (or the run a share link describes), lets the
 * user pick a scenario or a saved model, and wires the worker to the monitor and control panels.
 */
export function DeploymentStudio() {
  const sim = useSim();
  const { settings, hlpSource, setThresholds, setAutomation, setLabelDelay, modelId, setModelId } =
    useStudioSettings();
  const project = useActiveProject();
  const active = useActiveTable();
  const [choice, setChoice] = useState<RunChoice | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [presenter, setPresenter] = useState(false);
  const [patterns, setPatterns] = useState<SliderPattern[]>([]);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  // A value the user just set wins over the snapshots until one confirms it (a snapshot posted before the
  // worker saw the change would otherwise make the slider jump back for a moment).
  const [localSliders, setLocalSliders] = useState<ReadonlyMap<SliderPath, number | null>>(new Map());
  const settingsRef = useRef(settings);
  useEffect(() => {
    settingsRef.current = settings;
  });

  const start = useCallback(async (c: RunChoice) => {
    setChoice(c);
    setPatterns([]);
    setShareUrl(null);
    setLocalSliders(new Map());
    try {
      simClient.setup(await buildSetup(c, settingsRef.current), choiceKey(c));
    } catch (e) {
      useSim.setState({ status: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  // First open: the run of a share link, else the demo. Leaving the page stops the worker.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const hash = window.location.hash;
      if (hash.startsWith('#sim=')) {
        const r = await decodeSimLink(hash);
        if (cancelled) return;
        if (r.ok) {
          const { link } = r;
          const scenario = link.scenario ? scenarioById(link.scenario) : null;
          void start(
            scenario
              ? { kind: 'scenario', scenario, seed: link.seed, sliders: link.sliders }
              : { kind: 'demo', seed: link.seed, sliders: link.sliders },
          );
          return;
        }
        setLinkError(`This simulation link could not be opened: ${r.error} The default demo runs instead.`);
      }
      if (!cancelled) void start({ kind: 'demo', seed: DEFAULT_SEED });
    })();
    return () => {
      cancelled = true;
      simClient.stop();
    };
  }, [start]);

  // Settings edited while running reach the worker at once.
  useEffect(
    () => simClient.send({ kind: 'thresholds', thresholds: settings.thresholds }),
    [settings.thresholds],
  );
  useEffect(
    () => simClient.send({ kind: 'automation', automation: settings.automation }),
    [settings.automation],
  );
  useEffect(
    () => simClient.send({ kind: 'labelDelay', seconds: settings.labelDelaySec }),
    [settings.labelDelaySec],
  );

  const savedModels = useMemo<SavedModelOption[]>(() => {
    const modeling = project?.sections.modeling;
    if (!modeling) return [];
    const data = project.sections.data;
    return modeling.savedModels.map((m) => {
      const dataset = data.datasets.find((d) => d.id === m.datasetId);
      const prep = m.preprocessor as PreprocessorJSON | null;
      return {
        id: m.id,
        name: m.name,
        datasetName: dataset?.name ?? 'a removed dataset',
        unavailable: !dataset
          ? 'its dataset was removed'
          : prep?.task === 'regression'
            ? 'regression models are not served here'
            : dataset.source.kind === 'synthetic'
              ? null
              : data.activeDatasetId !== m.datasetId
                ? 'make its dataset the active one in the data studio'
                : active.status !== 'ready'
                  ? 'its dataset is loading'
                  : null,
      };
    });
  }, [project, active.status]);

  const startSaved = (id: string) => {
    const m = project?.sections.modeling.savedModels.find((s) => s.id === id);
    const dataset = project?.sections.data.datasets.find((d) => d.id === m?.datasetId);
    if (!m || !dataset) return;
    const synthetic = dataset.source.kind === 'synthetic' ? dataset.source : null;
    const table = active.status === 'ready' && active.meta.id === dataset.id ? active.table : null;
    if (!synthetic && !table) return;
    setModelId(m.id);
    void start({
      kind: 'saved',
      id: m.id,
      name: m.name,
      url: m.url,
      preprocessor: m.preprocessor as PreprocessorJSON,
      classes: m.classes,
      label: m.labelColumn,
      datasetName: dataset.name,
      table,
      // The built-in time-ordered dataset is replayed in order, its first year as the reference.
      replay:
        dataset.source.kind === 'builtin' && dataset.source.datasetId === 'seattle-weather'
          ? { timeColumn: 'date', referenceRows: SEATTLE_REFERENCE_ROWS }
          : null,
      synthetic: synthetic && {
        generator: synthetic.generator,
        n: synthetic.n,
        noise: synthetic.noise,
        seed: synthetic.seed,
      },
      seed: DEFAULT_SEED,
    });
  };

  // The project's last served model, offered again when it can run and is not running.
  const lastModel = savedModels.find(
    (m) => m.id === modelId && m.unavailable === null && sim.setupKey !== `saved:${m.id}`,
  );
  const snapshot = sim.snapshot;
  // The panels (a dozen charts and tables) render at transition priority: React slices their update into short
  // tasks, so a snapshot never blocks the main thread for long; the clock and controls update at once.
  const panelSnapshot = useDeferredValue(snapshot);
  // Drop the local values a snapshot has confirmed.
  const [confirmedFor, setConfirmedFor] = useState(snapshot);
  if (snapshot !== confirmedFor) {
    setConfirmedFor(snapshot);
    if (snapshot && localSliders.size) {
      const left = new Map(
        [...localSliders].filter(([path, v]) => sliderValue(snapshot.sliders, path) !== v),
      );
      if (left.size !== localSliders.size) setLocalSliders(left);
    }
  }
  const sliders: Sliders | null = useMemo(() => {
    if (!snapshot) return null;
    const s = structuredClone(snapshot.sliders);
    for (const [path, value] of localSliders) setSliderValue(s, path, value);
    return s;
  }, [snapshot, localSliders]);

  const onSlider = useCallback((path: SliderPath, value: number | null) => {
    setLocalSliders((m) => new Map(m).set(path, value));
    simClient.send({ kind: 'setSlider', path, value });
  }, []);
  const onAction = useCallback(
    (action: ScenarioAction, windowSec?: number) => simClient.send({ kind: 'action', action, windowSec }),
    [],
  );
  const reset = useCallback(() => {
    if (choice) void start(choice);
  }, [choice, start]);

  const share = async () => {
    if (!snapshot) return;
    const scenario = choice?.kind === 'scenario' ? choice.scenario.id : null;
    const seed = choice && choice.kind !== 'saved' ? (choice.seed ?? DEFAULT_SEED) : DEFAULT_SEED;
    const fragment = await encodeSimLink(
      scenario,
      choice?.kind === 'scenario' ? (choice.seed ?? choice.scenario.seed) : seed,
      snapshot.sliders,
    );
    const url = `${window.location.origin}${window.location.pathname}#${fragment}`;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // The link is shown for copying by hand.
    }
  };

  const ready = sim.status === 'ready' && snapshot !== null && sim.ready !== null;
  const clock = (
    <ClockBar
      t={snapshot?.t ?? 0}
      timeLabel={snapshot?.timeLabel ?? null}
      running={sim.running}
      speed={sim.speed}
      scenarioEnd={sim.scenarioEnd}
      disabled={!ready}
      onPlay={() => simClient.send({ kind: 'play' })}
      onPause={() => simClient.send({ kind: 'pause' })}
      onAdvance={(seconds) => simClient.send({ kind: 'advance', seconds })}
      onSpeed={(speed) => simClient.send({ kind: 'speed', speed })}
      onReset={reset}
    />
  );

  if (presenter && ready) {
    return (
      <PresenterView
        snapshot={snapshot}
        ready={sim.ready!}
        running={sim.running}
        speed={sim.speed}
        caption={sim.caption}
        thresholds={settings.thresholds}
        scenarios={SCENARIOS}
        onScenario={(i) => {
          const scenario = SCENARIOS[i];
          if (scenario) void start({ kind: 'scenario', scenario });
        }}
        onReset={reset}
        onExit={() => setPresenter(false)}
      />
    );
  }

  return (
    <section className="card stack studio" aria-labelledby="studio-title">
      <div className="studio-head">
        <h2 id="studio-title">Production simulator</h2>
        <div className="button-row">
          <button type="button" onClick={() => setPresenter(true)} disabled={!ready}>
            Presenter mode
          </button>
          <button type="button" onClick={() => void share()} disabled={!ready || choice?.kind === 'saved'}>
            Copy share link
          </button>
        </div>
      </div>
      {linkError && (
        <p className="callout callout-error" role="alert">
          {linkError}
        </p>
      )}
      {shareUrl && (
        <p className="field-hint share-url">
          Link copied — it reproduces this run (scenario, seed and sliders): <code>{shareUrl}</code>
        </p>
      )}
      <RunPicker
        current={sim.setupKey}
        scenarios={SCENARIOS}
        savedModels={savedModels}
        onDemo={() => {
          setModelId(null);
          void start({ kind: 'demo', seed: DEFAULT_SEED });
        }}
        onScenario={(id) => {
          const scenario = scenarioById(id);
          if (scenario) void start({ kind: 'scenario', scenario });
        }}
        onSavedModel={startSaved}
      />
      {lastModel && (
        <p className="field-hint">
          Last time this project served <strong>{lastModel.name}</strong>.{' '}
          <button type="button" onClick={() => startSaved(lastModel.id)}>
            Serve it again
          </button>
        </p>
      )}
      {choice?.kind === 'scenario' && <p className="field-hint">{choice.scenario.summary}</p>}
      {clock}
      {sim.caption && (
        <p className="sim-caption" role="status">
          {sim.caption}
        </p>
      )}
      {sim.status === 'starting' && (
        <p className="loading" role="status">
          Starting the simulator (loading the model)…
        </p>
      )}
      {sim.error && (
        <p className="callout callout-error" role="alert">
          {sim.error}
        </p>
      )}
      {sim.notices.length > 0 && (
        <ul className="sim-notices" aria-live="polite">
          {sim.notices.map((n, i) => (
            <li key={`${i}-${n}`}>{n}</li>
          ))}
        </ul>
      )}
      {ready && sliders && panelSnapshot && (
        <StudioPanels
          snapshot={panelSnapshot}
          ready={sim.ready!}
          sliders={sliders}
          patterns={patterns}
          retraining={sim.retraining}
          settings={settings}
          hlpSource={hlpSource}
          onSlider={onSlider}
          onResetSliders={() => {
            setLocalSliders(new Map());
            setPatterns([]);
            simClient.send({ kind: 'resetSliders' });
          }}
          onPattern={(p) => {
            setPatterns((ps) => [...ps, p]);
            simClient.send({ kind: 'addPattern', pattern: p });
          }}
          onClearPatterns={() => {
            setPatterns([]);
            simClient.send({ kind: 'clearPatterns' });
          }}
          onAction={onAction}
          onThresholds={setThresholds}
          onPhFeature={(feature) => simClient.send({ kind: 'phFeature', feature })}
          onLabelDelay={setLabelDelay}
          onAutomation={setAutomation}
        />
      )}
    </section>
  );
}
