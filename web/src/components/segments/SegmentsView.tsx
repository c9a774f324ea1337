/**
 * Retrieval: coded segments filtered by codes (any, all, overlapping), documents, coders and the
 * participants' attributes. The filters live in the address, so a reload or a shared link keeps them.
 */
import { useEffect, useRef, useState } from 'react';
import type { SegmentHit } from '../../../../src/store/queries/segments.js';
import { api, ApiError } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import {
  fetchSegments, formatSegmentQuery, PAGE_SIZE, parseSegmentQuery, segmentsUrl, type SegmentFilters as Filters, type SegmentPage,
} from '../../lib/segment-query.js';
import { useProject, useProjectResource } from '../../project.js';
import { Loaded } from '../Status.js';
import { SegmentFilters } from './SegmentFilters.js';
import { SegmentResults } from './SegmentResults.js';
import './segments.css';
import { useSettled } from '../../lib/use-settled.js';

/** Typing in a filter waits this long before the list reloads. */
const SETTLE_MS = 200;


export function SegmentsView({ projectId, query }: { projectId: string; query?: string | undefined; memoId?: string | undefined }) {
  const { notify } = useProject();
  const [filters, setFilters] = useState<Filters>(() => parseSegmentQuery(query));
  // A link from another view (…/segments?code=…) replaces the filters.
  useEffect(() => setFilters(parseSegmentQuery(query)), [query]);
  const q = useSettled(formatSegmentQuery(filters), SETTLE_MS);
  useEffect(() => {
    const href = hrefOf(q ? { view: 'segments', projectId, query: q } : { view: 'segments', projectId });
    // Replacing (not pushing) keeps Back for leaving the view rather than undoing each click.
    if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
  }, [q, projectId]);

  const codes = useProjectResource(() => api.codes(projectId), [projectId]);
  const documents = useProjectResource(() => api.documents(projectId), [projectId]);
  const cases = useProjectResource(() => api.cases(projectId), [projectId]);
  // Live reloads fetch as many matches as are shown, so "Show more" survives other people's changes.
  const shown = useRef({ q, count: PAGE_SIZE });
  const results = useProjectResource(
    () => fetchSegments(projectId, q, shown.current.q === q ? shown.current.count : PAGE_SIZE, 0),
    [projectId, q],
  );
  const [more, setMore] = useState<{ base: SegmentPage; items: SegmentHit[] } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const coders = useRef<string[]>([]);
  if (results.state === 'ready') coders.current = results.data.coders;

  const itemsOf = (page: SegmentPage) => (more?.base === page ? [...page.items, ...more.items] : page.items);
  const showMore = async (page: SegmentPage) => {
    const loaded = itemsOf(page).length;
    setLoadingMore(true);
    try {
      const next = await fetchSegments(projectId, q, PAGE_SIZE, loaded);
      shown.current = { q, count: loaded + next.items.length };
      setMore((m) => ({ base: page, items: [...(m?.base === page ? m.items : []), ...next.items] }));
    } catch (err) {
      notify('error', err instanceof ApiError ? err.message : String(err));
    } finally {
      setLoadingMore(false);
    }
  };

  const ready = <T,>(r: { state: string; data?: T }, fallback: T): T => (r.state === 'ready' ? r.data as T : fallback);
  return (
    <section className="segments-view" aria-labelledby="segments-title">
      <h1 id="segments-title">Segments</h1>
      <div className="segments-layout">
        <SegmentFilters filters={filters} onChange={setFilters} choices={{
          codes: ready(codes, []), documents: ready(documents, []), cases: ready(cases, []), coders: coders.current,
        }} />
        <div className="segments-results">
          <Loaded resource={results}>
            {(page) => (
              <>
                <div className="segments-summary">
                  <p role="status">{page.total === 1 ? '1 coded segment' : `${page.total} coded segments`}</p>
                  {page.total > 0 && (
                    <p className="segments-export">
                      Download all {page.total}: <a href={segmentsUrl(projectId, q, 'csv')} download>CSV (spreadsheet)</a>
                      {' · '}<a href={segmentsUrl(projectId, q, 'md')} download>Markdown by document</a>
                      {' · '}<a href={segmentsUrl(projectId, q, 'md', { group: 'code' })} download>Markdown by code</a>
                    </p>
                  )}
                </div>
                <SegmentResults projectId={projectId} items={itemsOf(page)} total={page.total} loadingMore={loadingMore}
                  onMore={() => void showMore(page)} />
              </>
            )}
          </Loaded>
        </div>
      </div>
    </section>
  );
}
