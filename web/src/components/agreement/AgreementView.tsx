/**
 * The Agreement tab: how far the chosen coders agree, per code and over all codes, by one of the
 * methods in docs/agreement.md; with the formula, a paragraph for a methods section and the CSV.
 * The server computes every figure; this view only asks and shows.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { FigureKey } from '../../../../src/contract/agreement.js';
import { useProject, useProjectResource } from '../../project.js';
import { useResource } from '../../use-resource.js';
import { Loaded } from '../Status.js';
import { DisagreementBrowser } from './DisagreementBrowser.js';
import {
  agreementCsvUrl, agreementQuery, fetchAgreement, fetchTeam, splitTyped, type AgreementMethod, type AgreementResponse,
} from './agreement-api.js';
import {
  FIGURE_LABELS, FIGURE_TITLES, footnotesOf, METHOD_ORDER, METHODS, methodsParagraph, nameList, overallKeys, tableFigure,
} from './agreement-text.js';
import '../analysis/analysis.css';
import './agreement.css';
import { useSettled } from '../../lib/use-settled.js';


const SETTLE_MS = 300;
/** Live changes come in bursts while someone codes; the figures follow once the burst is over. */
const LIVE_SETTLE_MS = 800;

export function AgreementView({ projectId }: { projectId: string }) {
  const [coders, setCoders] = useState<string[]>([]);
  const [method, setMethod] = useState<AgreementMethod>('unitized');
  const [codes, setCodes] = useState('');
  const [docs, setDocs] = useState('');
  const [threshold, setThreshold] = useState('90');
  const team = useProjectResource(() => fetchTeam(projectId), [projectId]);
  const candidates = team.state === 'ready' ? team.data.filter((m) => m.role === 'coder' || m.role === 'owner').map((m) => m.name) : [];

  // Coders go in the team's order, whatever order they were ticked in, so the same choice is the same query.
  const chosen = candidates.filter((name) => coders.includes(name));
  const query = useSettled(agreementQuery({ coders: chosen, method, codes: splitTyped(codes), docs: splitTyped(docs), threshold }), SETTLE_MS);
  const version = useSettled(useProject().version, LIVE_SETTLE_MS);
  const result = useResource(() => (query === null ? Promise.resolve(null) : fetchAgreement(projectId, query)), [projectId, query], version);

  const thresholdOk = /^\d+$/.test(threshold.trim()) && Number(threshold) >= 1 && Number(threshold) <= 100;
  const toggle = (name: string, on: boolean) => setCoders((list) => (on ? [...list.filter((n) => n !== name), name] : list.filter((n) => n !== name)));

  return (
    <section className="analysis-view agreement-view" aria-labelledby="agreement-title">
      <h1 id="agreement-title">Agreement</h1>
      <p className="meta">How far coders who coded the same documents agree, per code and over all codes.</p>
      <form className="analysis-scope agreement-controls" onSubmit={(e) => e.preventDefault()} aria-label="What to compare">
        <fieldset className="agreement-coders">
          <legend>Coders</legend>
          <Loaded resource={team}>
            {() => candidates.length === 0
              ? <span className="hint">No member may code in this project yet.</span>
              : <>
                {candidates.map((name) => (
                  <label key={name} className="agreement-coder">
                    <input type="checkbox" name="coder" value={name} checked={coders.includes(name)} onChange={(e) => toggle(name, e.target.checked)} />
                    {' '}{name}
                  </label>
                ))}
                <span className="hint">Choose two or more{method === 'unitized' ? '' : ' (exactly two for this method)'}.</span>
              </>}
          </Loaded>
        </fieldset>
        <div className="agreement-field">
          <label htmlFor="agreement-method">Method</label>{' '}
          <select id="agreement-method" name="method" value={method} aria-describedby="agreement-method-about"
            onChange={(e) => setMethod(e.target.value as AgreementMethod)}>
            {METHOD_ORDER.map((m) => <option key={m} value={m} title={METHODS[m].about}>{METHODS[m].label}</option>)}
          </select>
          <span id="agreement-method-about" className="hint">{METHODS[method].about}</span>
        </div>
        <CommittedText label="Codes" name="codes" value={codes} onCommit={setCodes}
          hint="Code paths separated by commas, each with the codes below it; empty for every code." />
        <CommittedText label="Documents" name="docs" value={docs} onCommit={setDocs}
          hint="Document names separated by commas; empty for every document." />
        {method === 'overlap' && (
          <div className="agreement-field">
            <label htmlFor="agreement-threshold">Minimum overlap (%)</label>{' '}
            <input id="agreement-threshold" name="threshold" type="number" min={1} max={100} step={1} value={threshold}
              aria-invalid={!thresholdOk} aria-describedby="agreement-threshold-hint" onChange={(e) => setThreshold(e.target.value)} />
            <span id="agreement-threshold-hint" className="hint">A whole percentage from 1 to 100; MAXQDA’s default is 90.</span>
          </div>
        )}
      </form>
      <Loaded resource={result}>
        {(data) => data === null
          ? <p className="status" role="status">Choose at least two coders to compare.</p>
          : <AgreementResult data={data} csvUrl={agreementCsvUrl(projectId, query!)} />}
      </Loaded>
      {chosen.length >= 2 && <DisagreementBrowser projectId={projectId} coders={chosen} docs={splitTyped(docs)} />}
    </section>
  );
}

