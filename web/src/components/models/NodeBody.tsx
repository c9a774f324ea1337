/**
 * What a model node shows: the code's colour and name, its counts (the same line the SVG export
 * writes: "12 codings · 5 cases · typical"), and a way to its segments.
 */
import { countsLine } from '../../../../src/analysis/model-layout.js';
import { hrefOf } from '../../lib/route.js';
import { formatSegmentQuery, NO_FILTERS } from '../../lib/segment-query.js';
import type { NodeData } from './model-flow.js';

export function NodeBody({ data, projectId }: { data: NodeData; projectId: string }) {
  const counts = countsLine(data.counts);
  return (
    <div className="model-node-body" style={{ borderLeftColor: data.color }}>
      <span className="model-node-label" title={data.title}>{data.label}</span>
      {counts && <span className="model-node-counts" data-label={data.counts?.label ?? 'none'}>{counts}</span>}
      {data.codePath !== null && (
        // nodrag/nopan: the link is clicked, not grabbed to move the node or the canvas.
        <a className="model-node-link nodrag nopan" aria-label={`Show segments of ${data.label}`}
          href={hrefOf({ view: 'segments', projectId, query: formatSegmentQuery({ ...NO_FILTERS, codes: [data.codePath] }) })}>
          Show segments
        </a>
      )}
    </div>
  );
}
