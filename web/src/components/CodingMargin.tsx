/** The margin beside a row: one bar per coding of the segments in it, labelled with its code. */
import type { CodeListing } from '../api.js';
import type { Block } from '../lib/blocks.js';
import { solid } from '../lib/color.js';
import type { CodedSpan } from '../lib/highlight.js';

interface Props {
  spans: readonly CodedSpan[];
  codes: ReadonlyMap<string, CodeListing>;
  block: Block;
  /** Opens the details of a segment; the bar is where they open. */
  onOpen(segmentIds: string[], from: HTMLElement): void;
}

export function CodingMargin({ spans, codes, block, onOpen }: Props) {
  const bars = spans.flatMap((s) => s.codeIds.map((codeId) => ({ s, codeId })));
  if (bars.length === 0) return <div className="margin" aria-hidden="true" />;
  return (
    <ul className="margin" aria-label="Codings">
      {bars.map(({ s, codeId }) => {
        const code = codes.get(codeId);
        const continued = s.start < block.start;
        const continues = s.end > block.end;
        return (
          <li key={`${s.id}:${codeId}`} className="bar-item">
            <button type="button" className="bar" title={code?.path ?? 'unknown code'} onClick={(e) => onOpen([s.id], e.currentTarget)}>
              <span className="bar-line" style={{ background: solid(code?.color) }} />
              <span className="bar-name">{continued ? '… ' : ''}{code?.name ?? 'unknown code'}{continues ? ' …' : ''}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
