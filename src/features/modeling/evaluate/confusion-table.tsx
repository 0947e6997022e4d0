import type { ConfusionMatrixResult } from '@/lib/stats';

/** Rows = true class, columns = predicted (scikit-learn's layout); the diagonal is highlighted. */
export function ConfusionTable({
  confusion,
  caption,
}: {
  confusion: ConfusionMatrixResult;
  caption: string;
}) {
  const { labels, matrix } = confusion;
  return (
    <div className="table-scroll">
      <table className="data-table confusion">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td>True ↓ / predicted →</td>
            {labels.map((l) => (
              <th scope="col" key={String(l)}>
                {String(l)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((l, i) => (
            <tr key={String(l)}>
              <th scope="row">{String(l)}</th>
              {matrix[i]!.map((n, j) => (
                <td key={j} className={`num${i === j ? ' diagonal' : n > 0 ? ' off-diagonal' : ''}`}>
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
