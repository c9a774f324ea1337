/**
 * Rebuilds readable paragraphs from positioned PDF text items (pure; no pdf.js here).
 * Items become lines by their baselines, lines become paragraphs by vertical gaps, short last
 * lines, size changes and speaker labels; page numbers at the top or bottom of a page are dropped.
 */
import { matchLabel } from './speaker-label.js';

/** One run of text, in page coordinates with y growing downwards (baseline position). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A line of text rebuilt from items. */
export interface PdfLine {
  text: string;
  y: number;
  left: number;
  right: number;
  size: number;
}

// "7", "7/12", "Page 7 of 12", "- 7 -", or numbers only ("45 2/5": a line number beside a folio).
const PAGE_NUMBER =
  /^(?:(?:page|página|pág\.?|p\.)\s*)?\d{1,4}(?:\s*(?:\/|of|de)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$|^[\d\s/]+$/iu;
const SENTENCE_END = /[.!?…:;"”’)\]]$/u;

/** Groups one page's items into lines, top to bottom, then drops page-number lines at its edges. */
export function itemsToLines(items: readonly PdfTextItem[]): PdfLine[] {
  const visible = items.filter((it) => it.str.trim() !== '' && it.size > 0);
  visible.sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfTextItem[][] = [];
  for (const item of visible) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    // Baselines within half a font size share a line (paragraph numbers sit a little off).
    if (group && first && Math.abs(item.y - first.y) <= 0.5 * Math.max(item.size, first.size)) group.push(item);
    else groups.push([item]);
  }
  return dropPageNumbers(groups.map(toLine));
}

function toLine(group: PdfTextItem[]): PdfLine {
  const items = [...group].sort((a, b) => a.x - b.x);
  let text = '';
  let prevEnd = Number.NEGATIVE_INFINITY;
  for (const it of items) {
    const gap = it.x - prevEnd;
    // A gap wider than a sixth of the font size is a word space that the PDF did not encode.
    if (text !== '' && gap > it.size / 6 && !/\s$/u.test(text) && !/^\s/u.test(it.str)) text += ' ';
    text += it.str;
    prevEnd = Math.max(prevEnd, it.x + it.width);
  }
  const sizes = items.map((it) => it.size);
  return {
    text: text.replace(/[ \t]+/gu, ' ').trim(),
    y: Math.max(...items.map((it) => it.y)),
    left: Math.min(...items.map((it) => it.x)),
    right: prevEnd,
    size: Math.max(...sizes),
  };
}

function dropPageNumbers(lines: PdfLine[]): PdfLine[] {
  let start = 0;
  let end = lines.length;
  for (let n = 0; n < 2 && start < end && PAGE_NUMBER.test(lines[start]?.text ?? ''); n++) start++;
  for (let n = 0; n < 2 && end > start && PAGE_NUMBER.test(lines[end - 1]?.text ?? ''); n++) end--;
  return lines.slice(start, end);
}

/** Measures of the whole document that paragraph decisions compare against. */
interface Metrics {
  lineSpacing: number;
  textRight: number;
  textWidth: number;
}

function measure(pages: readonly PdfLine[][]): Metrics {
  const deltas: number[] = [];
  const rights: number[] = [];
  let left = Number.POSITIVE_INFINITY;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      rights.push(line.right);
      left = Math.min(left, line.left);
      const prev = lines[i - 1];
      if (prev && sameSize(prev, line) && line.y - prev.y > 0.5 * line.size) deltas.push(line.y - prev.y);
    });
  }
  rights.sort((a, b) => a - b);
  const textRight = rights[Math.floor(rights.length * 0.95)] ?? 0;
  return { lineSpacing: smallestCommon(deltas), textRight, textWidth: Math.max(1, textRight - left) };
}

