/**
 * Full-text search of the project's transcripts: the query lives in the address (a reload keeps it),
 * hits show in their context and open their document at that place, and (for those who may
 * code) every hit can be auto-coded in one undoable change.
 */
import { useEffect, useRef, useState } from 'react';
import type { AutocodeUnit, SearchHit, SearchPage } from '../../../../src/contract/search.js';
import { ApiError } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import { useProject, useProjectResource } from '../../project.js';
import { Loaded } from '../Status.js';
import { AutocodeDialog } from './AutocodeDialog.js';
import { autocode, fetchSearch, SEARCH_PAGE } from './search-api.js';
import './search.css';

const EMPTY: SearchPage = { total: 0, offset: 0, limit: SEARCH_PAGE, hits: [] };

export function SearchView({ projectId, q }: { projectId: string; q: string }) {
  const { notify, refresh, canCode } = useProject();
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  // Live reloads fetch as many passages as are shown, so "Show more" survives other people's changes.
  const shown = useRef({ q, count: SEARCH_PAGE });
  const results = useProjectResource(
    () => (q.trim() ? fetchSearch(projectId, q, 0, shown.current.q === q ? shown.current.count : SEARCH_PAGE) : Promise.resolve(EMPTY)),
    [projectId, q],
  );
  const [more, setMore] = useState<{ base: SearchPage; hits: SearchHit[]; passages: number } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);

  const search = (e: React.FormEvent) => {
    e.preventDefault();
    shown.current = { q: draft, count: SEARCH_PAGE };
    window.location.hash = hrefOf(draft.trim() ? { view: 'search', projectId, q: draft } : { view: 'search', projectId });
  };
  const passagesOf = (page: SearchPage) => Math.min(page.total, page.limit) + (more?.base === page ? more.passages : 0);
  const showMore = async (page: SearchPage) => {
    const loaded = passagesOf(page);
    setLoadingMore(true);
    try {
      const next = await fetchSearch(projectId, q, loaded);
      shown.current = { q, count: loaded + SEARCH_PAGE };
      setMore((m) => ({ base: page, hits: [...(m?.base === page ? m.hits : []), ...next.hits], passages: (m?.base === page ? m.passages : 0) + Math.min(SEARCH_PAGE, next.total - loaded) }));
    } catch (err) {
      notify('error', err instanceof ApiError ? err.message : String(err));
    } finally {
      setLoadingMore(false);
    }
  };
  const confirm = async (code: string, unit: AutocodeUnit) => {
    setBusy(true);
    try {
      const r = await autocode(projectId, { q, code, unit });
      notify('info', `Coded ${r.applied} ${r.applied === 1 ? 'passage' : 'passages'} with ${code}${r.skipped ? ` (${r.skipped} already had it)` : ''}. Ctrl+Z undoes it.`);
      setDialog(false);
      refresh();
    } catch (err) {
      notify('error', err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="search-view" aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form className="search-form" role="search" onSubmit={search}>
        <label htmlFor="search-box">Words to find</label>
        <input id="search-box" type="search" value={draft} onChange={(e) => setDraft(e.target.value)}
          placeholder='sesión "momento de encuentro" terap* -niño' aria-describedby="search-help" />
        <button type="submit">Search</button>
        <p id="search-help" className="meta">
          Accents and capitals do not matter. All words must occur; use “quotes” for a phrase, terap* for a beginning, OR for either, -word to leave out.
        </p>
      </form>
      {q.trim() && (
        <Loaded resource={results}>
          {(page) => {
            const hits = more?.base === page ? [...page.hits, ...more.hits] : page.hits;
            return (
              <>
                <div className="search-summary">
                  <p role="status">{page.total === 1 ? '1 passage matches' : `${page.total} passages match`}</p>
                  {page.total > 0 && canCode && <button type="button" onClick={() => setDialog(true)}>Auto-code all {page.total} hits…</button>}
                </div>
                {page.total === 0 ? <p className="status">Nothing matches “{q}”.</p> : <SearchResults projectId={projectId} hits={hits} />}
                {passagesOf(page) < page.total && (
                  <button type="button" onClick={() => void showMore(page)} disabled={loadingMore}>
                    {loadingMore ? 'Loading…' : `Show more (${passagesOf(page)} of ${page.total} passages shown)`}
                  </button>
                )}
                {dialog && canCode && <AutocodeDialog projectId={projectId} q={q} total={page.total} busy={busy}
                  onConfirm={(code, unit) => void confirm(code, unit)} onClose={() => setDialog(false)} />}
              </>
            );
          }}
        </Loaded>
      )}
    </section>
  );
}

function SearchResults({ projectId, hits }: { projectId: string; hits: readonly SearchHit[] }) {
  return (
    <ol className="search-list" aria-label="Search results">
      {hits.map((h) => (
        <li key={`${h.documentId}:${h.start}`} className="search-item">
          <a href={hrefOf({ view: 'document', projectId, documentId: h.documentId, at: h.start })}>
            <span className="search-source">{h.document}{h.case ? ` (${h.case})` : ''}{h.turnSpeaker ? ` · ${h.turnSpeaker}` : ''}</span>
            <span className="search-quote">{h.before}<mark>{h.text}</mark>{h.after}</span>
          </a>
        </li>
      ))}
    </ol>
  );
}
