/**
 * Where coders differ, for a team to talk through: the codings of a document grouped into places
 * (runs of text where codings overlap, by any coder with any code); a place is a disagreement
 * when the coders did not all apply the same codes to the same spans there.
 */

export interface PlacedCoding { id: string; coder: string; code: string; start: number; end: number }

export interface Place {
  start: number; end: number;
  /** Each compared coder's codings in the place (an empty list when they coded nothing there). */
  byCoder: Record<string, PlacedCoding[]>;
  agree: boolean;
}

const key = (c: PlacedCoding): string => `${c.code}\u0000${c.start}\u0000${c.end}`;

/** The places of one document, in text order. Codings by coders not in `coders` are ignored. */
export function placesOf(codings: readonly PlacedCoding[], coders: readonly string[]): Place[] {
  const wanted = new Set(coders);
  const sorted = codings.filter((c) => wanted.has(c.coder)).sort((a, b) => a.start - b.start || a.end - b.end);
  const places: Place[] = [];
  let current: { start: number; end: number; members: PlacedCoding[] } | null = null;
  const close = () => {
    if (!current) return;
    const byCoder: Record<string, PlacedCoding[]> = Object.fromEntries(coders.map((c) => [c, []]));
    for (const c of current.members) byCoder[c.coder]!.push(c);
    const signatures = coders.map((c) => byCoder[c]!.map(key).sort().join('\u0001'));
    places.push({ start: current.start, end: current.end, byCoder, agree: signatures.every((s) => s === signatures[0]) });
  };
  for (const c of sorted) {
    // Touching is not overlapping: [0, 5) and [5, 9) are two places.
    if (current && c.start < current.end) {
      current.end = Math.max(current.end, c.end);
      current.members.push(c);
    } else {
      close();
      current = { start: c.start, end: c.end, members: [c] };
    }
  }
  close();
  return places;
}

/** The codings a resolution takes into the consensus layer: one coder's, or the union of several (each span and code once). */
export function chosenCodings(place: Place, from: readonly string[]): PlacedCoding[] {
  const seen = new Set<string>();
  const out: PlacedCoding[] = [];
  for (const coder of from) {
    for (const c of place.byCoder[coder] ?? []) {
      if (seen.has(key(c))) continue;
      seen.add(key(c));
      out.push(c);
    }
  }
  return out;
}
