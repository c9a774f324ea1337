/** A transcript rendered row by row, only the rows in view (long sessions stay fast). */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { CodeListing, DocumentView } from '../api.js';
import { blocksOf, type Block } from '../lib/blocks.js';
import { spansByBlock, type CodedSpan } from '../lib/highlight.js';
import { TurnRow } from './TurnRow.js';

/** A first guess of a row's height before it is measured: about 90 characters a line. */
const estimate = (block: Block | undefined, bars: number): number =>
  block ? Math.max(Math.ceil((block.end - block.start) / 90) * 24, bars * 22) + 20 : 44;

export function Transcript({ doc, codes }: { doc: DocumentView; codes: ReadonlyMap<string, CodeListing> }) {
  const blocks = useMemo(() => blocksOf(doc.text, doc.turns), [doc]);
  const perBlock = useMemo(() => {
    const spans: CodedSpan[] = doc.segments.filter((s) => !s.orphaned)
      .map((s) => ({ id: s.id, start: s.start, end: s.end, codeIds: s.codings.map((c) => c.codeId) }));
    return spansByBlock(blocks, spans);
  }, [doc, blocks]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimate(blocks[i], perBlock[i]?.reduce((n, s) => n + s.codeIds.length, 0) ?? 0),
    overscan: 6,
  });
  if (blocks.length === 0) return <p className="status">This document has no text.</p>;
  return (
    <div className="transcript" ref={scroller} tabIndex={0} aria-label={`Transcript of ${doc.name}`}>
      <div className="transcript-inner" role="list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <TurnRow
            key={item.key}
            index={item.index}
            text={doc.text}
            block={blocks[item.index]!}
            spans={perBlock[item.index] ?? []}
            codes={codes}
            top={item.start}
            measure={virtualizer.measureElement}
          />
        ))}
      </div>
    </div>
  );
}