/** A text field whose value counts once the reader leaves it or presses Enter, not at every key. */
function CommittedText({ label, name, value, hint, onCommit }: {
  label: string; name: string; value: string; hint: string; onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const id = useId();
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') onCommit(draft);
  };
  return (
    <div className="agreement-field">
      <label htmlFor={id}>{label}</label>{' '}
      <input id={id} name={name} type="text" value={draft} aria-describedby={`${id}-hint`} placeholder="all"
        onChange={(e) => setDraft(e.target.value)} onBlur={() => onCommit(draft)} onKeyDown={onKey} />
      <span id={`${id}-hint`} className="hint">{hint}</span>
    </div>
  );
}

/** One figure's cell: three decimals, or "—" pointing at the footnote that says why. */
function FigureCell({ estimate, notes }: { estimate: AgreementResponse['overall']['figures'][FigureKey]; notes: Map<string, number> }) {
  if (!estimate) return <td className="num" />;
  if (estimate.value !== null) return <td className="num">{tableFigure(estimate.value)}</td>;
  const n = notes.get(estimate.reason);
  return (
    <td className="num agreement-undefined" aria-describedby={`agreement-note-${n}`}>
      <span title={estimate.reason} data-reason={estimate.reason}>—</span><sup aria-hidden="true">{n}</sup>
    </td>
  );
}

function AgreementResult({ data, csvUrl }: { data: AgreementResponse; csvUrl: string }) {
  const info = METHODS[data.method];
  const notes = footnotesOf(data);
  const counted = data.overall.counts !== undefined;
  const paragraph = methodsParagraph(data);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(paragraph);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('The clipboard is not available here: select the paragraph below and copy it.');
    }
  };
  const o = data.overall;
  return (
    <div className="agreement-result">
      <p className="agreement-reading" data-testid="agreement-reading">{data.reading}</p>
      <table className="listing agreement-table">
        <caption>
          {info.label} per code: {nameList(data.coders)} on {data.documents} {data.documents === 1 ? 'document' : 'documents'}
          {data.threshold !== null ? `, minimum overlap ${data.threshold}%` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            {counted && <><th scope="col" className="num">Agreements</th><th scope="col" className="num">Disagreements</th></>}
            {data.columns.map((k) => <th key={k} scope="col" className="num" title={FIGURE_TITLES[k]}>{FIGURE_LABELS[k]}</th>)}
          </tr>
        </thead>
        <tbody>
          {data.codes.length === 0 && (
            <tr><td colSpan={1 + (counted ? 2 : 0) + data.columns.length}>None of these coders applied a code here.</td></tr>
          )}
          {data.codes.map((c) => (
            <tr key={c.code} data-code={c.code}>
              <th scope="row">{c.code}</th>
              {counted && <><td className="num">{c.counts?.agreements ?? 0}</td><td className="num">{c.counts?.disagreements ?? 0}</td></>}
              {data.columns.map((k) => <FigureCell key={k} estimate={c.figures[k]} notes={notes} />)}
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="agreement-overall-title">Over all codes</h2>
      <dl className="agreement-overall">
        {overallKeys(data).map((k) => {
          const e = o.figures[k]!;
          const n = e.value === null ? notes.get(e.reason) : undefined;
          return (
            <div key={k} data-figure={k}>
              <dt title={FIGURE_TITLES[k]}>{FIGURE_LABELS[k]}</dt>
              <dd aria-describedby={n === undefined ? undefined : `agreement-note-${n}`}>
                {e.value === null ? <><span title={e.reason} data-reason={e.reason}>—</span><sup aria-hidden="true">{n}</sup></> : tableFigure(e.value)}
              </dd>
            </div>
          );
        })}
        {o.counts && (
          <div data-figure="counts">
            <dt>Agree / disagree</dt>
            <dd>{o.counts.agreements} / {o.counts.disagreements}</dd>
          </div>
        )}
      </dl>

      {notes.size > 0 && (
        <ol className="agreement-notes" aria-label="Why some figures are not defined">
          {[...notes].map(([reason, n]) => <li key={n} id={`agreement-note-${n}`} value={n}>Not defined: {reason}.</li>)}
        </ol>
      )}
      {data.orphanedSegments > 0 && (
        <p className="meta">
          {data.orphanedSegments} coded {data.orphanedSegments === 1 ? 'segment was' : 'segments were'} left out: their text was not found
          again after their document changed.
        </p>
      )}

      <details className="agreement-formula">
        <summary>Formula</summary>
        {info.formula.map((line) => <p key={line}>{line}</p>)}
        <p className="meta">Source: {info.source}</p>
      </details>

      <div className="agreement-actions">
        <button type="button" onClick={() => void copy()}>Copy methods paragraph</button>
        <a className="agreement-download" href={csvUrl} download>Download CSV</a>
        <span role="status" className="meta">{copied}</span>
      </div>
      <label className="agreement-paragraph">
        Methods paragraph
        <textarea readOnly rows={5} value={paragraph} onFocus={(e) => e.currentTarget.select()} />
      </label>
    </div>
  );
}

export default AgreementView;
