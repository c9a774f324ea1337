/**
 * The team load test, reduced: 5 coders for 4 seconds, then flat out for one, over HTTP on each
 * database, with the export, Table I and the co-occurrence matrix alongside; every acknowledged
 * write must be in the database with its event, and nothing more.
 * The latency budget is `sparks bench --team`'s to judge, not a test's on a shared machine.
 */
import { describe, expect, it } from 'vitest';
import { runTeamBench } from '../../src/bench/team.js';
import { PG_URL } from '../helpers/stores.js';

describe.each([
  ['sqlite', null],
  ['postgres', PG_URL],
] as const)('the team load on %s', (database, db) => {
  it('keeps exactly the acknowledged writes, each with its event', async () => {
    const r = await runTeamBench({ db, coders: 5, seconds: 4, seed: 7 });
    expect(r.machine).toMatchObject({ database, coders: 5, seconds: 4, seed: 7 });
    expect(r.checks.filter((c) => !c.pass)).toEqual([]);
    expect(r.checks.length).toBeGreaterThanOrEqual(10);
    const value = (prefix: string) => r.figures.find((f) => f.name.startsWith(prefix))!.value;
    expect(value('Writes acknowledged in all')).toBeGreaterThan(0);
    expect(value('Acknowledged writes per second')).toBeGreaterThan(0);
    expect(value('Flat out (no pause between writes): writes per second')).toBeGreaterThan(0);
    // Each long job ran at least once alongside the coders, and none failed.
    expect(value('Full CSV export alongside: completed')).toBeGreaterThan(0);
    expect(value('Table I (Word) alongside: completed')).toBeGreaterThan(0);
    expect(value('Code co-occurrence matrix alongside: completed')).toBeGreaterThan(0);
    // Codings and memo saves were both acknowledged and both checked.
    expect(r.checks.find((c) => c.name.startsWith('Codings in the project'))!.expected).toBeGreaterThan(0);
    expect(r.checks.find((c) => c.name.startsWith('Memo versions'))!.expected).toBeGreaterThan(0);
    const budgeted = r.figures.filter((f) => f.budget !== null);
    expect(budgeted.map((f) => f.name)).toEqual([
      'Write latency (apply a coding or save a memo), p95', 'Write latency while an export, report or matrix ran, p95',
    ]);
    expect(budgeted[0]).toMatchObject({ unit: 'ms', budget: 50, pass: expect.any(Boolean) });
    expect(Number.isFinite(budgeted[0]!.value)).toBe(true);
  }, 30_000);
});
