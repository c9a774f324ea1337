/**
 * From an exporter's positions to Sparks' canonical offsets. A source's text is read as stored
 * (BOM removed, line ends and Unicode form as written); exporters count positions in that text in
 * one of four ways, and `mapText` maps each of them onto the canonical text (`canonicalize`:
 * LF line ends, NFC) exactly, piece by piece, rather than by guessing.
 */
import type { RefiProject } from './types.js';

export type Convention = RefiProject['convention'];

/**
 * - `codepoints`: Unicode code points, line ends as stored (CRLF = 2) — what the standard says.
 * - `codepoints-crlf1`: code points, a CRLF line end counted once (ATLAS.ti).
 * - `utf16`: UTF-16 code units, a CRLF counted once.
 * - `utf16-crlf2`: UTF-16 code units as stored (NVivo for Windows and Mac).
 */
export const CONVENTIONS: readonly Convention[] = ['codepoints', 'codepoints-crlf1', 'utf16', 'utf16-crlf2'];

export interface TextMap {
  /** The canonical text. */
  text: string;
  /** How many positions the text has under a convention (the largest valid end). */
  length(convention: Convention): number;
  /** Canonical [start, end) for positions under a convention; null when they do not fit the text. */
  toCanonical(start: number, end: number, convention: Convention): { start: number; end: number } | null;
}

// Lines made only of these characters are unchanged by NFC, so they need no piecewise mapping.
const NFC_SAFE = /^[\u0000-\u02ff]*$/u;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** The exporter's view of a text and the way back to canonical offsets. */
export function mapText(stored: string): TextMap {
  const raw = stored.replace(/^\uFEFF+/u, '');
  // canon[i]: canonical offset of raw UTF-16 index i, or -1 inside a piece NFC or CRLF merged.
  const canon = new Int32Array(raw.length + 1).fill(-1);
  const parts: string[] = [];
  let c = 0;
  const lineEnd = /\r\n|\r|\n/gu;
  let i = 0;
  while (i <= raw.length) {
    lineEnd.lastIndex = i;
    const m = lineEnd.exec(raw);
    const j = m ? m.index : raw.length;
    c = mapLine(raw.slice(i, j), i, c, canon, parts);
    if (!m) break;
    canon[j] = c;
    parts.push('\n');
    c += 1;
    i = j + m[0].length;
  }
  canon[raw.length] = c;
  const text = parts.join('');
  const units = new Map<Convention, Int32Array | null>();
  const unitsOf = (conv: Convention) => {
    if (!units.has(conv)) units.set(conv, unitStarts(raw, conv));
    return units.get(conv) ?? null;
  };
  const rawIndex = (pos: number, conv: Convention) => { const u = unitsOf(conv); return u ? (u[pos] ?? raw.length) : pos; };
  const length = (conv: Convention) => { const u = unitsOf(conv); return u ? u.length - 1 : raw.length; };
  return {
    text,
    length,
    toCanonical(start, end, conv) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length(conv)) return null;
      let s = rawIndex(start, conv);
      let e = rawIndex(end, conv);
      while ((canon[s] ?? 0) < 0) s--;
      while ((canon[e] ?? 0) < 0) e++;
      return { start: canon[s] ?? 0, end: canon[e] ?? text.length };
    },
  };
}

/** Maps one line (no line ends) starting at raw index `at`, canonical offset `c`; returns the next offset. */
function mapLine(line: string, at: number, c: number, canon: Int32Array, parts: string[]): number {
  const nfc = line.normalize('NFC');
  if (NFC_SAFE.test(line) || nfc === line) {
    for (let k = 0; k < line.length; k++) {
      // Inside a surrogate pair is no position of its own.
      const inPair = k > 0 && isLow(line.charCodeAt(k)) && isHigh(line.charCodeAt(k - 1));
      canon[at + k] = inPair ? -1 : c + k;
    }
    parts.push(line);
    return c + line.length;
  }
  // NFC never reaches across a grapheme cluster, so each cluster maps as a whole.
  const pieces = [...graphemes.segment(line)].map((g) => ({ index: g.index, nfc: g.segment.normalize('NFC') }));
  if (pieces.map((p) => p.nfc).join('') !== nfc) {
    canon[at] = c;
    parts.push(nfc);
    return c + nfc.length;
  }
  for (const p of pieces) {
    canon[at + p.index] = c;
    c += p.nfc.length;
  }
  parts.push(nfc);
  return c;
}

/** Raw UTF-16 index where each position of a convention starts (plus the end); null for identity. */
function unitStarts(raw: string, conv: Convention): Int32Array | null {
  if (conv === 'utf16-crlf2') return null;
  const codepoints = conv !== 'utf16';
  const crlf1 = conv !== 'codepoints';
  const starts: number[] = [];
  for (let i = 0; i < raw.length;) {
    starts.push(i);
    if (crlf1 && raw.charCodeAt(i) === 13 && raw.charCodeAt(i + 1) === 10) i += 2;
    else if (codepoints && isHigh(raw.charCodeAt(i)) && isLow(raw.charCodeAt(i + 1))) i += 2;
    else i += 1;
  }
  starts.push(raw.length);
  return Int32Array.from(starts);
}

function isHigh(code: number): boolean { return code >= 0xd800 && code <= 0xdbff; }
function isLow(code: number): boolean { return code >= 0xdc00 && code <= 0xdfff; }

/** The convention an exporter is known to use, from the project's `origin`. */
export function declaredConvention(origin: string | null): Convention {
  if (origin && /nvivo/iu.test(origin)) return 'utf16-crlf2';
  if (origin && /atlas\.?ti|each line break counted once/iu.test(origin)) return 'codepoints-crlf1';
  return 'codepoints';
}
