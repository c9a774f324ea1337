import type { Selector } from '../types.js';
import { maxErrorsFor } from './approximate.js';
import { clampOffset, snapToGraphemes } from './graphemes.js';
import { matchFuzzy } from './match-fuzzy.js';
import { matchPosition, matchQuote } from './match-quote.js';

/** Outcome of re-anchoring a selector: a range in the text, or why none was found. */
export type AnchorResult =
  | {
      status: 'anchored';
      start: number;
      end: number;
      method: 'position' | 'quote' | 'fuzzy';
      score: number;
    }
  | { status: 'orphaned'; reason: string };

/** Options for `anchor`. */
export interface AnchorOptions {
  /** Edits allowed in a fuzzy match: default 10% of the quote's code units, at most 64; 0 = off. */
  maxFuzzyErrors?: number;
}

const orphaned = (reason: string): AnchorResult => ({ status: 'orphaned', reason });

function anchored(
  range: { start: number; end: number },
  method: 'position' | 'quote' | 'fuzzy',
  score: number,
): AnchorResult {
  return { status: 'anchored', start: range.start, end: range.end, method, score };
}

/** Whether a value could be a selector at all: quote and context are strings. */
function wellFormed(selector: unknown): selector is Selector {
  if (typeof selector !== 'object' || selector === null) return false;
  const s = selector as Record<string, unknown>;
  return typeof s.exact === 'string' && typeof s.prefix === 'string' && typeof s.suffix === 'string';
}

/**
 * Find a selector again in a (possibly new version of a) text:
 * (1) position: the old [start, end) still holds the quote, in whole grapheme clusters, with
 *     prefix and suffix intact (score 1);
 * (2) quote: the nearest occurrence within 8192 units of the old start with intact context,
 *     else the best occurrence anywhere by `scoreCandidate`, ties to the nearest (reported as
 *     'position' if that is the old range, whose context was edited);
 * (3) fuzzy: the best approximate match within `maxFuzzyErrors` edits whose prefix and suffix
 *     each still look alike (similarity at least 0.5) and do not fit better at a seam where the
 *     quote was cut out, widened to whole grapheme clusters;
 * (4) otherwise orphaned, with the reason.
 * Never throws. Unusable positions (negative, fractional, beyond the text) only skip step 1 and
 * weaken the closeness score; a malformed selector or an empty quote is orphaned.
 */
export function anchor(
  text: string,
  selector: Selector,
  options: AnchorOptions = {},
): AnchorResult {
  if (typeof text !== 'string') return orphaned('There is no text to anchor in.');
  if (!wellFormed(selector)) {
    return orphaned('The selector is malformed: quote, prefix and suffix must be strings.');
  }
  const { start, end, exact } = selector;
  if (exact.length === 0) return orphaned('The selector quotes no text.');

  const kept = matchPosition(text, selector);
  if (kept) return anchored(kept, 'position', 1);

  const origin =
    typeof start === 'number' && Number.isFinite(start) ? clampOffset(start, text.length) : null;
  const quoted = matchQuote(text, selector, origin);
  if (quoted) {
    const stayed = quoted.start === start && quoted.end === end;
    return anchored(quoted, stayed ? 'position' : 'quote', quoted.score);
  }

  const maxErrors = maxErrorsFor(exact.length, options?.maxFuzzyErrors);
  if (maxErrors === 0) return orphaned('The quote no longer occurs in the text.');
  const best = matchFuzzy(text, selector, origin, maxErrors)[0];
  if (best) return anchored(snapToGraphemes(text, best.start, best.end), 'fuzzy', best.score);
  return orphaned(
    `The quote no longer occurs in the text, nor within ${maxErrors} edits in a similar context.`,
  );
}
