/**
 * `sparks matrix` and `sparks report` end to end, and the settings `frequency` and `saturation`
 * keep: output as JSON, CSV and files, and one clear sentence for every mistake, changing nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixResult } from '../../src/analysis/index.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { openStore } from '../../src/store/store.js';
import { sparks, sparksJson } from '../helpers/cli.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshLocation, type TestDb } from '../helpers/stores.js';

const P = 'Estudio';
const INTERVIEWS: [name: string, years: string, text: string, codes: [string, string][]][] = [
  ['T1', '12', 'T: ¿Cómo fue?\nP: Nos reímos juntos 😊, fue un momento único que no olvido.\n', [['Vínculo/Risa', 'Nos reímos juntos'], ['Efectos/Alivio', 'un momento único']]],
  ['T2', '25', 'T: ¿Y después?\nP: Hubo un silencio largo y luego nos reímos también.\n', [['Vínculo/Silencio', 'un silencio largo'], ['Vínculo/Risa', 'nos reímos también']]],
  ['T3', '34', 'T: Cuénteme más.\nP: Me acuerdo de la risa compartida, sí, y del alivio.\n', [['Vínculo/Risa', 'la risa compartida'], ['Efectos/Alivio', 'del alivio']]],
];

describe.each(DIALECTS)('matrix and report commands on %s', (dialect) => {
  let db: TestDb;
  let dir: string;
  const run = (...args: string[]) => sparks(db.location, args);
  const json = <T>(...args: string[]) => sparksJson<T>(db.location, args);

  // The study is built through the store (the commands' own tests cover the CLI's way there): 35
  // process starts fewer, and the commands under test still read it through the binary.
  beforeAll(async () => {
    db = freshLocation(dialect);
    dir = mkdtempSync(join(tmpdir(), 'sparks-report-'));
    const store = await openStore(db.location);
    try {
      const owner = await Session.owner(store);
      const s = owner.in((await owner.run(COMMANDS.createProject, { name: P })).id);
      for (const [name, parent] of [['Vínculo', null], ['Risa', 'Vínculo'], ['Silencio', 'Vínculo'], ['Efectos', null], ['Alivio', 'Efectos']] as const) {
        await s.run(COMMANDS.createCode, { name, parent });
      }
      for (const [name, years, text, codes] of INTERVIEWS) {
        await s.run(COMMANDS.addCase, { label: name, attributes: { años: years } });
        await s.importText(name, text, { case: name });
        for (const [code, words] of codes) {
          await s.run(COMMANDS.applyCode, { document: name, start: text.indexOf(words), end: text.indexOf(words) + words.length, code });
        }
      }
    } finally {
      await store.close();
    }
  }, 120_000);
  afterAll(async () => {
    await db?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a code × case matrix as JSON, split into bands, and as CSV with a byte-order mark', async () => {
    const m = await json<MatrixResult>('matrix', P, '--rows', 'codes', '--cols', 'cases');
    expect(m.cols.map((c) => c.label)).toEqual(['T1', 'T2', 'T3']);
    expect(m.panels[0]!.cells[0]).toEqual([1, 2, 1]);
    const banded = await json<MatrixResult>('matrix', P, '--by', 'años', '--bands', '20,30', '--measure', 'presence');
    expect(banded.cols.map((c) => c.label)).toEqual(['under 20', '20 to under 30', '30 and over']);
    const csv = await run('matrix', P, '--cols', 'documents', '--csv');
    expect(csv.stdout.split('\n').slice(0, 2)).toEqual(['\uFEFFCode,T1,T2,T3', 'Vínculo,1,2,1']);
    const pairs = await run('matrix', P, '--cols', 'codes', '--within', '30');
    expect(pairs.stdout).toContain('Vínculo/Risa  ↔  Efectos/Alivio');
  });

  it('writes Table I as Word and the codebook as Excel, whole files that open', async () => {
    const docx = join(dir, 'tabla.docx');
    const r = await run('report', 'table', P, '-o', docx);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('written to');
    const text = (await mammoth.extractRawText({ buffer: readFileSync(docx) })).value;
    expect(text).toContain('Vínculo');
    expect(text).toMatch(/“[^”]+” \(T\d\)/);
    const xlsx = join(dir, 'libro.xlsx');
    expect((await run('report', 'codebook', P, '--format', 'xlsx', '-o', xlsx)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(JSON.stringify(book.worksheets[0]!.getSheetValues())).toContain('Vínculo/Risa');
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    const md = await run('report', 'table', P, '--quotes', '2');
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toContain('| Vínculo |');
  });

  // Checked before any query: once is enough.
  it.runIf(dialect === 'sqlite')('refuses mistakes with one sentence, exit 2 for usage and 1 for the rest, writing nothing', async () => {
    const usage = [
      ['matrix', P, '--rows', 'cases'], ['matrix', P, '--cols', 'temas'], ['matrix', P, '--bands', '20'],
      ['matrix', P, '--cols', 'cases', '--within', '5'], ['matrix', P, '--by', 'años', '--bands', '20,,30'],
      ['report', 'table', P, '--format', 'pdf'], ['report', 'table', P, '--quotes', '99'],
      ['frequency', P, '--set-ranges', 'general=3-3,typical=2-3,variant=1-1'], ['frequency', P, '--set-ranges', 'general=3'],
    ];
    for (const args of usage) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    const missing = join(dir, 'no-such-folder', 'tabla.docx');
    const r = await run('report', 'table', P, '-o', missing);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^The folder .* does not exist; create it or choose another -o path\.$/);
    expect(existsSync(missing)).toBe(false);
    expect((await run('matrix', P, '--by', 'edad')).stderr.trim()).toBe('No case has the attribute "edad"; the attributes are años.');
  });

  it('keeps the project’s own frequency ranges and saturation parameters until told otherwise', async () => {
    const own = await json<{ code: string; label: string | null }[]>('frequency', P, '--set-ranges', 'general=3-3,typical=2-2,variant=1-1');
    expect(own.find((r) => r.code === 'Vínculo/Silencio')!.label).toBe('variant');
    expect((await json<{ label: string | null }[]>('frequency', P)).find((_, i) => i === 2)!.label).toBe('variant');
    const hill = await json<{ code: string; label: string | null }[]>('frequency', P, '--hill-ranges');
    expect(hill.find((r) => r.code === 'Vínculo/Silencio')!.label).toBeNull();
    await json('saturation', P, '--base', '1', '--run', '1', '--threshold', '0.5', '--save');
    const again = await json<{ base: { documents: number } }>('saturation', P);
    expect(again.base.documents).toBe(1);
  });
});
