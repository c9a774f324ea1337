/** A transcript rendered row by row, only the rows in view (long sessions stay fast). */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { CodeListing, DocumentView } from '../api.js';
import { blockAt, blocksOf, type Block } from '../lib/blocks.js';
import { spansByBlock, type CodedSpan, type Mark } from '../lib/highlight.js';
import type { Rect } from '../lib/popover.js';
import { offsetsOf, type TextRange } from '../lib/selection.js';
import { TurnRow } from './TurnRow.js';

/** A first guess of a row's height before it is measured: about 90 characters a line. */
const estimate = (block: Block | undefined, bars: number): number =>
  block ? Math.max(Math.ceil((block.end - block.start) / 90) * 24, bars * 22) + 20 : 44;

/** How long the place the reader was sent to stays marked. */
const FLASH_MS = 2500;

export interface TranscriptProps {
  doc: DocumentView;
  codes: ReadonlyMap<string, CodeListing>;
  /** The range being coded, marked while the picker is open. */
  pending: TextRange | null;
  /** A character offset to bring into view and mark briefly (from a link to this place). */
  at?: number | undefined;
  /** The scrolling box, for returning focus to the transcript. */
  scroller?: RefObject<HTMLDivElement | null>;
  /** Told of each selection, to code it; left out for readers, whose selections are only for copying. */
  onSelectText?: ((range: TextRange, near: Rect) => void) | undefined;
  onOpenSegments(segmentIds: string[], from: HTMLElement): void;
}

/** Where a selection ends on screen: its last line, or the pointer when the browser gives no box. */
function rectOfSelection(range: Range, pointer: { x: number; y: number } | null, fallback: Element): Rect {
  const rects = range.getClientRects?.();
  const last = rects && rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect?.();
  if (last && (last.width > 0 || last.height > 0)) return last;
  if (pointer) return { left: pointer.x, right: pointer.x, top: pointer.y, bottom: pointer.y };
  return fallback.getBoundingClientRect();
}

export function Transcript({ doc, codes, pending, at, scroller: outer, onSelectText, onOpenSegments }: TranscriptProps) {
  const blocks = useMemo(() => blocksOf(doc.text, doc.turns), [doc]);
  const perBlock = useMemo(() => {
    const spans: CodedSpan[] = doc.segments.filter((s) => !s.orphaned)
      .map((s) => ({ id: s.id, start: s.start, end: s.end, codeIds: s.codings.map((c) => c.codeId) }));
    return spansByBlock(blocks, spans);
  }, [doc, blocks]);
  const own = useRef<HTMLDivElement>(null);
  const scroller = outer ?? own;
  const inner = useRef<HTMLDivElement>(null);
  const pressed = useRef(false);
  // The highlight a press began on, made unfocusable until the button is released (see onMouseDown).
  const pressedHighlight = useRef<Element | null>(null);
  // Whether the current mouse press made a selection: the click that ends that drag is not a click on a highlight.
  const pressSelected = useRef(false);
  const [flash, setFlash] = useState<TextRange | null>(null);
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => estimate(blocks[i], perBlock[i]?.reduce((n, s) => n + s.codeIds.length, 0) ?? 0),
    overscan: 6,
  });

  // Only when the target changes: live reloads must leave the reader where they are.
  useEffect(() => {
    if (at === undefined) return;
    const i = blockAt(blocks, at);
    const block = blocks[Math.min(i, blocks.length - 1)];
    if (!block) return;
    virtualizer.scrollToIndex(Math.min(i, blocks.length - 1), { align: 'center' });
    const segment = doc.segments.find((s) => !s.orphaned && s.start === at);
    setFlash(segment ? { start: segment.start, end: segment.end } : { start: block.start, end: block.end });
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [at]); // eslint-disable-line react-hooks/exhaustive-deps

  const marks = useMemo<Mark[]>(() => [
    ...(pending ? [{ name: 'pending', ...pending }] : []),
    ...(flash ? [{ name: 'flash', ...flash }] : []),
  ], [pending, flash]);

  const readSelection = (pointer: { x: number; y: number } | null) => {
    const selection = window.getSelection();
    if (!onSelectText || !selection || selection.isCollapsed || selection.rangeCount === 0 || !inner.current) return;
    const range = selection.getRangeAt(0);
    const offsets = offsetsOf(inner.current, range, doc.text);
    if (!offsets) return;
    if (pointer) pressSelected.current = true;
    onSelectText(offsets, rectOfSelection(range, pointer, inner.current));
  };
  // A drag may be released outside the transcript (past its edge): listen on the whole page.
  const read = useRef(readSelection);
  read.current = readSelection;
  useEffect(() => {
    const onUp = (e: MouseEvent) => {
      pressedHighlight.current?.setAttribute('tabindex', '0');
      pressedHighlight.current = null;
      if (!pressed.current) return;
      pressed.current = false;
      read.current({ x: e.clientX, y: e.clientY });
    };
    document.addEventListener('mouseup', onUp);
    return () => document.removeEventListener('mouseup', onUp);
  }, []);
  // A drag that ends on a highlight also clicks it; the selection wins.
  const open = (ids: string[], from: HTMLElement) => {
    if (pressSelected.current) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && inner.current?.contains(selection.anchorNode)) return;
    onOpenSegments(ids, from);
  };

  if (blocks.length === 0) return <p className="status">This document has no text.</p>;
  return (
    <div
      className="transcript"
      ref={scroller}
      tabIndex={0}
      aria-label={`Transcript of ${doc.name}`}
      aria-describedby="transcript-hint"
      onMouseDown={(e) => {
        pressed.current = e.button === 0;
        pressSelected.current = false;
        // Chromium starts no text selection on a press inside a focusable element, so a drag from
        // inside coded text would select nothing: the highlight is focusable again on release.
        pressedHighlight.current?.setAttribute('tabindex', '0');
        pressedHighlight.current = e.button === 0 ? (e.target as Element).closest('.hl[tabindex]') : null;
        pressedHighlight.current?.removeAttribute('tabindex');
      }}
      onKeyDownCapture={() => {
        pressSelected.current = false;
      }}
      onKeyUp={(e) => e.key === 'Shift' && readSelection(null)}
    >
      <p id="transcript-hint" className="visually-hidden">
        {onSelectText ? 'Select text to code it; press' : 'Press'} Enter on coded text for its details.
      </p>
      <div className="transcript-inner" ref={inner} role="list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const block = blocks[item.index]!;
          return (
            <TurnRow
              key={item.key}
              index={item.index}
              text={doc.text}
              block={block}
              spans={perBlock[item.index] ?? []}
              codes={codes}
              marks={marks.filter((m) => m.start < block.end && m.end > block.start)}
              top={item.start}
              measure={virtualizer.measureElement}
              onOpen={open}
            />
          );
        })}
      </div>
    </div>
  );
}
