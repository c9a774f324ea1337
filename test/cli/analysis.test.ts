/** `sparks frequency` and `sparks saturation` end to end, on both databases. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sparks, sparksJson } from '../helpers/cli.js';
import { DIALECTS, freshLocation, type TestDb } from '../helpers/stores.js';

const RISA = 'Vínculo/Risa';
const SILENCIO = 'Vínculo/Silencio';
const INTERVIEWS: [name: string, text: string, codes: [string, string][]][] = [
  ['T1', 'T: ¿Cómo fue?\nP: Nos reímos juntos 😊, fue un momento único.\n', [[RISA, 'Nos reímos juntos']]],
  ['T2', 'T: ¿Y después?\nP: Hubo un silencio largo y nos reímos también.\n', [[SILENCIO, 'un silencio largo'], [RISA, 'nos reímos también']]],
  ['T3', 'T: Cuénteme más.\nP: Me acuerdo de la risa compartida, sí.\n', [[RISA, 'la risa compartida']]],
];

describe.each(DIALECTS)('analysis commands on %s', (dialect) => {
  let db: TestDb;
  let dir: string;
  const run = (...args: string[]) => sparks(db.location, args);
  const json = <T>(...args: string[]) => sparksJson<T>(db.location, args);

  beforeAll(async () => {
    db = freshLocation(dialect);
    dir = mkdtempSync(join(tmpdir(), 'sparks-analysis-'));
    await json('project', 'create', 'Estudio');
    await json('code', 'create', 'Estudio', 'Vínculo');
    await json('code', 'create', 'Estudio', 'Risa', '--parent', 'Vínculo');
    await json('code', 'create', 'Estudio', 'Silencio', '--parent', 'Vínculo');
    for (const [name, text, codes] of INTERVIEWS) {
      await json('case', 'add', 'Estudio', name);
      writeFileSync(join(dir, `${name}.txt`), text);
      await json('import', 'Estudio', join(dir, `${name}.txt`), '--case', name);
      for (const [code, words] of codes) await json('code', 'apply', 'Estudio', '--doc', name, '--text', words, '--code', code);
    }
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints frequency rows in tree order as JSON', async () => {
    expect(await json('frequency', 'Estudio')).toEqual([
      { code: 'Vínculo', cases: 3, n: 3, label: 'general' },
      { code: RISA, cases: 3, n: 3, label: 'general' },
      { code: SILENCIO, cases: 1, n: 3, label: null },
    ]);
    expect(await json('frequency', 'Estudio', '--kind', 'session')).toEqual([
      { code: 'Vínculo', cases: 0, n: 0, label: null },
      { code: RISA, cases: 0, n: 0, label: null },
      { code: SILENCIO, cases: 0, n: 0, label: null },
    ]);
    const text = await run('frequency', 'Estudio');
    expect(text.stdout).toMatch(/Frequency over 3 cases/);
    expect(text.stdout).toMatch(/ {2}Silencio\s+1\/3\s+—/);
  });

  it('prints the saturation analysis as JSON', async () => {
    expect(await json('saturation', 'Estudio', '--base', '1', '--run', '1', '--threshold', '0.5')).toEqual({
      perDocument: [
        { doc: 'T1', sequence: 1, newCodes: 1, cumulative: 1 },
        { doc: 'T2', sequence: 2, newCodes: 1, cumulative: 2 },
        { doc: 'T3', sequence: 3, newCodes: 0, cumulative: 2 },
      ],
      base: { documents: 1, codes: 1 },
      runs: [{ from: 'T2', to: 'T2', newCodes: 1, ratio: 1 }, { from: 'T3', to: 'T3', newCodes: 0, ratio: 0 }],
      saturatedAt: 'T2',
      notation: '2+1',
    });
    const never = await run('saturation', 'Estudio', '--base', '1', '--run', '2', '--threshold', '0.1');
    expect(never.stdout).toMatch(/did not saturate/);
  });

  it('says how many documents saturation needs, and refuses bad options with exit 2', async () => {
    const few = await run('saturation', 'Estudio');
    expect(few).toMatchObject({ code: 1, stdout: '' });
    expect(few.stderr.trim()).toBe('Saturation with a base of 4 and runs of 2 needs at least 6 documents of kind interview; this project has 3.');
    for (const args of [['--base', '0'], ['--run', 'dos'], ['--threshold', '5'], ['--kind', 'memo']]) {
      const r = await run('saturation', 'Estudio', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await run('frequency', 'Estudio', '--coder', 'nadie')).code).toBe(1);
  });
});
