/**
 * Percent agreement and the κ family: (p_a − p_e) / (1 − p_e), observed agreement p_a corrected
 * for the agreement p_e expected by chance, each coefficient with its own idea of chance. All are
 * nominal: two values agree only when equal. Several coders and missing values follow Gwet's
 * generalisation (Gwet, 2014, Handbook of Inter-Rater Reliability, 4th ed.), which gives the
 * classic formulas back when every unit has the same coders.
 */
import { coderCount, estimate, NOT_DEFINED, notDefined, whyNoPairs, type Estimate, type Ratings, type Value } from './reliability-data.js';
import { tallyOf, type Tally } from './tally.js';

/** (p_a − p_e) / (1 − p_e); with a single category p_e = 1 and nothing is left to correct. */
const chanceCorrected = (pa: number, pe: number, categories: number): Estimate =>
  // decided on the count, not on p_e, which rounding may leave a hair below 1
  categories < 2 ? notDefined(NOT_DEFINED.noVariation) : estimate((pa - pe) / (1 - pe));

/** p_a: over units with r_i ≥ 2 values, the mean of Σ_k r_ik (r_ik − 1) / (r_i (r_i − 1)). */
function observedAgreement(t: Tally): number {
  let pairable = 0;
  let sum = 0;
  for (let u = 0; u < t.m.length; u++) {
    const m = t.m[u]!;
    if (m < 2) continue;
    pairable += 1;
    let agreeing = 0;
    for (let s = t.start[u]!; s < t.start[u + 1]!; s++) agreeing += t.counts[s]! * (t.counts[s]! - 1);
    sum += agreeing / (m * (m - 1));
  }
  return sum / pairable;
}

/** π_k, by category in first-seen order: over units with at least one value, the mean share r_ik / r_i of values in category k. */
function categoryShares(t: Tally): Float64Array {
  let coded = 0;
  for (let u = 0; u < t.m.length; u++) if (t.m[u]! >= 1) coded += 1;
  const shares = new Float64Array(t.values.length);
  for (let u = 0; u < t.m.length; u++) {
    for (let s = t.start[u]!; s < t.start[u + 1]!; s++) {
      const k = t.ids[s]!;
      shares[k] = shares[k]! + t.counts[s]! / t.m[u]! / coded;
    }
  }
  return shares;
}

/**
 * Percent agreement: of the pairs of values a unit received, the share that agree, averaged over
 * the units with two or more values (Gwet, 2014). With two coders, the share of units coded by
 * both on which they agree. Not corrected for chance.
 */
export function percentAgreement(ratings: Ratings): Estimate {
  const why = whyNoPairs(ratings);
  return why ? notDefined(why) : estimate(observedAgreement(tallyOf(ratings)));
}

/**
 * Fleiss' κ (Fleiss, 1971, Psychological Bulletin 76, 378–382): p_e = Σ_k π_k², chance being
 * coders drawing categories from the pooled distribution. Fleiss assumed the same number of
 * coders per unit; with missing values this is Gwet's generalisation (p_a and π_k above), which
 * equals Fleiss' κ when every unit has the same number of values.
 */
export function fleissKappa(ratings: Ratings): Estimate {
  const why = whyNoPairs(ratings);
  if (why) return notDefined(why);
  const t = tallyOf(ratings);
  const shares = categoryShares(t);
  const pe = shares.reduce((s, p) => s + p * p, 0);
  return chanceCorrected(observedAgreement(t), pe, shares.length);
}

/**
 * Brennan & Prediger's κ_n (Brennan & Prediger, 1981, Educational and Psychological Measurement
 * 41, 687–699): p_e = 1/q for q categories, chance being a uniform choice among them (Bennett,
 * Alpert & Goldstein's S, 1954). q defaults to the categories seen in the data; give the size of
 * the coding scheme when some categories were never used.
 */
export function brennanPrediger(ratings: Ratings, categories?: number): Estimate {
  const why = whyNoPairs(ratings);
  if (why) return notDefined(why);
  const t = tallyOf(ratings);
  const seen = t.values.length;
  if (categories !== undefined && !(Number.isInteger(categories) && categories >= seen)) {
    throw new RangeError(`The coding scheme must have a whole number of categories, at least the ${seen} in the data.`);
  }
  const q = categories ?? seen;
  return chanceCorrected(observedAgreement(t), 1 / q, q);
}

/**
 * Gwet's AC1 (Gwet, 2008, British Journal of Mathematical and Statistical Psychology 61, 29–48):
 * p_e = Σ_k π_k (1 − π_k) / (q − 1), chance agreement arising only for units hard to classify,
 * so AC1 stays stable when one category dominates (the "kappa paradox"). q is the number of
 * categories seen in the data; π_k as for Fleiss' κ.
 */
export function gwetAC1(ratings: Ratings): Estimate {
  const why = whyNoPairs(ratings);
  if (why) return notDefined(why);
  const t = tallyOf(ratings);
  const shares = categoryShares(t);
  if (shares.length < 2) return notDefined(NOT_DEFINED.noVariation);
  const pe = shares.reduce((s, p) => s + p * (1 - p), 0) / (shares.length - 1);
  return chanceCorrected(observedAgreement(t), pe, shares.length);
}

interface TwoCoders { agree: number; a: Map<Value, number>; b: Map<Value, number>; categories: Set<Value> }

/** Over the units both coders coded: the share they agree on and each coder's category proportions. */
function twoCoders(ratings: Ratings): TwoCoders | string {
  if (coderCount(ratings) !== 2) throw new RangeError('Cohen’s κ and Scott’s π compare exactly two coders.');
  const a = new Map<Value, number>();
  const b = new Map<Value, number>();
  let both = 0;
  let agree = 0;
  for (const [x = null, y = null] of ratings) {
    if (x === null || y === null) continue;
    both += 1;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
    if (x === y) agree += 1;
  }
  if (both === 0) return NOT_DEFINED.noPairs;
  const share = (m: Map<Value, number>) => new Map([...m].map(([k, count]) => [k, count / both]));
  return { agree: agree / both, a: share(a), b: share(b), categories: new Set([...a.keys(), ...b.keys()]) };
}

/**
 * Cohen's κ (Cohen, 1960, Educational and Psychological Measurement 20, 37–46), two coders:
 * p_e = Σ_k p_Ak p_Bk, chance being each coder keeping their own category proportions.
 * Over the units both coders coded (listwise: a unit one of them left out is not used).
 */
export function cohenKappa(ratings: Ratings): Estimate {
  const t = twoCoders(ratings);
  if (typeof t === 'string') return notDefined(t);
  let pe = 0;
  for (const [k, p] of t.a) pe += p * (t.b.get(k) ?? 0);
  return chanceCorrected(t.agree, pe, t.categories.size);
}

/**
 * Scott's π (Scott, 1955, Public Opinion Quarterly 19, 321–325), two coders:
 * p_e = Σ_k ((p_Ak + p_Bk) / 2)², chance drawing from the coders' pooled proportions.
 * Over the units both coders coded, as for Cohen's κ.
 */
export function scottPi(ratings: Ratings): Estimate {
  const t = twoCoders(ratings);
  if (typeof t === 'string') return notDefined(t);
  let pe = 0;
  for (const k of t.categories) pe += (((t.a.get(k) ?? 0) + (t.b.get(k) ?? 0)) / 2) ** 2;
  return chanceCorrected(t.agree, pe, t.categories.size);
}
