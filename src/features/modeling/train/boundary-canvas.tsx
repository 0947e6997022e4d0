import { memo, useEffect, useMemo, useRef } from 'react';
import type { DataTable } from '@/lib/data/types';

const PALETTE: [number, number, number][] = [
  [217, 140, 31],
  [31, 95, 139],
  [45, 122, 62],
  [107, 79, 163],
  [165, 42, 42],
  [120, 120, 120],
];
const SIZE = 320;
const MAX_POINTS = 1500;

interface Boundary {
  resolution: number;
  k: number;
  values: Float32Array;
  x1Range: [number, number];
  x2Range: [number, number];
}

/**
 * The model's decision regions as a heatmap under the data points, as TensorFlow Playground draws them: each
 * grid cell takes the colour of its most likely class, paler where the model is unsure. Redrawn on a canvas
 * whenever a new grid arrives from the worker (every few epochs).
 */
export const BoundaryCanvas = memo(function BoundaryCanvas({
  boundary,
  table,
  features,
  label,
  classes,
}: {
  boundary: Boundary;
  table: DataTable;
  features: [string, string];
  label: string;
  classes: string[];
}) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { x1Range, x2Range } = boundary;
  // The data points never change during a run: draw them once on their own layer, one path per class,
  // so that each new grid costs one small image plus one copy of this layer.
  const pointsLayer = useMemo(() => {
    const layer = new OffscreenCanvas(SIZE, SIZE);
    const ctx = layer.getContext('2d')!;
    const c1 = table.columns.indexOf(features[0]);
    const c2 = table.columns.indexOf(features[1]);
    const cl = table.columns.indexOf(label);
    const classIndex = new Map(classes.map((c, i) => [c, i]));
    const paths = classes.map(() => new Path2D());
    const step = Math.max(1, Math.ceil(table.rowCount / MAX_POINTS));
    for (let row = 0; row < table.rowCount; row += step) {
      const x = Number(table.data[c1]![row]);
      const y = Number(table.data[c2]![row]);
      const cls = classIndex.get(String(table.data[cl]![row]));
      if (!Number.isFinite(x) || !Number.isFinite(y) || cls === undefined) continue;
      const px = ((x - x1Range[0]) / (x1Range[1] - x1Range[0])) * SIZE;
      const py = SIZE - ((y - x2Range[0]) / (x2Range[1] - x2Range[0])) * SIZE;
      paths[cls]!.moveTo(px + 3, py);
      paths[cls]!.arc(px, py, 3, 0, Math.PI * 2);
    }
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1;
    paths.forEach((path, cls) => {
      ctx.fillStyle = `rgb(${PALETTE[cls % PALETTE.length]!.join(',')})`;
      ctx.fill(path);
      ctx.stroke(path);
    });
    return layer;
  }, [table, features, label, classes, x1Range, x2Range]);

  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const { resolution: r, k, values } = boundary;
    const image = new ImageData(r, r);
    for (let j = 0; j < r; j++) {
      for (let i = 0; i < r; i++) {
        const c = j * r + i;
        let best = 0;
        for (let q = 1; q < k; q++) if (values[c * k + q]! > values[c * k + best]!) best = q;
        const confidence = k > 1 ? (values[c * k + best]! - 1 / k) / (1 - 1 / k) : 1;
        const [red, green, blue] = PALETTE[best % PALETTE.length]!;
        const o = ((r - 1 - j) * r + i) * 4; // x2 grows upwards
        const a = 0.15 + 0.55 * Math.max(0, Math.min(1, confidence));
        image.data[o] = Math.round(255 - (255 - red) * a);
        image.data[o + 1] = Math.round(255 - (255 - green) * a);
        image.data[o + 2] = Math.round(255 - (255 - blue) * a);
        image.data[o + 3] = 255;
      }
    }
    const off = new OffscreenCanvas(r, r);
    off.getContext('2d')!.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.clearRect(0, 0, SIZE, SIZE);
    ctx.drawImage(off, 0, 0, SIZE, SIZE);
    ctx.drawImage(pointsLayer, 0, 0);
  }, [boundary, pointsLayer]);

  return (
    <figure className="boundary">
      <canvas
        ref={ref}
        width={SIZE}
        height={SIZE}
        role="img"
        aria-label={`Decision regions of the model over ${features[0]} (across) and ${features[1]} (up), with the data points coloured by their true class`}
      />
      <figcaption>
        <span>
          ← {features[0]} from {boundary.x1Range[0].toFixed(1)} to {boundary.x1Range[1].toFixed(1)} →
        </span>
        <ul className="legend-list">
          {classes.map((c, i) => (
            <li key={c}>
              <span
                className="swatch"
                style={{ background: `rgb(${PALETTE[i % PALETTE.length]!.join(',')})` }}
                aria-hidden="true"
              />{' '}
              {c}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
});
