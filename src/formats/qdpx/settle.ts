/**
 * Deciding how a project counts positions and placing every selection. The exporter's known
 * convention comes first; the others are tried only when it leaves selections out of their text
 * or at odds with their quotes, and one is taken only when it fits strictly better.
 */
import { Collapsed, place } from './anchor.js';
import { plural, Warnings } from './common.js';
import { CONVENTIONS, type Convention } from './positions.js';
import type { PendingSource } from './read-sources.js';
import type { RefiSource } from './types.js';

interface Fit { inRange: number; quoted: number; moved: number }

function fit(pending: PendingSource[], conv: Convention): Fit {
  const f: Fit = { inRange: 0, quoted: 0, moved: 0 };
  for (const p of pending) {
    if (!p.map) continue;
    let collapsed: Collapsed | null = null;
    const lazy = () => (collapsed ??= new Collapsed(p.map!.text));
    for (const s of p.raw) {
      const placed = place(p.map, lazy, s, conv);
      if (placed.anchor === 'position') f.inRange++;
      if (placed.quoteMatched) f.quoted++;
      if (placed.anchor !== 'position') f.moved++;
    }
  }
  return f;
}

const score = (f: Fit) => f.inRange + 2 * f.quoted;

/** Picks the convention, places the selections into each source, and warns about what moved. */
export function settle(pending: PendingSource[], declared: Convention, warnings: Warnings): { sources: RefiSource[]; convention: Convention } {
  let convention = declared;
  const first = fit(pending, declared);
  if (first.moved > 0) {
    let best = score(first);
    for (const conv of CONVENTIONS) {
      if (conv === declared) continue;
      const s = score(fit(pending, conv));
      if (s > best) { best = s; convention = conv; }
    }
    if (convention !== declared) {
      warnings.add(`The selections fit their texts better counted as ${describe(convention)} than as ${describe(declared)}, which the exporting program usually writes, so Sparks read them that way.`);
    }
  }
  const sources = pending.map((p) => placeAll(p, convention, warnings));
  return { sources, convention };
}

function placeAll(p: PendingSource, convention: Convention, warnings: Warnings): RefiSource {
  if (!p.map) return p.source;
  const map = p.map;
  let collapsed: Collapsed | null = null;
  const lazy = () => (collapsed ??= new Collapsed(map.text));
  let quoted = 0;
  let orphaned = 0;
  const selections = p.raw.map((s) => {
    const placed = place(map, lazy, s, convention);
    if (placed.anchor === 'quote') quoted++;
    if (placed.anchor === 'orphaned') orphaned++;
    const { description, ...rest } = s;
    return { ...rest, start: placed.start, end: placed.end, anchor: placed.anchor, ...(description ? { description } : {}) };
  });
  // A sync point between the two halves of a line break or a character moves to its start.
  const sync = p.sync.flatMap((x) => {
    const at = map.toCanonical(x.position, x.position, convention);
    return at ? [{ at: at.start, ms: x.ms }] : [];
  }).sort((a, b) => a.at - b.at || a.ms - b.ms);
  const name = `"${p.source.name}"`;
  if (quoted > 0) warnings.add(`${plural(quoted, 'selection')} in ${name} did not fit ${quoted === 1 ? 'its' : 'their'} positions and ${quoted === 1 ? 'was' : 'were'} placed by ${quoted === 1 ? 'its' : 'their'} quoted text instead.`);
  if (orphaned > 0) warnings.add(`${plural(orphaned, 'selection')} in ${name} point${orphaned === 1 ? 's' : ''} outside its text and could not be found by quote; ${orphaned === 1 ? 'it is' : 'they are'} kept as orphaned for you to review.`);
  return { ...p.source, selections, ...(sync.length ? { sync } : {}) };
}

function describe(conv: Convention): string {
  switch (conv) {
    case 'codepoints': return 'Unicode code points with line ends as stored';
    case 'codepoints-crlf1': return 'Unicode code points with each line break counted once';
    case 'utf16': return 'UTF-16 code units with each line break counted once';
    case 'utf16-crlf2': return 'UTF-16 code units with line ends as stored';
  }
}
