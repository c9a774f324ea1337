/**
 * Placing one selection on its canonical text: by its positions when they fit, else by its quote.
 * Several exporters (ATLAS.ti, MAXQDA) put the selected text, or its first hundred characters
 * ending in "…", in the selection's `name`; others put a label there ("line:6", "Quotation 6:1").
 * A name counts as a quote only when the text contains it, so a label never moves a selection.
 */
import { canonicalize } from '../../core/text.js';
import type { Convention, TextMap } from './positions.js';
import type { RefiSelection } from './types.js';

export interface Placed { start: number; end: number; anchor: RefiSelection['anchor']; quoteMatched: boolean }

interface Quote { body: string; truncated: boolean }

const MIN_QUOTE = 4;

/** Whitespace collapsed to single spaces, with each collapsed index's offset in the original. */
export class Collapsed {
  readonly text: string;
  private readonly index: Int32Array;
  constructor(source: string) {
    let out = '';
    const idx: number[] = [];
    let space = false;
    for (let i = 0; i < source.length; i++) {
      const ch = source[i] ?? '';
      if (/\s/u.test(ch)) {
        if (!space) { out += ' '; idx.push(i); }
        space = true;
      } else {
        out += ch;
        idx.push(i);
        space = false;
      }
    }
    idx.push(source.length);
    this.text = out;
    this.index = Int32Array.from(idx);
  }
  at(i: number): number { return this.index[i] ?? this.index[this.index.length - 1] ?? 0; }
}

function quoteOf(name: string): Quote | null {
  const trimmed = canonicalize(name).replace(/\s+/gu, ' ').trim();
  const truncated = /(…|\.\.\.)$/u.test(trimmed);
  const body = truncated ? trimmed.replace(/\s*(…|\.\.\.)$/u, '') : trimmed;
  return [...body].length >= MIN_QUOTE ? { body, truncated } : null;
}

function fits(slice: string, q: Quote): boolean {
  const s = slice.replace(/\s+/gu, ' ').trim();
  return q.truncated ? s.startsWith(q.body) : s === q.body;
}

function sameLength(slice: string, q: Quote): boolean {
  const n = slice.replace(/\s+/gu, ' ').trim().length;
  return Math.abs(n - q.body.length) <= Math.max(2, q.body.length / 10);
}

/** The occurrence of the quote nearest `near` (a canonical offset), or null. */
function findQuote(text: string, collapsed: Collapsed, q: Quote, near: number, length: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (let at = collapsed.text.indexOf(q.body); at !== -1; at = collapsed.text.indexOf(q.body, at + 1)) {
    const start = collapsed.at(at);
    // A cut-off quote gives only the start; the length comes from the positions.
    const end = q.truncated ? Math.min(text.length, start + Math.max(length, q.body.length)) : collapsed.at(at + q.body.length - 1) + 1;
    if (!best || Math.abs(start - near) < Math.abs(best.start - near)) best = { start, end };
    if (start > near) break;
  }
  return best;
}

/** Places a selection given in `convention` on the text `map` describes. */
export function place(
  map: TextMap, collapsed: () => Collapsed, sel: { name: string; start: number; end: number }, convention: Convention,
): Placed {
  const hit = map.toCanonical(sel.start, sel.end, convention);
  const q = quoteOf(sel.name);
  if (hit && (!q || fits(map.text.slice(hit.start, hit.end), q))) return { ...hit, anchor: 'position', quoteMatched: !!q };
  // A name of another length than the selection is a label (a renamed quotation), not its text.
  if (hit && q && !q.truncated && !sameLength(map.text.slice(hit.start, hit.end), q)) return { ...hit, anchor: 'position', quoteMatched: false };
  const len = Math.max(0, sel.end - sel.start);
  const found = q ? findQuote(map.text, collapsed(), q, hit?.start ?? sel.start, hit ? hit.end - hit.start : len) : null;
  if (found) return { ...found, anchor: 'quote', quoteMatched: false };
  if (hit) return { ...hit, anchor: 'position', quoteMatched: false };
  const max = map.length(convention);
  const s = Math.min(Math.max(0, Number.isFinite(sel.start) ? Math.trunc(sel.start) : 0), max);
  const e = Math.min(Math.max(s, Number.isFinite(sel.end) ? Math.trunc(sel.end) : s), max);
  const clamped = map.toCanonical(s, e, convention) ?? { start: map.text.length, end: map.text.length };
  return { ...clamped, anchor: 'orphaned', quoteMatched: false };
}
