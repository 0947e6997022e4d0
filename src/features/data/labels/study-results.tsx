import { percent } from '@/components/format';
import type { ConsistencyStudy } from '@/features/workbook';
import { kappaBand } from '@/lib/data/data-card';
import type { LabelStudyResult } from '@/lib/data/label-consistency';
import type { DataRecipe } from '../state/use-data';

const pct = (v: number | null) => (v === null ? '—' : percent(v));

/** Agreement matrix, κ, HLP from agreement, and the disagreements to discuss and resolve. */
export function StudyResults({
  result,
  study,
  update,
}: {
  result: LabelStudyResult;
  study: ConsistencyStudy;
  update(r: DataRecipe): void;
}) {
  const kappa = result.cohenKappa ?? result.fleissKappa;
  const kappaName = result.cohenKappa ? 'Cohen’s κ' : 'Fleiss’ κ';
  return (
    <div className="stack">
      <dl className="stat-grid" aria-label="Study summary">
        <div>
          <dt>Human-level performance (from agreement)</dt>
          <dd>{pct(result.hlp)}</dd>
        </div>
        <div>
          <dt>{kappaName}</dt>
          <dd>{kappa.value === null ? '—' : kappa.value.toFixed(3)}</dd>
        </div>
        <div>
          <dt>Agreement beyond chance</dt>
          <dd className="dd-text">
            {kappa.value === null ? (kappa.reason ?? 'not defined') : kappaBand(kappa.value)}
          </dd>
        </div>
        <div>
          <dt>Examples with disagreement</dt>
          <dd>
            {result.disagreements.length} of {result.examples.length}
          </dd>
        </div>
      </dl>
      <p className="field-hint">
        HLP here is how often one labeler agrees with another, averaged over labelers — the course’s way of
        estimating it. κ corrects agreement for the agreement expected by chance.
      </p>

      <div className="table-scroll">
        <table className="data-table">
          <caption>Pairwise agreement (share of shared examples with the same label)</caption>
          <thead>
            <tr>
              <td />
              {result.labelers.map((l) => (
                <th scope="col" key={l}>
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.labelers.map((l, i) => (
              <tr key={l}>
                <th scope="row">{l}</th>
                {result.agreement[i]!.map((a, j) => (
                  <td key={j} className="num">
                    {i === j ? '—' : pct(a)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>Disagreements to discuss</h3>
      {result.disagreements.length === 0 ? (
        <p className="empty-state">
          No disagreements: every example got the same label from everyone who labeled it.
        </p>
      ) : (
        <ul className="disagreements">
          {result.disagreements.map((d) => {
            const resolved = study.resolutions[d.id];
            return (
              <li key={`${d.index}-${d.id}`}>
                <p>
                  <strong>{d.id}</strong>: {d.counts.map((c) => `${c.label} × ${c.count}`).join(', ')}
                  {resolved ? <span className="badge badge-done">Resolved: {resolved}</span> : null}
                </p>
                <label htmlFor={`resolve-${d.index}`}>Agreed label for {d.id}</label>{' '}
                <input
                  id={`resolve-${d.index}`}
                  list={`labels-${d.index}`}
                  value={resolved ?? ''}
                  maxLength={200}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    update((s) => {
                      if (v.trim()) s.consistency.resolutions[d.id] = v;
                      else delete s.consistency.resolutions[d.id];
                    });
                  }}
                />
                <datalist id={`labels-${d.index}`}>
                  {d.counts.map((c) => (
                    <option key={c.label} value={c.label} />
                  ))}
                </datalist>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
