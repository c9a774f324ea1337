/** Every coefficient for one set of reliability data, as `sparks agreement` prints them. */
import { krippendorffAlpha } from './alpha.js';
import { brennanPrediger, cohenKappa, fleissKappa, gwetAC1, percentAgreement, scottPi } from './kappa.js';
import { atLevel, pairableUnits, type Estimate, type Level, type ReliabilityData } from './reliability-data.js';

export const COEFFICIENTS = ['percentAgreement', 'alpha', 'fleissKappa', 'brennanPrediger', 'gwetAC1', 'scottPi', 'cohenKappa'] as const;
export type CoefficientName = (typeof COEFFICIENTS)[number];

/**
 * Counts, the level α was computed at, each coefficient (null when not defined) and, for each
 * null, why. Scott's π and Cohen's κ appear only for two coders. The κ family is nominal whatever
 * the level: at other levels the numbers are its categories.
 */
export interface AgreementSummary {
  units: number;
  coders: number;
  level: Level;
  pairableUnits: number;
  percentAgreement: number | null;
  alpha: number | null;
  fleissKappa: number | null;
  brennanPrediger: number | null;
  gwetAC1: number | null;
  scottPi?: number | null;
  cohenKappa?: number | null;
  notDefined: Partial<Record<CoefficientName, string>>;
}

export function agreementSummary(data: ReliabilityData, level: Level = 'nominal'): { summary: AgreementSummary } | { error: string } {
  const converted = atLevel(data, level);
  if ('error' in converted) return converted;
  const { ratings } = converted;
  const estimates: [CoefficientName, Estimate][] = [
    ['percentAgreement', percentAgreement(ratings)],
    ['alpha', krippendorffAlpha(ratings, level)],
    ['fleissKappa', fleissKappa(ratings)],
    ['brennanPrediger', brennanPrediger(ratings)],
    ['gwetAC1', gwetAC1(ratings)],
  ];
  if (data.coders.length === 2) estimates.push(['scottPi', scottPi(ratings)], ['cohenKappa', cohenKappa(ratings)]);
  const summary = {
    units: data.units.length,
    coders: data.coders.length,
    level,
    pairableUnits: pairableUnits(ratings),
    notDefined: {},
  } as AgreementSummary;
  for (const [name, e] of estimates) {
    summary[name] = e.value;
    if (e.reason !== null) summary.notDefined[name] = e.reason;
  }
  // keep notDefined last, after the figures, for readers of the JSON
  const { notDefined, ...figures } = summary;
  return { summary: { ...figures, notDefined } };
}