/** The smallest line distance that recurs: plain line spacing, as opposed to paragraph spacing. */
function smallestCommon(deltas: number[]): number {
  if (deltas.length === 0) return 0;
  const bins = new Map<number, number>();
  for (const d of deltas) {
    const bin = Math.round(d * 2) / 2; // half-point bins absorb rounding in the PDF
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  const needed = Math.max(2, deltas.length * 0.1);
  const common = [...bins.entries()].filter(([, n]) => n >= needed).map(([d]) => d);
  if (common.length > 0) return Math.min(...common);
  const sorted = [...deltas].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function sameSize(a: PdfLine, b: PdfLine): boolean {
  return Math.abs(a.size - b.size) <= 0.15 * Math.min(a.size, b.size);
}

function isShort(line: PdfLine, m: Metrics): boolean {
  return line.right < m.textRight - Math.max(0.12 * m.textWidth, 4 * line.size);
}

function startsParagraph(prev: PdfLine, line: PdfLine, prevIsFirst: boolean, m: Metrics): boolean {
  const gap = line.y - prev.y;
  if (gap <= 0 || (m.lineSpacing > 0 && gap > 1.4 * m.lineSpacing)) return true;
  if (!sameSize(prev, line) || isShort(prev, m) || matchLabel(line.text) !== null) return true;
  // A first-line indent after a full line opens a new paragraph.
  return !prevIsFirst && line.left > prev.left + line.size;
}

function joinLines(a: string, b: string): string {
  // A word hyphenated across lines keeps its hyphen but loses the break.
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a + b;
  return `${a} ${b}`;
}

/**
 * Turns the lines of every page into text: one paragraph per line, a blank line between pages.
 * A paragraph that runs on from one page to the next (its last line is full and ends mid-sentence)
 * is kept whole.
 */
export function linesToText(pages: readonly PdfLine[][]): string {
  const m = measure(pages);
  const groups: string[][] = [];
  let group: string[] = [];
  let paragraph: string | null = null;
  let last: PdfLine | null = null;
  let lastIsFirst = false;
  for (const [p, pageLines] of pages.entries()) {
    const repeated = p > 0 ? overlap(pages[p - 1] ?? [], pageLines) : 0;
    const lines = pageLines.slice(repeated);
    for (const [i, line] of lines.entries()) {
      let join = false;
      if (paragraph !== null && last !== null) {
        join = i === 0 ? repeated > 0 || runsOnToNextPage(last, line, m) : !startsParagraph(last, line, lastIsFirst, m);
        if (!join) group.push(paragraph);
        if (i === 0 && !join) {
          groups.push(group);
          group = [];
        }
      }
      paragraph = join && paragraph !== null ? joinLines(paragraph, line.text) : line.text;
      lastIsFirst = !join;
      last = line;
    }
  }
  if (paragraph !== null) group.push(paragraph);
  if (group.length > 0) groups.push(group);
  return groups.map((g) => g.join('\n')).join('\n\n');
}

function runsOnToNextPage(last: PdfLine, first: PdfLine, m: Metrics): boolean {
  return !isShort(last, m) && !SENTENCE_END.test(last.text) && sameSize(last, first) && matchLabel(first.text) === null;
}

/**
 * How many lines at the top of a page repeat the bottom of the previous one. Some exporters
 * (the one behind the PDPilot interview transcripts among them) reprint a paragraph's last lines on the next page, the
 * first of them without its paragraph number; such a repeat also proves the paragraph runs on.
 */
function overlap(prev: readonly PdfLine[], next: readonly PdfLine[]): number {
  const same = (a: string, b: string): boolean => a === b || a.replace(/^\d{1,5}\s+/u, '') === b;
  for (let k = Math.min(5, prev.length, next.length); k > 0; k--) {
    const tail = prev.slice(prev.length - k);
    const head = next.slice(0, k);
    const repeatedChars = head.reduce((n, l) => n + l.text.length, 0);
    if (repeatedChars >= 20 && tail.every((l, j) => same(l.text, head[j]?.text ?? ''))) return k;
  }
  return 0;
}
