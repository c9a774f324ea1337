/** One row of the transcript: a speaker turn (or text outside turns) with its highlights and margin. */
import type { KeyboardEvent } from 'react';
import type { CodeListing } from '../api.js';
import type { Block } from '../lib/blocks.js';
import { clockOf } from '../lib/clock.js';
import { solid, tint } from '../lib/color.js';
import { highlightPieces, withMarks, type CodedSpan, type Mark } from '../lib/highlight.js';
import { CodingMargin } from './CodingMargin.js';

export interface TurnRowProps {
  index: number;
  text: string;
  block: Block;
  spans: readonly CodedSpan[];
  codes: ReadonlyMap<string, CodeListing>;
  /** Passing marks over the text: the selection being coded, the place the reader was sent to. */
  marks: readonly Mark[];
  top: number;
  measure: (el: HTMLElement | null) => void;
  /** Opens the details of the segments at a highlight or bar. */
  onOpen(segmentIds: string[], from: HTMLElement): void;
}

/** The segments of a piece's layers, each once, outermost first. */
const segmentsOf = (layers: readonly { segmentId: string }[]): string[] => [...new Set(layers.map((l) => l.segmentId))];

export function TurnRow({ index, text, block, spans, codes, marks, top, measure, onOpen }: TurnRowProps) {
  const pieces = withMarks(highlightPieces(block.start, block.end, spans), marks);
  const time = block.startMs === undefined ? undefined : clockOf(block.startMs);
  const onKey = (e: KeyboardEvent<HTMLElement>, ids: string[]) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    onOpen(ids, e.currentTarget);
  };
  return (
    <div
      className={block.speaker === null ? 'turn turn-outside' : 'turn'}
      data-index={index}
      ref={measure}
      role="listitem"
      aria-label={block.speaker === null ? undefined : `Turn of ${block.speaker}${time ? ` at ${time}` : ''}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      {/* The time is drawn by CSS, so a selection of the text never takes it along. */}
      <p className="turn-text" data-time={time}>
        {pieces.map((piece) => {
          const slice = text.slice(piece.start, piece.end);
          const depth = piece.layers.length;
          const marked = piece.marks.join(' ');
          // data-start lets a DOM selection be mapped back to exact text offsets.
          if (depth === 0) return <span key={piece.start} data-start={piece.start} className={marked || undefined}>{slice}</span>;
          const inner = codes.get(piece.layers[depth - 1]!.codeId);
          const outer = codes.get(piece.layers[0]!.codeId);
          const names = piece.layers.map((l) => codes.get(l.codeId)?.name ?? 'unknown code').join(', ');
          const ids = segmentsOf(piece.layers);
          return (
            <span
              key={piece.start}
              data-start={piece.start}
              className={marked ? `hl ${marked}` : 'hl'}
              data-depth={depth}
              title={names}
              tabIndex={0}
              role="button"
              aria-roledescription="coded text"
              onClick={(e) => onOpen(ids, e.currentTarget)}
              onKeyDown={(e) => onKey(e, ids)}
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
      <CodingMargin spans={spans} codes={codes} block={block} onOpen={onOpen} />
    </div>
  );
}
