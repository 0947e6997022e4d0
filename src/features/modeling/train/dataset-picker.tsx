import { Link } from 'react-router-dom';
import { useSection } from '@/features/workbook';

/** Which of the project's datasets to train on (the data studio's active dataset). */
export function DatasetPicker({ disabled }: { disabled: boolean }) {
  const { section: data, update } = useSection('data');
  if (!data || data.datasets.length === 0) return null;
  return (
    <div className="inline-form">
      <label htmlFor="train-dataset">Dataset</label>
      <select
        id="train-dataset"
        disabled={disabled}
        value={data.activeDatasetId ?? ''}
        onChange={(e) => {
          const id = e.currentTarget.value;
          update((d) => void (d.activeDatasetId = id));
        }}
      >
        {data.datasets.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name} ({d.rows.toLocaleString()} rows)
          </option>
        ))}
      </select>
      <Link to="/data">Add or inspect datasets</Link>
    </div>
  );
}
