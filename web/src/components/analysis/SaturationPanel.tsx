/**
 * Data saturation (Guest, Namey & Chen, 2020): the chart, one sentence saying whether and where the
 * data saturated, the parameters to try others with (and, for the project's owner, keep as its
 * defaults), and the numbers as tables for reading without the picture.
 */
import { useMemo, useState } from 'react';
import type { SaturationOptions } from '../../../../src/analysis/index.js';
import { api, type SaturationResponse } from '../../api.js';
import { readSaturationOptions, saturationQuery, type AnalysisScope } from '../../lib/analysis-query.js';
import { useCommand, useProject, useProjectResource } from '../../project.js';
import { Loaded } from '../Status.js';
import { ROLE_COLORS, LINE_COLOR, SaturationChart, type ChartPoint } from './SaturationChart.js';
import { useSettled } from '../../lib/use-settled.js';
import { SETTLE_MS } from './ScopeControls.js';

type Fields = Record<keyof SaturationOptions, string>;
const toFields = (o: SaturationOptions): Fields => ({ base: String(o.base), run: String(o.run), threshold: String(o.threshold) });
const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Whether the data saturated, as a state and a sentence. */
export function saturationSentence(d: SaturationResponse): { state: 'too-few' | 'saturated' | 'not-saturated'; text: string } {
  const { base, run, threshold } = d.options;
  if (d.perDocument.length < d.needed) {
    return { state: 'too-few', text: `Needs at least ${d.needed} documents (a base of ${base} and one run of ${run}) to judge saturation; there ${d.perDocument.length === 1 ? 'is' : 'are'} ${d.perDocument.length}.` };
  }
  if (d.saturatedAt) {
    const at = d.perDocument.findIndex((p) => p.doc === d.saturatedAt);
    const r = d.runs.find((x) => x.from === d.perDocument[at + 1]?.doc);
    const why = r ? `: the next ${plural(run, 'document')} added ${plural(r.newCodes, 'new code')}, ${percent(r.ratio ?? 0)} of the base's ${d.base.codes}` : '';
    return { state: 'saturated', text: `Saturation reached at ${d.saturatedAt} (${d.notation})${why}.` };
  }
  const why = d.base.codes === 0
    ? `the first ${plural(base, 'document')} hold no codes, so there is nothing to measure new codes against`
    : `no run of ${plural(run, 'document')} after the base added ${percent(threshold)} or less new codes (the base holds ${plural(d.base.codes, 'code')})`;
  return { state: 'not-saturated', text: `The data did not saturate: ${why}.` };
}

function chartPoints(d: SaturationResponse): ChartPoint[] {
  const at = d.saturatedAt ? d.perDocument.findIndex((p) => p.doc === d.saturatedAt) : -1;
  return d.perDocument.map((p, i) => ({
    ...p, role: i < d.base.documents ? 'base' : at >= 0 && i > at && i <= at + d.options.run ? 'run' : 'after',
  }));
}

