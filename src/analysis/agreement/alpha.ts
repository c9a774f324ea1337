/**
 * Krippendorff's α, in Krippendorff's own definitions (Krippendorff, 2011, "Computing
 * Krippendorff's alpha-reliability"; Krippendorff, 2004, Content Analysis, 2nd ed., ch. 11).
 */
import { coincidences, differenceMatrix } from './coincidence.js';
import { estimate, NOT_DEFINED, notDefined, whyNoPairs, type Estimate, type Level, type Ratings } from './reliability-data.js';

/**
 * α = 1 − D_o / D_e = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 *
 * with o the coincidence matrix, n_c its marginals and n the number of pairable values (see
 * `coincidences`), and δ² the level's difference function. Any number of coders, missing values
 * allowed: only pairable values count, units with fewer than two values are dropped.
 * Not defined (null) with one coder, with no pairable unit, or when every pairable value is the
 * same (D_e = 0: no variation to agree on). At the nominal level values are compared as given;
 * at the other levels they must be numbers (see `atLevel`).
 */
export function krippendorffAlpha(ratings: Ratings, level: Level = 'nominal'): Estimate {
  const why = whyNoPairs(ratings);
  if (why) return notDefined(why);
  const co = coincidences(ratings);
  const delta = differenceMatrix(level, co);
  let observed = 0;
  let expected = 0;
  co.o.forEach((row, c) =>
    row.forEach((ock, k) => {
      const d = delta[c]![k]!;
      observed += ock * d;
      expected += co.n[c]! * co.n[k]! * d;
    }),
  );
  if (expected === 0) return notDefined(NOT_DEFINED.noVariation);
  return estimate(1 - ((co.total - 1) * observed) / expected);
}

/** Krippendorff's guidance for α (2004, p. 241): what a researcher may conclude from it. */
export type AlphaReading = 'reliable' | 'tentative' | 'unreliable';

/**
 * α ≥ .800 reliable; .667 ≤ α < .800 tentative conclusions only; below .667 unreliable. Judged on
 * α as shown (three decimals), so the reading never contradicts the printed figure.
 */
export function readAlpha(alpha: number): AlphaReading {
  const shown = Math.round(alpha * 1000) / 1000;
  if (shown >= 0.8) return 'reliable';
  return shown >= 0.667 ? 'tentative' : 'unreliable';
}

/** One plain-language sentence on α, for researchers. */
export function alphaSentence(alpha: Estimate): string {
  if (alpha.value === null) return `α is not defined: ${alpha.reason}, so there is nothing to judge the coding by.`;
  const shown = formatCoefficient(alpha.value);
  switch (readAlpha(alpha.value)) {
    case 'reliable':
      return `α = ${shown}: the coding is reliable (α ≥ .800, Krippendorff's standard).`;
    case 'tentative':
      return `α = ${shown}: draw only tentative conclusions from this coding (.667 ≤ α < .800, Krippendorff).`;
    default:
      return `α = ${shown}: the coding is not reliable enough to draw conclusions from (α < .667, Krippendorff).`;
  }
}

/** Three decimals, the way agreement coefficients are reported. */
export function formatCoefficient(value: number): string {
  const s = value.toFixed(3);
  return s === '-0.000' ? '0.000' : s;
}
