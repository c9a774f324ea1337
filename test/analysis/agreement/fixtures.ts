/** Published reliability data, each with where it was printed and where it was checked from. */
import type { Ratings } from '../../../src/analysis/agreement/index.js';

const _ = null;

/**
 * Krippendorff, K. (2011). Computing Krippendorff's alpha-reliability. Annenberg School for
 * Communication Departmental Papers 43, section C: 4 observers (A–D) × 12 units, values 1–5, with
 * missing values. As rows of units here (one column per observer). The same matrix is the irrCAC
 * package's `cac.raw4raters` (Gwet, 2014; irrCAC README, github.com/kgwet/irrCAC).
 */
export const KRIPPENDORFF_2011: Ratings<string> = transpose([
  ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
  ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
  [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
  ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
]);

/**
 * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
 * Bulletin, 76(5), 378–382: 30 patients, each diagnosed by 6 psychiatrists (1 depression,
 * 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other). Fleiss printed only the counts per
 * category; this is R irr's `diagnoses` (documented as Fleiss' data), as reproduced in statsmodels'
 * test_inter_rater.py (which also checks its category totals, 26, 26, 30, 55, 43). Its first
 * 15 patients are irrCAC's `distrib.6raters` (Gwet, 2014).
 */
export const FLEISS_1971: Ratings<string> = [
  '444444', '222555', '233335', '555555', '222444', '113333', '333355', '113334', '114444', '555555',
  '144444', '124444', '222333', '144444', '224445', '333335', '111455', '111112', '224444', '133555',
  '555555', '244444', '224555', '114444', '144445', '222224', '111155', '224444', '133333', '555555',
].map((unit) => [...unit]);

/**
 * Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
 * Measurement, 20(1), 37–46, Table 2: 200 units, two judges, three categories; rows judge B,
 * columns judge A, as proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06 (p_o = .70, p_c = .41,
 * κ = .492).
 */
export const COHEN_1960_TABLE_2 = [
  [88, 14, 18],
  [10, 40, 10],
  [2, 6, 12],
];

/**
 * Gwet's `cont3x3abstractors` (Gwet, 2014, Handbook of Inter-Rater Reliability, 4th ed.; irrCAC
 * README): 100 pregnancies classified by two abstractors as ectopic, AIU or NIU; rows abstractor
 * 1, columns abstractor 2.
 */
export const GWET_ABSTRACTORS = [
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
];

/**
 * Brennan, R. L., & Prediger, D. J. (1981). Coefficient kappa: Some uses, misuses, and
 * alternatives. Educational and Psychological Measurement, 41(3), 687–699: the two 3 × 3 tables
 * of proportions on p. 689 and p. 691, here × 100; rows the first judge, columns the second. Both
 * have p_o = .60 and κ_n = .40, but κ = .27 and .29. The paper was not at hand: cells and figures
 * as transcribed in DKPro Statistics' BrennanPrediger1981Test (github.com/dkpro/dkpro-statistics,
 * dkpro-statistics-agreement/src/test/java/org/dkpro/statistics/agreement/coding/).
 */
export const BRENNAN_PREDIGER_1981_P689 = [
  [50, 0, 0],
  [10, 10, 10],
  [20, 0, 0],
];
export const BRENNAN_PREDIGER_1981_P691 = [
  [50, 0, 10],
  [0, 10, 10],
  [10, 10, 0],
];

/** Unit rows from a table of observers' rows. */
function transpose<T>(byObserver: (T | null)[][]): (T | null)[][] {
  return byObserver[0]!.map((_, u) => byObserver.map((row) => row[u] ?? null));
}

/**
 * Two coders' ratings from a contingency table (rows the first coder's category, columns the
 * second's), one unit per counted pair.
 */
export function fromTable(table: number[][], names: readonly string[] = ['1', '2', '3', '4', '5']): string[][] {
  const rows: string[][] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let c = 0; c < count; c++) rows.push([names[i]!, names[j]!]);
  }));
  return rows;
}
