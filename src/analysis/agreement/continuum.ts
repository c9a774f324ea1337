/**
 * Coded text as continuous, unitized data: documents of a given length and the codings coders
 * made in them, each a half-open range [start, end) of positions (characters, or whatever unit
 * the caller counts in). Pure data, no database; the unitized α family, the character κ and
 * MAXQDA's modes all read it, so all share one set of checks and one-sentence errors.
 */

/** A document: its id and its length in positions, 0 … length. */
export interface TextDocument { id: string; length: number }

/** One coder's application of one code to the positions start … end − 1 of one document. */
export interface Coding { coder: string; document: string; code: string; start: number; end: number }

/**
 * The coders are listed apart from their codings so that a coder who coded nothing still
 * counts: leaving that coder out would hide the disagreement.
 */
export interface CodedTexts { documents: readonly TextDocument[]; coders: readonly string[]; codings: readonly Coding[] }

/** A run of positions [start, end). */
export interface Span { start: number; end: number }

const quote = (s: string): string => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;

/**
 * Throws a RangeError naming the first problem: duplicate document ids or coder names, a
 * document whose length is not a whole number ≥ 0, or a coding by an unlisted coder, in an
 * unknown document, or whose range is not whole numbers with 0 ≤ start < end ≤ length.
 */
export function checkCodedTexts(data: CodedTexts): void {
  const lengths = new Map<string, number>();
  for (const d of data.documents) {
    if (lengths.has(d.id)) throw new RangeError(`The document id ${quote(d.id)} appears twice: give each document one entry.`);
    if (!Number.isInteger(d.length) || d.length < 0) throw new RangeError(`Document ${quote(d.id)} has length ${d.length}: a length is a whole number of positions, 0 or more.`);
    lengths.set(d.id, d.length);
  }
  const coders = new Set<string>();
  for (const c of data.coders) {
    if (coders.has(c)) throw new RangeError(`The coder ${quote(c)} is listed twice: list each coder once.`);
    coders.add(c);
  }
  for (const k of data.codings) {
    // built only for an error: checked on every coding of every analysis
    const what = () => `The coding of ${quote(k.code)} by ${quote(k.coder)} in ${quote(k.document)}`;
    if (!coders.has(k.coder)) throw new RangeError(`${what()} is by a coder not in the list of coders: add ${quote(k.coder)} to the coders.`);
    const length = lengths.get(k.document);
    if (length === undefined) throw new RangeError(`${what()} is in a document not in the list of documents: add it with its length.`);
    if (!Number.isInteger(k.start) || !Number.isInteger(k.end) || k.start < 0 || k.end > length || k.start >= k.end) {
      throw new RangeError(`${what()} runs from ${k.start} to ${k.end}: give whole positions with 0 ≤ start < end ≤ ${length}, the document's length.`);
    }
  }
}

/** The codings grouped by coder, then document: `byCoder.get(coder)?.get(document)`. */
export function codingsByCoder(data: CodedTexts): Map<string, Map<string, Coding[]>> {
  const by = new Map<string, Map<string, Coding[]>>(data.coders.map((c) => [c, new Map()]));
  for (const k of data.codings) {
    const docs = by.get(k.coder)!;
    const list = docs.get(k.document) ?? [];
    list.push(k);
    docs.set(k.document, list);
  }
  return by;
}

/** Every code used in the codings, in first-seen order. */
export function codesOf(data: CodedTexts): string[] {
  return [...new Set(data.codings.map((k) => k.code))];
}

/** The positions covered by any of the spans, as sorted disjoint runs (touching runs joined). */
export function unionOf(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** How many positions two sorted lists of disjoint runs share. */
export function sharedLength(a: readonly Span[], b: readonly Span[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
    if (x.end <= y.end) i += 1;
    else j += 1;
  }
  return shared;
}

/** Total length of disjoint runs. */
export const lengthOf = (spans: readonly Span[]): number => spans.reduce((s, x) => s + x.end - x.start, 0);

/** The data with only the given documents (and the codings in them): for per-document figures. */
export function onlyDocuments(data: CodedTexts, ids: readonly string[]): CodedTexts {
  const keep = new Set(ids);
  return {
    documents: data.documents.filter((d) => keep.has(d.id)),
    coders: data.coders,
    codings: data.codings.filter((k) => keep.has(k.document)),
  };
}

/** Throws unless exactly two coders are listed: the character κ and MAXQDA's modes compare a pair. */
export function twoCodersOf(data: CodedTexts, method: string): [string, string] {
  const [first, second] = data.coders;
  if (data.coders.length !== 2 || first === undefined || second === undefined) {
    throw new RangeError(`${method} compares exactly two coders, not ${data.coders.length}: choose two, or use Krippendorff's unitized α for more.`);
  }
  return [first, second];
}
