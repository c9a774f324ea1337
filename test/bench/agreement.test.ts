/** The agreement figures' generated data and measurement, at small sizes (their speed is `sparks bench`'s to judge). */
import { describe, expect, it } from 'vitest';
import { checkCodedTexts } from '../../src/analysis/agreement/index.js';
import { codedContinua, measureAgreement, reliabilityMatrix } from '../../src/bench/agreement.js';
import { budgetFor, FIGURES } from '../../src/bench/figures.js';

const quiet = () => ({ tick: () => undefined, done: () => undefined });

describe('agreement benchmark data', () => {
  it('gives units × coders of five categories, mostly agreeing, a few cells empty, the same for the same seed', () => {
    const data = reliabilityMatrix(2_000, 6, 1);
    expect(data.units).toHaveLength(2_000);
    expect(data.coders).toHaveLength(6);
    expect(data.ratings.every((row) => row.length === 6)).toBe(true);
    const cells = data.ratings.flat();
    expect(new Set(cells.filter((v) => v !== null))).toEqual(new Set(['1', '2', '3', '4', '5']));
    const missing = cells.filter((v) => v === null).length / cells.length;
    expect(missing).toBeGreaterThan(0.01);
    expect(missing).toBeLessThan(0.06);
    let pairs = 0;
    let agreeing = 0;
    for (const row of data.ratings) {
      for (let a = 0; a < row.length; a++) {
        for (let b = a + 1; b < row.length; b++) {
          if (row[a] === null || row[b] === null) continue;
          pairs += 1;
          if (row[a] === row[b]) agreeing += 1;
        }
      }
    }
    expect(agreeing / pairs).toBeGreaterThan(0.7);
    expect(agreeing / pairs).toBeLessThan(0.85);
    expect(reliabilityMatrix(2_000, 6, 1)).toEqual(data);
    expect(reliabilityMatrix(2_000, 6, 2).ratings).not.toEqual(data.ratings);
  });

  it('gives documents of the promised length with each coder’s codings inside them, apart from one another', () => {
    const { texts, domains, codes } = codedContinua(12, 6, 10_000, 1);
    expect(() => checkCodedTexts(texts)).not.toThrow();
    expect(texts.documents).toHaveLength(12);
    expect(texts.coders).toHaveLength(6);
    for (const d of texts.documents) expect(d.length).toBeGreaterThan(50_000);
    expect(codes).toHaveLength(20);
    expect(new Set(codes!.map((c) => domains.get(c))).size).toBe(5);
    for (const coder of texts.coders) {
      for (const d of texts.documents) {
        const mine = texts.codings.filter((k) => k.coder === coder && k.document === d.id).sort((a, b) => a.start - b.start);
        expect(mine.length).toBeGreaterThanOrEqual(20);
        expect(mine.length).toBeLessThanOrEqual(65);
        mine.forEach((k, i) => {
          expect(k.end).toBeLessThanOrEqual(d.length);
          if (i > 0) expect(k.start).toBeGreaterThanOrEqual(mine[i - 1]!.end);
        });
      }
    }
    expect(codedContinua(12, 6, 10_000, 1)).toEqual({ texts, domains, codes });
    expect(codedContinua(12, 6, 10_000, 2).texts.codings).not.toEqual(texts.codings);
  });

  it('measures both figures with finite times and coefficients', () => {
    const r = measureAgreement(1, quiet, { matrix: { units: 300, coders: 6 }, continuum: { documents: 4, coders: 6, words: 2_000 } });
    for (const x of [r.matrixMs, r.unitizedMs, ...r.matrixFigures, ...r.unitizedFigures]) expect(Number.isFinite(x)).toBe(true);
    expect(r.matrixFigures).toHaveLength(5);
    expect(r.unitizedFigures).toHaveLength(4);
    for (const a of [...r.matrixFigures, ...r.unitizedFigures]) {
      expect(a).toBeGreaterThan(0.3);
      expect(a).toBeLessThan(1);
    }
  });

  it('has figures with the issue’s budgets, the same on either database', () => {
    expect(FIGURES.agreementMatrix.budget).toBe(200);
    expect(FIGURES.unitizedAlpha.budget).toBe(2_000);
    expect(budgetFor(FIGURES.unitizedAlpha, 'postgres')).toBe(2_000);
  });
});
