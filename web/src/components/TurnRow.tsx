/** One row of the transcript: a speaker turn (or text outside turns) with its highlights and margin. */
import type { CodeListing } from '../api.js';
import type { Block } from '../lib/blocks.js';
import { solid, tint } from '../lib/color.js';
import { highlightPieces, type CodedSpan } from '../lib/highlight.js';
import { CodingMargin } from './CodingMargin.js';

export interface TurnRowProps {
  index: number;
  text: string;
  block: Block;
  spans: readonly CodedSpan[];
  codes: ReadonlyMap<string, CodeListing>;
  top: number;
  measure: (el: HTMLElement | null) => void;
}

export function TurnRow({ index, text, block, spans, codes, top, measure }: TurnRowProps) {
  const pieces = highlightPieces(block.start, block.end, spans);
  return (
    <div
      className={block.speaker === null ? 'turn turn-outside' : 'turn'}
      data-index={index}
      ref={measure}
      role="listitem"
      aria-label={block.speaker === null ? undefined : `Turn of ${block.speaker}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      <p className="turn-text">
        {pieces.map((piece) => {
          const slice = text.slice(piece.start, piece.end);
          const depth = piece.layers.length;
          if (depth === 0) return <span key={piece.start}>{slice}</span>;
          const inner = codes.get(piece.layers[depth - 1]!.codeId);
          const outer = codes.get(piece.layers[0]!.codeId);
          const names = piece.layers.map((l) => codes.get(l.codeId)?.name ?? 'unknown code').join(', ');
          return (
            <span
              key={piece.start}
              className="hl"
              data-depth={depth}
              title={names}
              style={{
                background: tint(inner?.color, depth),
                boxShadow: depth > 1 ? `inset 0 -2px 0 ${solid(outer?.color)}` : undefined,
              }}
            >
              {slice}
            </span>
          );
        })}
      </p>
      <CodingMargin spans={spans} codes={codes} block={block} />
    </div>
  );
}
