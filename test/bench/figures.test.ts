/** The arithmetic of the benchmark's figures: percentiles, budgets per database, verdicts, ratios. */
import { describe, expect, it } from 'vitest';
import { FIGURES, budgetFor, figure, median, percentile, plainRatio } from '../../src/bench/figures.js';
import { budgetText, textReport } from '../../src/bench/report.js';

describe('benchmark figures', () => {
  it('takes percentiles by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([], 95)).toBeNaN();
  });

  it('divides Sparks’ time by plain SQL’s, or gives null', () => {
    expect(plainRatio(6, 3)).toBe(2);
    expect(plainRatio(6, null)).toBeNull();
    expect(plainRatio(6, 0)).toBeNull();
    expect(plainRatio(Number.NaN, 2)).toBeNull();
  });

  it('gives PostgreSQL twice the room: half the throughput, twice the time', () => {
    expect(budgetFor(FIGURES.import, 'sqlite')).toBe(5);
    expect(budgetFor(FIGURES.import, 'postgres')).toBe(2.5);
    expect(budgetFor(FIGURES.applyCoding, 'postgres')).toBe(10);
  });

  it('passes a time at or under its budget and a throughput at or over it', () => {
    expect(figure('applyCoding', 4.99, 'sqlite').pass).toBe(true);
    expect(figure('applyCoding', 5.01, 'sqlite').pass).toBe(false);
    expect(figure('applyCoding', 9, 'postgres').pass).toBe(true);
    expect(figure('export', 49_999, 'sqlite').pass).toBe(false);
    expect(figure('export', 60_123.4, 'sqlite', 1.234567)).toEqual({
      name: FIGURES.export.name, value: 60_123, unit: 'segments/s', budget: 50_000, pass: true, plainSqlRatio: 1.23,
    });
  });

  it('prints a table with the budget and verdict of each figure', () => {
    const figures = [figure('import', 7.5, 'sqlite', 1.5), figure('memory', 512, 'sqlite')];
    expect(budgetText(figures[0]!)).toBe('≥ 5 MB/s');
    expect(budgetText(figures[1]!)).toBe('≤ 400 MB');
    const text = textReport({ machine: { cpu: 'CPU', cores: 2, memory: '8 GiB', node: 'v20', database: 'sqlite', docs: 50, coders: 6, seed: 1 }, figures });
    expect(text).toMatch(/Import throughput, end to end\s+7\.5 MB\/s\s+≥ 5 MB\/s\s+1\.5×\s+pass/u);
    expect(text).toMatch(/Server memory.*512 MB\s+≤ 400 MB\s+—\s+FAIL/u);
    expect(text).toContain('sqlite · 50 documents, 6 coders, seed 1');
  });
});
