/**
 * The frequency table: every category and code in tree order, the cases it applies to, and its
 * CQR label written out on a coloured badge. A code's name opens its segments. The ranges behind
 * the labels can be set for the project right here, where their effect shows (by its owner).
 */
import type { FrequencyResponse } from '../../api.js';
import { api } from '../../api.js';
import { describeRanges, nameOfPath, scopeQuery, type AnalysisScope } from '../../lib/analysis-query.js';
import { hrefOf } from '../../lib/route.js';
import { formatSegmentQuery, NO_FILTERS } from '../../lib/segment-query.js';
import { useProject, useProjectResource } from '../../project.js';
import { Loaded } from '../Status.js';
import { RangesEditor } from './RangesEditor.js';

export function FrequencyPanel({ projectId, scope }: { projectId: string; scope: AnalysisScope }) {
  const query = scopeQuery(scope);
  const frequency = useProjectResource(() => api.analysis.frequency(projectId, query), [projectId, query]);
  return (
    <section className="analysis-panel" aria-labelledby="frequency-title">
      <h2 id="frequency-title">Frequency labels</h2>
      <Loaded resource={frequency}>{(data) => <FrequencyTable projectId={projectId} scope={scope} data={data} />}</Loaded>
    </section>
  );
}

function FrequencyTable({ projectId, scope, data }: { projectId: string; scope: AnalysisScope; data: FrequencyResponse }) {
  const { canManage } = useProject();
  // The segments link carries the coder too, so it shows the very codings that were counted.
  const segmentsOf = (path: string) => hrefOf({
    view: 'segments', projectId, query: formatSegmentQuery({ ...NO_FILTERS, codes: [path], coders: scope.coder ? [scope.coder] : [] }),
  });
  return (
    <>
      <p className="meta frequency-ranges" data-source={data.ranges.source} data-ignored={data.ranges.ignored ? '' : undefined}>
        {describeRanges(data.ranges, data.n)}
      </p>
      {canManage && <RangesEditor inUse={data.ranges} n={data.n} />}
      {data.n === 0 && <p className="status">No case has documents of this kind yet, so no code can apply to one.</p>}
      {data.rows.length === 0
        ? <p className="status">No codes yet; create them in the code system.</p>
        : (
          <table className="listing frequency-table">
            <caption className="visually-hidden">Cases each code applies to, out of {data.n}, and its frequency label</caption>
            <thead>
              <tr><th scope="col">Category or code</th><th scope="col" className="num">Cases</th><th scope="col">Frequency</th></tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.id} data-code={row.code} data-depth={row.depth}>
                  <th scope="row" style={{ paddingLeft: `${0.75 + row.depth * 1.25}rem` }} className={row.depth === 0 ? 'frequency-category' : undefined}>
                    <a href={segmentsOf(row.code)} title={`Segments coded ${row.code}`}>{nameOfPath(row.code)}</a>
                  </th>
                  <td className="num" data-cases={row.cases}>{row.cases} / {row.n}</td>
                  <td><span className={`freq-label freq-${row.label ?? 'none'}`} data-label={row.label ?? 'none'}>{row.label ?? 'none'}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </>
  );
}
