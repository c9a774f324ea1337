/**
 * The places where the chosen coders differ, each with what every coder coded there side by side,
 * and one-click resolutions into the consensus layer (`consensus.resolve`, undoable like any command).
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { api, type CommandPayload } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import { useCommand, useProject, useProjectResource } from '../../project.js';
import { useResource } from '../../use-resource.js';
import { Loaded } from '../Status.js';
import {
  countsLine, disagreementsQuery, fetchDisagreements, placeKey, placeLabel, spanDiffers, type DisagreementPlace, type Disagreements,
} from './disagreement-api.js';
import { AgreedPlaces } from './AgreedPlaces.js';
import './agreement.css';
import { useSettled } from '../../lib/use-settled.js';

/** Long lists are shown a page at a time: each place carries buttons and a memo field. */
export const PAGE = 50;
const SETTLE_MS = 300;
/** Live changes come in bursts while someone codes; the list follows once the burst is over. */
const LIVE_SETTLE_MS = 800;


interface Props { projectId: string; coders: readonly string[]; docs: readonly string[] }

export function DisagreementBrowser({ projectId, coders, docs }: Props) {
  const query = useSettled(disagreementsQuery(coders, docs), SETTLE_MS);
  const live = useSettled(useProject().version, LIVE_SETTLE_MS);
  // A resolution made here reloads at once rather than after the live settling.
  const [resolvedHere, setResolvedHere] = useState(0);
  const result = useResource(() => fetchDisagreements(projectId, query), [projectId, query], live + resolvedHere);
  const [showResolved, setShowResolved] = useState(false);
  const toggleId = useId();

  return (
    <section className="disagreements" aria-labelledby="disagreements-title">
      <div className="disagreements-head">
        <h2 id="disagreements-title">Disagreements</h2>
        {result.state === 'ready' && <span className="meta" data-testid="disagreement-counts">{countsLine(result.data)}</span>}
        <label htmlFor={toggleId} className="disagreements-toggle">
          <input id={toggleId} type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} /> Show resolved
        </label>
      </div>
      <Loaded resource={result}>
        {(data) => (
          <>
            <AgreedPlaces agreed={data.agreed} coders={data.coders} docs={docs} onTaken={() => setResolvedHere((n) => n + 1)} />
            <PlaceList projectId={projectId} data={data} showResolved={showResolved} onResolved={() => setResolvedHere((n) => n + 1)} />
          </>
        )}
      </Loaded>
    </section>
  );
}

function PlaceList({ projectId, data, showResolved, onResolved }: {
  projectId: string; data: Disagreements; showResolved: boolean; onResolved: () => void;
}) {
  const [limit, setLimit] = useState(PAGE);
  const documents = useProjectResource(() => api.documents(projectId), [projectId]);
  const codes = useProjectResource(() => api.codes(projectId), [projectId]);
  const docIds = useMemo(() => new Map(documents.state === 'ready' ? documents.data.map((d) => [d.name, d.id]) : []), [documents]);
  const codeList = codes.state === 'ready' ? codes.data : [];
  const colors = useMemo(() => new Map(codeList.map((c) => [c.path, c.color])), [codeList]);
  const shown = data.places.filter((p) => showResolved || !p.resolved);

  if (data.places.length === 0) return <p className="status" role="status">These coders agree wherever they coded.</p>;
  if (shown.length === 0) {
    return <p className="status" role="status">No open disagreements; tick “Show resolved” to see the {data.resolved} resolved.</p>;
  }
  return (
    <>
      <div className="disagreement-list">
        {shown.slice(0, limit).map((place) => (
          <Place key={placeKey(place)} projectId={projectId} place={place} coders={data.coders} documentId={docIds.get(place.document)}
            colors={colors} codePaths={codeList.map((c) => c.path)} onResolved={onResolved} />
        ))}
      </div>
      {shown.length > limit && (
        <p className="disagreements-more">
          <span className="meta">Showing {limit} of {shown.length}.</span>{' '}
          <button type="button" onClick={() => setLimit((n) => n + PAGE)}>Show {Math.min(PAGE, shown.length - limit)} more</button>
        </p>
      )}
    </>
  );
}

type Resolution = Pick<CommandPayload<'consensus.resolve'>, 'accept' | 'codings' | 'dismiss'>;
interface Draft { code: string; start: string; end: string }

