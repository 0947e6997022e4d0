import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ForecastPoint } from '@/lib/scoping/history-forecast';

/** Expected error by quarter with the HLP line. Static data, so no animation. */
export default function ForecastChart({ points, hlpError }: { points: ForecastPoint[]; hlpError: number }) {
  const max = Math.max(...points.map((p) => p.error), hlpError);
  return (
    <div
      className="chart"
      role="img"
      aria-label={`Forecast: error falls from ${points[0]!.error.toFixed(1)} % to ${points[points.length - 1]!.error.toFixed(1)} % over ${points.length - 1} quarters; human-level performance is ${hlpError} %.`}
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={points} margin={{ top: 10, right: 20, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="quarter"
            label={{ value: 'Quarter from now', position: 'insideBottom', offset: -12 }}
          />
          <YAxis
            domain={[0, Math.ceil(max * 1.1)]}
            label={{ value: 'Error (%)', angle: -90, position: 'insideLeft' }}
          />
          <Tooltip formatter={(v) => `${Number(v).toFixed(2)} %`} labelFormatter={(q) => `Quarter ${q}`} />
          <Legend verticalAlign="top" />
          <ReferenceLine
            y={hlpError}
            stroke="#a4521b"
            strokeDasharray="6 4"
            label={{ value: 'HLP', position: 'right' }}
          />
          <Line
            type="monotone"
            dataKey="error"
            name="Expected error (%)"
            stroke="#1f5f8b"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey={() => hlpError}
            name="Human-level error (%)"
            stroke="#a4521b"
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
