/**
 * The documents table. A lab's archive holds thousands of transcripts, so only the rows in view
 * (and a few beyond) are in the page; the rest are stood in for by two spacer rows of their height.
 */
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { DocumentListing } from '../../api.js';
import { hrefOf } from '../../lib/route.js';

const numbers = new Intl.NumberFormat();
/** Every row is one line high (long names are cut with an ellipsis), so heights are known up front. */
export const ROW_PX = 40;

/** What a document brought in from another program stands for; its text is the transcript or description. */
const MEDIA = { audio: 'audio recording', video: 'video recording', picture: 'picture' } as const;

export function DocumentTable({ projectId, documents }: { projectId: string; documents: readonly DocumentListing[] }) {
  const body = useRef<HTMLTableSectionElement>(null);
  // The table's distance from the top of the page, so the window's scroll maps onto its rows. Read
  // after every render, scrolling included: what sits above it (the import queue) changes height on its own.
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const top = body.current ? body.current.getBoundingClientRect().top + window.scrollY : 0;
    if (top !== offset) setOffset(top);
  });
  const virtualizer = useWindowVirtualizer({ count: documents.length, estimateSize: () => ROW_PX, overscan: 12, scrollMargin: offset });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0]!.start - offset : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - offset) : 0;
  return (
    <table className="listing documents-table" aria-rowcount={documents.length + 1}>
      <colgroup>
        <col className="col-name" /><col className="col-case" /><col className="col-kind" />
        <col className="col-num" /><col className="col-length" /><col className="col-num" />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Name</th><th scope="col">Case</th><th scope="col">Kind</th>
          <th scope="col" className="num">Turns</th><th scope="col" className="num">Length</th><th scope="col" className="num">Codings</th>
        </tr>
      </thead>
      <tbody ref={body}>
        {before > 0 && <tr className="spacer" aria-hidden="true" style={{ height: before }}><td colSpan={6} /></tr>}
        {items.map((item) => {
          const d = documents[item.index]!;
          return (
            <tr key={d.id} aria-rowindex={item.index + 2} style={{ height: ROW_PX }}>
              <th scope="row" title={d.name}><a href={hrefOf({ view: 'document', projectId, documentId: d.id })}>{d.name}</a></th>
              <td>{d.case ?? '—'}</td>
              <td title={d.media?.path ?? undefined}>{d.kind}{d.media ? ` · ${MEDIA[d.media.kind]}` : ''}</td>
              <td className="num">{numbers.format(d.turns)}</td>
              <td className="num">{numbers.format(d.length)} chars</td>
              <td className="num">{numbers.format(d.codings)}</td>
            </tr>
          );
        })}
        {after > 0 && <tr className="spacer" aria-hidden="true" style={{ height: after }}><td colSpan={6} /></tr>}
      </tbody>
    </table>
  );
}
