import type { SplitPlan } from '@/lib/data/splits';

const SPLITS = ['train', 'dev', 'test'] as const;

/** Class counts per split, with each split's share of the class in brackets. */
export function SplitTable({ plan, caption }: { plan: SplitPlan; caption: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table split-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Class</th>
            {SPLITS.map((s) => (
              <th scope="col" key={s} className="num">
                {s[0]!.toUpperCase() + s.slice(1)}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.classes.map((c) => (
            <tr key={c}>
              <th scope="row">{c}</th>
              {SPLITS.map((s) => {
                const n = plan.counts[s][c] ?? 0;
                const size = plan.sizes[s];
                return (
                  <td key={s} className="num">
                    {n} <span className="muted">({size ? Math.round((n / size) * 100) : 0} %)</span>
                  </td>
                );
              })}
              <td className="num">{plan.classTotals[c]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All rows</th>
            {SPLITS.map((s) => (
              <td key={s} className="num">
                {plan.sizes[s]}
              </td>
            ))}
            <td className="num">{plan.assignment.length}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
