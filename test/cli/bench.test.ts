/** `sparks bench` as a smoke test: a small study, every figure produced with a number and its budget (not its speed). */
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/bench/figures.js';
import { sparksWithout } from '../helpers/cli.js';

// No --db: the benchmark makes and removes its own temporary database.
const bench = (args: string[]) => sparksWithout(['bench', ...args]);

describe('sparks bench', () => {
  it('measures every figure of a 50-document study and prints one JSON document', async () => {
    const r = await bench(['--docs', '50', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { machine: Record<string, unknown>; figures: Record<string, unknown>[] };
    expect(report.machine).toMatchObject({ database: 'sqlite', docs: 50, coders: 6, seed: 1, cores: expect.any(Number), node: process.version });
    expect(report.figures.map((f) => f.name)).toEqual(Object.values(FIGURES).map((f) => f.name));
    for (const f of report.figures) {
      expect(Object.keys(f).sort()).toEqual(['budget', 'name', 'pass', 'plainSqlRatio', 'unit', 'value']);
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.value as number).toBeGreaterThan(0);
      expect(typeof f.budget).toBe('number');
      expect(typeof f.pass).toBe('boolean');
      expect(f.plainSqlRatio === null || (typeof f.plainSqlRatio === 'number' && f.plainSqlRatio > 0)).toBe(true);
    }
  }, 120_000);

  it('runs the team load with the simulated coders in a thread apart from the server', async () => {
    const r = await bench(['--team', '--coders', '3', '--seconds', '3', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { machine: Record<string, unknown>; checks: { pass: boolean }[] };
    expect(report.machine).toMatchObject({ database: 'sqlite', coders: 3, seconds: 3, clientsApart: true });
    expect(report.checks.length).toBeGreaterThanOrEqual(10);
    expect(report.checks.every((c) => c.pass)).toBe(true);
  }, 120_000);

  it('refuses a malformed size with one sentence and exit status 2', async () => {
    const r = await bench(['--docs', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('--docs must be a whole number from 1 to 100,000.');
    expect(r.stdout).toBe('');
  });
});