export function SaturationPanel({ projectId, scope }: { projectId: string; scope: AnalysisScope }) {
  // The first query leaves the parameters to the project; until something is typed the boxes show
  // the ones the server used.
  const [typed, setTyped] = useState<Fields | null>(null);
  const [chosen, setChosen] = useState<SaturationOptions | null>(null);
  // What the project stores: the server's answer to a query that leaves the parameters to it (the
  // answers to typed ones echo what was typed), then whatever this panel saved.
  const [stored, setStored] = useState<SaturationOptions | null>(null);
  const [saving, setSaving] = useState(false);
  const run = useCommand();
  const { canManage } = useProject();
  const settled = useSettled(JSON.stringify(chosen), SETTLE_MS);
  const asked = JSON.parse(settled) as SaturationOptions | null;
  const query = saturationQuery(scope, asked);
  const result = useProjectResource(() => api.analysis.saturation(projectId, query).then((d) => {
    if (!asked) setStored(d.options);
    return d;
  }), [projectId, query]);
  const fields = typed ?? (result.state === 'ready' ? toFields(result.data.options) : null);
  const change = (part: Partial<Fields>) => {
    const next = { ...(fields ?? { base: '', run: '', threshold: '' }), ...part };
    setTyped(next);
    const options = readSaturationOptions(next.base, next.run, next.threshold);
    if (options) setChosen(options);
  };
  const current = fields && readSaturationOptions(fields.base, fields.run, fields.threshold);
  const unusable = fields !== null && !current;
  const differs = !!current && !!stored && (current.base !== stored.base || current.run !== stored.run || current.threshold !== stored.threshold);
  const keep = async () => {
    if (!current) return;
    setSaving(true);
    const done = await run('project.settings', { settings: { saturation: current } }, 'Saved the saturation parameters as the project\'s defaults.');
    setSaving(false);
    if (done !== undefined) setStored(current);
  };

  return (
    <section className="analysis-panel" aria-labelledby="saturation-title">
      <h2 id="saturation-title">Saturation</h2>
      <form className="analysis-controls" aria-label="Saturation parameters" onSubmit={(e) => e.preventDefault()}>
        <label>Base documents <input type="number" name="base" min={1} step={1} value={fields?.base ?? ''} onChange={(e) => change({ base: e.target.value })} /></label>
        <label>Run length <input type="number" name="run" min={1} step={1} value={fields?.run ?? ''} onChange={(e) => change({ run: e.target.value })} /></label>
        <label>Threshold (share of the base) <input type="number" name="threshold" min={0} max={1} step={0.01} value={fields?.threshold ?? ''} onChange={(e) => change({ threshold: e.target.value })} /></label>
        {differs && canManage && <button type="button" disabled={saving} onClick={() => void keep()}>Keep as the project's defaults</button>}
      </form>
      {unusable && <p className="status error">Base and run are whole numbers from 1, the threshold a share from 0 to 1 (0.05 is 5%).</p>}
      <Loaded resource={result}>{(data) => <SaturationResult data={data} />}</Loaded>
    </section>
  );
}

function SaturationResult({ data }: { data: SaturationResponse }) {
  const points = useMemo(() => chartPoints(data), [data]);
  const sentence = saturationSentence(data);
  const run = points.filter((p) => p.role === 'run');
  const label = `Chart of codes per document for ${plural(points.length, 'document')} in interview order: new codes as bars, cumulative codes as a line`
    + `${points.length ? `, reaching ${points.at(-1)!.cumulative}` : ''}; the first ${data.base.documents} form the base`
    + `${run.length ? `; the saturating run is ${run[0]!.doc}${run.length > 1 ? ` to ${run.at(-1)!.doc}` : ''}` : ''}. ${sentence.text}`;
  return (
    <figure className="saturation">
      {points.length > 0 && <SaturationChart points={points} label={label} />}
      {points.length > 0 && (
        <ul className="saturation-legend" aria-hidden="true">
          {(['base', 'run', 'after'] as const).map((r) => <li key={r}><span className="swatch" style={{ background: ROLE_COLORS[r].bar }} />New codes, {ROLE_COLORS[r].label}</li>)}
          <li><span className="swatch swatch-line" style={{ background: LINE_COLOR }} />Cumulative codes</li>
        </ul>
      )}
      <figcaption className="saturation-caption" data-state={sentence.state} data-saturated-at={data.saturatedAt ?? undefined}>{sentence.text}</figcaption>
      {points.length > 0 && <SaturationNumbers data={data} points={points} />}
    </figure>
  );
}

function SaturationNumbers({ data, points }: { data: SaturationResponse; points: readonly ChartPoint[] }) {
  return (
    <details className="saturation-numbers">
      <summary>Show the numbers</summary>
      <table className="listing">
        <caption>Codes per document</caption>
        <thead><tr><th scope="col">Document</th><th scope="col">Part</th><th scope="col" className="num">New codes</th><th scope="col" className="num">Cumulative</th></tr></thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.doc} data-doc={p.doc}><th scope="row">{p.doc}</th><td>{ROLE_COLORS[p.role].label}</td><td className="num">{p.newCodes}</td><td className="num">{p.cumulative}</td></tr>
          ))}
        </tbody>
      </table>
      {data.runs.length > 0 && (
        <table className="listing">
          <caption>Runs of {data.options.run} after the base ({data.base.codes} codes)</caption>
          <thead><tr><th scope="col">Run</th><th scope="col" className="num">New codes</th><th scope="col" className="num">Share of the base</th></tr></thead>
          <tbody>
            {data.runs.map((r) => (
              <tr key={r.from}><th scope="row">{r.from === r.to ? r.from : `${r.from}–${r.to}`}</th><td className="num">{r.newCodes}</td><td className="num">{r.ratio === null ? '—' : percent(r.ratio)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
