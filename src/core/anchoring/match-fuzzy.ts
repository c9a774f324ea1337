import type { Selector } from '../types.js';
import { approximateMatches, contextWindows } from './approximate.js';
import { NEAR } from './match-quote.js';
import {
  prefixAgreement,
  rankCandidates,
  suffixAgreement,
  type Candidate,
  type ScoredCandidate,
} from './score.js';

/** Least similarity of the prefix and of the suffix for a fuzzy match's context to look alike. */
const MIN_CONTEXT = 0.5;

function unique(candidates: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of candidates) seen.set(`${c.start}:${c.end}`, c);
  return [...seen.values()];
}

/**
 * Whether a fuzzy candidate is trustworthy: its prefix and suffix each still look alike, and
 * the old context does not close up at one of its edges. If the suffix fits as well right at
 * the candidate's start (or the prefix right at its end), the quote was deleted and the
 * candidate is merely a look-alike beside the seam.
 */
function plausible(text: string, selector: Selector, c: ScoredCandidate): boolean {
  if (Math.min(c.prefix, c.suffix) < MIN_CONTEXT) return false;
  const closesAtStart = suffixAgreement(text, selector.suffix, c.start) >= c.suffix;
  const closesAtEnd = prefixAgreement(text, selector.prefix, c.end) >= c.prefix;
  return !closesAtStart && !closesAtEnd;
}

/**
 * Step 3: approximate matches within `maxErrors` edits, best first, untrustworthy ones left out.
 * The search only reports the fewest-edit matches of the range it is given, so it runs on
 * windows: near the old position (enough when the best match there has intact context), after
 * surviving copies of the prefix and before those of the suffix, then the whole text.
 */
export function matchFuzzy(
  text: string,
  selector: Selector,
  origin: number | null,
  maxErrors: number,
): ScoredCandidate[] {
  const { exact } = selector;
  const near =
    origin === null
      ? []
      : approximateMatches(text, exact, maxErrors, origin - NEAR, origin + exact.length + NEAR);
  let ranked = rankCandidates(text, selector, near, origin);
  const first = ranked[0];
  if (!first || first.prefix < 1 || first.suffix < 1) {
    const elsewhere = contextWindows(text, selector, maxErrors)
      .flatMap(([from, to]) => approximateMatches(text, exact, maxErrors, from, to))
      .concat(approximateMatches(text, exact, maxErrors));
    ranked = rankCandidates(text, selector, unique([...near, ...elsewhere]), origin);
  }
  return ranked.filter((c) => plausible(text, selector, c));
}