function Place({ projectId, place, coders, documentId, colors, codePaths, onResolved }: {
  projectId: string; place: DisagreementPlace; coders: readonly string[]; documentId: string | undefined;
  colors: Map<string, string | null>; codePaths: readonly string[]; onResolved: () => void;
}) {
  const run = useCommand();
  const { canCode } = useProject();
  const [memo, setMemo] = useState('');
  const [busy, setBusy] = useState(false);
  const [writing, setWriting] = useState(false);
  const fresh = (): Draft => ({ code: '', start: String(place.start), end: String(place.end) });
  const [drafts, setDrafts] = useState<Draft[]>([fresh()]);
  const id = useId();
  const label = placeLabel(place);

  const resolve = async (how: Resolution, done: string) => {
    setBusy(true);
    const payload: CommandPayload<'consensus.resolve'> = {
      document: place.document, at: place.start, coders: [...coders], ...how, ...(memo.trim() ? { memo } : {}),
    };
    const result = await run('consensus.resolve', payload, done);
    setBusy(false);
    if (!result) return;
    setMemo('');
    setWriting(false);
    setDrafts([fresh()]);
    onResolved();
  };

  const usable = drafts.filter((d) => d.code !== '' && d.start.trim() !== '' && d.end.trim() !== '');
  const submitNew = (e: FormEvent) => {
    e.preventDefault();
    if (usable.length === 0) return;
    const codings = usable.map((d) => ({ code: d.code, start: Number(d.start), end: Number(d.end) }));
    void resolve({ codings }, `Resolved ${label} with ${codings.length === 1 ? 'a new coding' : `${codings.length} new codings`}.`);
  };
  const setDraft = (i: number, patch: Partial<Draft>) => setDrafts((list) => list.map((d, j) => (j === i ? { ...d, ...patch } : d)));

  return (
    <section className={`disagreement${place.resolved ? ' is-resolved' : ''}`} aria-label={label} data-place={placeKey(place)}>
      <header className="disagreement-where">
        <strong>{place.document}</strong> <span className="meta">{place.start}–{place.end}</span>
        {place.resolved && <span className="disagreement-badge">Resolved</span>}
        {documentId !== undefined && (
          <a href={hrefOf({ view: 'document', projectId, documentId, at: place.start })}>Open in the document</a>
        )}
      </header>
      <blockquote className="disagreement-text">{place.text}</blockquote>
      <div className="disagreement-coders" style={{ gridTemplateColumns: `repeat(${coders.length}, minmax(10rem, 1fr))` }}>
        {coders.map((coder) => {
          const list = place.byCoder[coder] ?? [];
          return (
            <div key={coder} className="disagreement-coder" data-coder={coder}>
              <h3>{coder}</h3>
              {list.length === 0
                ? <p className="meta">(nothing)</p>
                : (
                  <ul aria-label={`${coder}’s codes`}>
                    {list.map((c) => (
                      <li key={`${c.code}:${c.start}:${c.end}`}>
                        <span className="swatch" aria-hidden="true" style={{ background: colors.get(c.code) ?? '#7a8aa0' }} />
                        {c.code}
                        {spanDiffers(c, place) && <span className="meta"> ({c.start}–{c.end})</span>}
                      </li>
                    ))}
                  </ul>
                )}
            </div>
          );
        })}
      </div>
      {canCode && (
        <div className="disagreement-resolve">
          <div className="disagreement-buttons">
            {coders.map((coder) => (
              <button key={coder} type="button" disabled={busy || (place.byCoder[coder] ?? []).length === 0}
                onClick={() => void resolve({ accept: [coder] }, `Resolved ${label}: kept ${coder}’s codings.`)}>
                Accept {coder}
              </button>
            ))}
            <button type="button" disabled={busy} aria-label={`Accept all: ${coders.join(', ')}`}
              onClick={() => void resolve({ accept: [...coders] }, `Resolved ${label}: kept every coder’s codings.`)}>
              Accept all
            </button>
            <button type="button" aria-expanded={writing} aria-controls={`${id}-new`} onClick={() => setWriting((w) => !w)}>Write new…</button>
            <button type="button" disabled={busy} title="The team agrees nothing should be coded here"
              onClick={() => void resolve({ dismiss: true }, `Resolved ${label}: left uncoded.`)}>
              Leave uncoded
            </button>
          </div>
          {writing && (
            <form id={`${id}-new`} className="disagreement-new" aria-label={`New codings for ${label}`} onSubmit={submitNew}>
              {drafts.map((d, i) => (
                <fieldset key={i} className="disagreement-new-row">
                  <legend className="visually-hidden">Coding {i + 1}</legend>
                  <label>Code{' '}
                    <select value={d.code} onChange={(e) => setDraft(i, { code: e.target.value })}>
                      <option value="">Choose a code</option>
                      {codePaths.map((p) => <option key={p} value={p}>{p}</option>)}
                    </select>
                  </label>
                  <label>Start{' '}
                    <input type="number" min={0} step={1} value={d.start} onChange={(e) => setDraft(i, { start: e.target.value })} />
                  </label>
                  <label>End{' '}
                    <input type="number" min={0} step={1} value={d.end} onChange={(e) => setDraft(i, { end: e.target.value })} />
                  </label>
                  {drafts.length > 1 && (
                    <button type="button" aria-label={`Remove coding ${i + 1}`} onClick={() => setDrafts((list) => list.filter((_, j) => j !== i))}>Remove</button>
                  )}
                </fieldset>
              ))}
              <div className="disagreement-buttons">
                <button type="button" onClick={() => setDrafts((list) => [...list, fresh()])}>Add a coding</button>
                <button type="submit" disabled={busy || usable.length === 0}>Resolve with these codings</button>
              </div>
            </form>
          )}
          <label className="disagreement-memo">
            Discussion memo
            <textarea rows={2} value={memo} onChange={(e) => setMemo(e.target.value)}
              placeholder="Optional: what the team agreed and why; saved with whichever resolution is chosen." />
          </label>
        </div>
      )}
    </section>
  );
}

export default DisagreementBrowser;
