/**
 * Matrices as heat maps: codes × cases, codes × documents, or code co-occurrence, optionally split
 * by a participant attribute. Every number is printed; the shading only helps the eye find the big ones.
 */
import { useMemo, useState } from 'react';
import { api, reportUrl, type MatrixResult } from '../../api.js';
import { DEFAULT_MATRIX, isBands, isWithin, matrixQuery, type AnalysisScope, type MatrixChoice } from '../../lib/analysis-query.js';
import { useProjectResource } from '../../project.js';
import { Loaded } from '../Status.js';
import { HeatTable } from './HeatTable.js';
import { useSettled } from '../../lib/use-settled.js';
import { SETTLE_MS } from './ScopeControls.js';

const COLUMNS: readonly { value: MatrixChoice['cols']; label: string }[] = [
  { value: 'cases', label: 'Cases (participants)' },
  { value: 'documents', label: 'Documents' },
  { value: 'codes', label: 'Codes (co-occurrence)' },
];

export function MatrixPanel({ projectId, scope }: { projectId: string; scope: AnalysisScope }) {
  const [choice, setChoice] = useState<MatrixChoice>(DEFAULT_MATRIX);
  const change = (part: Partial<MatrixChoice>) => setChoice((c) => ({ ...c, ...part }));
  // Typed boxes settle before asking again; the selects ask at once.
  const bands = useSettled(choice.bands, SETTLE_MS);
  const within = useSettled(choice.within, SETTLE_MS);
  const query = matrixQuery(scope, { ...choice, bands, within });
  const matrix = useProjectResource(() => api.analysis.matrix(projectId, query), [projectId, query]);
  const cases = useProjectResource(() => api.cases(projectId), [projectId]);
  const keys = useMemo(
    () => (cases.state === 'ready' ? [...new Set(cases.data.flatMap((c) => Object.keys(c.attributes)))].sort((a, b) => a.localeCompare(b)) : []),
    [cases],
  );
  const badBands = choice.by !== null && choice.bands.trim() !== '' && !isBands(choice.bands);

  return (
    <section className="analysis-panel" aria-labelledby="matrix-title">
      <h2 id="matrix-title">Matrices</h2>
      <form className="analysis-controls" aria-label="Matrix" onSubmit={(e) => e.preventDefault()}>
        <label>Columns{' '}
          <select name="cols" value={choice.cols} onChange={(e) => change({ cols: e.target.value as MatrixChoice['cols'] })}>
            {COLUMNS.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </label>
        {choice.cols !== 'codes' && (
          <label>Count{' '}
            <select name="measure" value={choice.measure} onChange={(e) => change({ measure: e.target.value as MatrixChoice['measure'] })}>
              <option value="codings">Codings</option>
              <option value="presence">Presence (applies or not)</option>
            </select>
          </label>
        )}
        <label>Split by{' '}
          <select name="by" value={choice.by ?? ''} onChange={(e) => change({ by: e.target.value || null })}>
            <option value="">No split</option>
            {(choice.by && !keys.includes(choice.by) ? [...keys, choice.by] : keys).map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
        {choice.by !== null && (
          <label>Numeric bands{' '}
            <input type="text" name="bands" inputMode="decimal" placeholder="e.g. 20,30" value={choice.bands} aria-describedby="matrix-bands-hint"
              aria-invalid={badBands || undefined} onChange={(e) => change({ bands: e.target.value })} />
            <span id="matrix-bands-hint" className="hint">{badBands ? 'Write cut points as numbers with commas, such as 20,30.' : 'Cut points; empty for one column per value.'}</span>
          </label>
        )}
        {choice.cols === 'codes' && (
          <label>Within{' '}
            <input type="number" name="within" min={0} step={1} value={choice.within} aria-invalid={!isWithin(choice.within) || undefined}
              onChange={(e) => change({ within: e.target.value })} /> characters
          </label>
        )}
      </form>
      <Loaded resource={matrix}>{(data) => <MatrixPanels data={data} csv={reportUrl(projectId, `analysis/matrix.csv?${query}`)} />}</Loaded>
    </section>
  );
}

/** What a cell counts, said once above the tables. */
function describeMeasure(m: MatrixResult): string {
  const per = m.columns === 'documents' ? 'document' : 'case';
  const group = m.by ? ` Columns group the cases by ${m.by}; the number in brackets is how many ${m.columns} each holds.` : '';
  if (m.columns === 'codes') {
    return `Pairs of segments, one coded with each code, that overlap${m.within ? ` or lie within ${m.within} characters of each other` : ''} in one document. — marks a code with itself or its own category.`;
  }
  if (m.measure === 'presence') return `Whether each code applies to each ${per} (1) or not (0); a group counts its ${m.columns} the code applies to.${group}`;
  return `Codings of each code, and of the codes below it, in each ${per}.${group}`;
}

/** More columns than a page can usefully show (a study of 2,000 documents): the rest are in the CSV. */
export const MAX_COLUMNS = 300;

function MatrixPanels({ data, csv }: { data: MatrixResult; csv: string }) {
  if (data.rows.length === 0) return <p className="status">No codes yet; create them in the code system.</p>;
  if (data.cols.length === 0) return <p className="status">No {data.columns === 'codes' ? 'codes' : data.columns} with documents of this kind yet.</p>;
  const cut = data.cols.length > MAX_COLUMNS;
  const cols = cut ? data.cols.slice(0, MAX_COLUMNS) : data.cols;
  return (
    <>
      <p className="meta">{describeMeasure(data)} <a href={csv} download data-format="csv">Download as CSV</a></p>
      {cut && <p className="status" role="note">Showing the first {MAX_COLUMNS} of {data.cols.length} {data.columns}; the CSV holds them all, or split by an attribute to group them.</p>}
      {data.panels.map((panel, i) => (
        <section key={panel.group ?? i} className="matrix-panel" data-group={panel.group ?? ''} aria-label={panel.group === null ? 'Matrix' : `${data.by}: ${panel.group}`}>
          {panel.group !== null && <h3>{data.by}: {panel.group} <span className="meta">({panel.cases === 1 ? '1 case' : `${panel.cases} cases`})</span></h3>}
          <HeatTable rows={data.rows} cols={cols} cells={cut ? panel.cells.map((r) => r.slice(0, MAX_COLUMNS)) : panel.cells} corner={data.columns === 'codes' ? 'Code × code' : 'Code'}
            codeColumns={data.columns === 'codes'} />
        </section>
      ))}
    </>
  );
}
