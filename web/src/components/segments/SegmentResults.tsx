/** Matching segments as quotes in their context, each opening its document at that place. */
import type { SegmentHit } from '../../../../src/store/queries/segments.js';
import { solid } from '../../lib/color.js';
import { hrefOf } from '../../lib/route.js';

export function SegmentResults({ projectId, items, total, onMore, loadingMore }: {
  projectId: string; items: readonly SegmentHit[]; total: number; onMore(): void; loadingMore: boolean;
}) {
  if (total === 0) return <p className="status">No coded segments match these filters.</p>;
  return (
    <>
      <ol className="segment-list" aria-label="Coded segments">
        {items.map((s) => (
          <li key={s.id} className="segment-item">
            <blockquote className="segment-quote">
              {s.before && <span className="segment-context">{s.before}</span>}
              <mark className="segment-text">{s.text}</mark>
              {s.after && <span className="segment-context">{s.after}</span>}
              {s.case && <span className="segment-case"> ({s.case})</span>}
            </blockquote>
            <p className="segment-source">
              <a href={hrefOf({ view: 'document', projectId, documentId: s.documentId, at: s.start })}>
                {s.doc}, characters {s.start}–{s.end}
              </a>
              <span className="meta"> · coded by {s.coder}</span>
              {s.orphaned && <span className="badge">text changed: review this segment</span>}
            </p>
            <ul className="segment-codes" aria-label="Codes">
              {s.codes.map((c) => (
                <li key={c.path}><span className="swatch" style={{ background: solid(c.color) }} aria-hidden="true" />{c.path}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {items.length < total && (
        <button type="button" onClick={onMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : `Show more (${items.length} of ${total} shown)`}
        </button>
      )}
    </>
  );
}
