/**
 * What a model node shows. A code: its colour and name, its counts (the same line the SVG export
 * writes: "12 codings · 5 cases · typical"), and a way to its segments. A memo: its title and a
 * way to open it. A segment: its quote, and a way to it in its document (named in the tooltip).
 */
import { countsLine } from '../../../../src/analysis/model-layout.js';
import { hrefOf } from '../../lib/route.js';
import { formatSegmentQuery, NO_FILTERS } from '../../lib/segment-query.js';
import type { NodeData } from './model-flow.js';

export function NodeBody({ data, projectId }: { data: NodeData; projectId: string }) {
  const counts = countsLine(data.counts);
  const place = data.kind === 'segment' ? data.place : null;
  const title = place ? `“${data.title}” — in ${place.document}` : data.title;
  return (
    <div className={`model-node-body node-${data.kind}`} style={{ borderLeftColor: data.color }}>
      <span className="model-node-label" title={title}>{data.kind === 'segment' ? `“${data.label}”` : data.label}</span>
      {counts && <span className="model-node-counts" data-label={data.counts?.label ?? 'none'}>{counts}</span>}
      {/* nodrag/nopan: the links are clicked, not grabbed to move the node or the canvas. */}
      {data.codePath !== null && (
        <a className="model-node-link nodrag nopan" aria-label={`Show segments of ${data.label}`}
          href={hrefOf({ view: 'segments', projectId, query: formatSegmentQuery({ ...NO_FILTERS, codes: [data.codePath] }) })}>
          Show segments
        </a>
      )}
      {data.kind === 'memo' && (
        <a className="model-node-link nodrag nopan" aria-label={`Open the memo ${data.label}`}
          href={hrefOf({ view: 'memos', projectId, memoId: data.ref })}>
          Open memo
        </a>
      )}
      {place && (
        <a className="model-node-link nodrag nopan" aria-label={`Open the segment in ${place.document}`} title={place.document}
          href={hrefOf({ view: 'document', projectId, documentId: place.documentId, at: place.start })}>
          Open in document
        </a>
      )}
    </div>
  );
}
