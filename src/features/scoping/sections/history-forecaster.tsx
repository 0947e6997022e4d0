import { lazy, Suspense } from 'react';
import { NumberField } from '@/components/fields';
import { Slider } from '@/components/slider';
import type { Feasibility } from '@/features/workbook';
import { forecastErrorByQuarter, quartersToReach } from '@/lib/scoping/history-forecast';

const ForecastChart = lazy(() => import('./forecast-chart'));
type Forecast = Feasibility['forecast'];

/** Project-history forecaster: current error, HLP and the share of the gap closed per quarter → error by quarter. */
export function HistoryForecaster({
  forecast,
  label,
  onChange,
}: {
  forecast: Forecast;
  label: string;
  onChange(patch: Partial<Forecast>): void;
}) {
  const { currentError, hlpError } = forecast;
  const ready = currentError !== null && hlpError !== null;
  const points = ready ? forecastErrorByQuarter({ ...forecast, currentError, hlpError }) : [];
  const halfway =
    ready && currentError > hlpError
      ? quartersToReach(
          forecast as Forecast & { currentError: number; hlpError: number },
          hlpError + (currentError - hlpError) / 2,
        )
      : null;

  return (
    <div className="forecaster">
      <h4>{label}: project-history forecast</h4>
      <div className="field-row">
        <NumberField
          label="Current error"
          unit="%"
          min={0}
          max={100}
          value={currentError}
          onChange={(v) => onChange({ currentError: v })}
        />
        <NumberField
          label="Human-level error"
          unit="%"
          min={0}
          max={100}
          value={hlpError}
          onChange={(v) => onChange({ hlpError: v })}
        />
        <NumberField
          label="Quarters to plot"
          min={1}
          max={20}
          step={1}
          value={forecast.quarters}
          onChange={(v) => onChange({ quarters: Math.min(20, Math.max(1, Math.round(v ?? 8))) })}
        />
      </div>
      <Slider
        label="Share of the gap to HLP closed each quarter"
        value={forecast.gapClosedPerQuarter}
        min={0}
        max={1}
        step={0.05}
        format={(v) => `${Math.round(v * 100)} %`}
        hint="About 30 % per quarter is a common pace for a team improving an existing system."
        onChange={(v) => onChange({ gapClosedPerQuarter: v })}
      />
      {ready ? (
        <>
          <Suspense fallback={<p className="loading">Loading chart…</p>}>
            <ForecastChart points={points} hlpError={hlpError} />
          </Suspense>
          <p className="forecast-summary" aria-live="polite">
            After {forecast.quarters} quarters the expected error is{' '}
            {points[points.length - 1]!.error.toFixed(1)} % (human level: {hlpError} %).
            {halfway !== null && ` Half the gap is closed by quarter ${halfway}.`}
            {currentError <= hlpError && ' The current error is already at or below human level.'}
          </p>
          <details>
            <summary>Forecast as a table</summary>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Quarter</th>
                  <th scope="col">Expected error (%)</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.quarter}>
                    <td>{p.quarter}</td>
                    <td>{p.error.toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="empty-state">Enter the current error and the human-level error to see the forecast.</p>
      )}
    </div>
  );
}
