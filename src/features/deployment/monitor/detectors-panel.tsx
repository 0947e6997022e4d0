import { memo, useId, type ReactNode } from 'react';
import { LiveChart, type LiveMarker } from '@/components/live-chart';
import type { SimSnapshot } from '@/lib/sim/simulator';
import { column, fmtPercent, fmtTime, latest, percentTick, type SeriesMap } from './format';

export interface DetectorsPanelProps {
  detectors: SimSnapshot['detectors'];
  series: SeriesMap;
  /** Numeric features Page-Hinkley can watch, and how to choose one (no choice shown without it). */
  phFeatures?: readonly string[];
  onPhFeature?(name: string): void;
}

const ERROR_COLOR = '#a52a2a';
const ADWIN_COLOR = '#1f5f8b';
const DDM_COLOR = '#6b4fa3';
/** How many detection times each detector lists. */
const SHOWN = 3;

/** Vertical chart markers for the detections on the error stream (ADWIN and DDM), oldest first. */
export function detectionMarkers(detectors: SimSnapshot['detectors']): LiveMarker[] {
  return [
    ...detectors.adwin.detections.map((x) => ({
      x,
      label: `ADWIN detection at ${fmtTime(x)}`,
      color: ADWIN_COLOR,
    })),
    ...detectors.ddm.detections.map((x) => ({
      x,
      label: `DDM detection at ${fmtTime(x)}`,
      color: DDM_COLOR,
    })),
  ];
}

/** "t = 26.1 s, t = 22.4 s" for the newest few detections, newest first. */
export function lastDetections(times: readonly number[], count = SHOWN): string {
  if (!times.length) return 'none yet';
  const newest = times.slice(-count).reverse().map(fmtTime).join(', ');
  return times.length > count ? `${newest} (newest ${count} shown)` : newest;
}

function Detector({
  name,
  watches,
  detections,
  children,
}: {
  name: string;
  watches: string;
  detections: readonly number[];
  children?: ReactNode;
}) {
  const n = detections.length;
  return (
    <li className="monitor-detector">
      <p className="monitor-detector-head">
        <strong>{name}</strong>{' '}
        <span className="badge">
          {n} detection{n === 1 ? '' : 's'}
        </span>
        {children}
      </p>
      <p className="field-hint">{watches}</p>
      <p className="monitor-detector-times">Last: {lastDetections(detections)}</p>
    </li>
  );
}

/** Streaming drift detectors: ADWIN and DDM on the prediction errors, Page-Hinkley on one input. */
export const DetectorsPanel = memo(function DetectorsPanel({
  detectors,
  series,
  phFeatures,
  onPhFeature,
}: DetectorsPanelProps) {
  const titleId = useId();
  const phId = useId();
  const { adwin, ddm, pageHinkley } = detectors;
  const errorRate = column(series, 'errorRate');
  const markers = detectionMarkers(detectors);
  return (
    <section className="monitor-panel stack" aria-labelledby={titleId}>
      <h3 id={titleId}>Drift detectors</h3>
      <p className="monitor-figure">
        Error rate over the last labels: <strong>{fmtPercent(adwin.errorRate)}</strong>
      </p>
      <ul className="monitor-detectors">
        <Detector
          name="ADWIN"
          detections={adwin.detections}
          watches="Watches the error stream (1 for a wrong prediction, once its label arrives) and drops the older part of an adaptive window when the two parts' error rates differ significantly."
        />
        <Detector
          name="DDM"
          detections={ddm.detections}
          watches="Watches the error stream: warns when the error rate climbs two standard deviations above the best it has seen, and signals drift at three."
        >
          {ddm.warning ? (
            <span className="badge monitor-warning-badge">warning: error rate rising</span>
          ) : (
            <span className="badge">no warning</span>
          )}
        </Detector>
        <Detector
          name={`Page-Hinkley (${pageHinkley.feature})`}
          detections={pageHinkley.detections}
          watches={`Watches the values of ${pageHinkley.feature} (in reference SDs), with no labels needed: adds up their deviations from the running mean and signals a lasting change in the mean.`}
        >
          {phFeatures && onPhFeature && (
            <span className="inline-field">
              <label htmlFor={phId}>Watch</label>
              <select
                id={phId}
                value={pageHinkley.feature}
                onChange={(e) => onPhFeature(e.currentTarget.value)}
              >
                {phFeatures.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </span>
          )}
        </Detector>
      </ul>
      <LiveChart
        label={`Windowed error rate over time: latest ${fmtPercent(latest(errorRate))}; ${adwin.detections.length} ADWIN and ${ddm.detections.length} DDM detections marked`}
        xs={column(series, 't')}
        xLabel="Simulated time (s)"
        yLabel="Error rate"
        yDomain={[0, 1]}
        formatY={percentTick}
        series={[{ name: 'Error rate (last labels)', color: ERROR_COLOR, values: errorRate }]}
        markers={markers}
      />
      <ul className="legend-list monitor-marker-legend">
        <li>
          <span className="swatch swatch-marker" style={{ background: ADWIN_COLOR }} aria-hidden="true" />{' '}
          ADWIN detection (vertical line)
        </li>
        <li>
          <span className="swatch swatch-marker" style={{ background: DDM_COLOR }} aria-hidden="true" /> DDM
          detection (vertical line)
        </li>
      </ul>
    </section>
  );
});
