/**
 * `sparks agreement --matrix FILE.csv` end to end, on CSV files as researchers save them; and
 * `sparks agreement PROJECT --coders A,B` on a project's codings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { agreementOf } from '../../src/store/queries/agreement.js';
import { sparks, sparksWithout } from '../helpers/cli.js';
import { Session } from '../helpers/session.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

let dir: string;
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const agreement = (...args: string[]) => sparksWithout(['agreement', ...args]);
const json = async (...args: string[]) => {
  const r = await agreement(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

/** Krippendorff (2011), section C, as a spreadsheet saves it: BOM, CRLF, blank cells for missing values. */
const KRIPPENDORFF_CSV = [
  'unit,A,B,C,D',
  '1,1,1,,1', '2,2,2,3,2', '3,3,3,3,3', '4,3,3,3,3', '5,2,2,2,2', '6,1,2,3,4',
  '7,4,4,4,4', '8,1,1,2,1', '9,2,2,2,2', '10,,5,5,5', '11,,,1,1', '12,,3,,',
].join('\r\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sparks-agreement-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sparks agreement --matrix', () => {
  it('prints Krippendorff’s (2011) published α at each level, and Gwet’s figures for the same data', async () => {
    const path = file('krippendorff.csv', `\uFEFF${KRIPPENDORFF_CSV}\r\n`);
    const nominal = await json('--matrix', path);
    expect(Object.keys(nominal)).toEqual(['units', 'coders', 'level', 'pairableUnits', 'percentAgreement', 'alpha', 'fleissKappa', 'brennanPrediger', 'gwetAC1', 'notDefined']);
    expect(nominal).toMatchObject({ units: 12, coders: 4, level: 'nominal', pairableUnits: 11, notDefined: {} });
    expect(nominal.alpha).toBeCloseTo(0.743, 3);
    expect(nominal.percentAgreement).toBeCloseTo(0.8181818, 6);
    expect(nominal.fleissKappa).toBeCloseTo(0.76117, 5);
    expect(nominal.brennanPrediger).toBeCloseTo(0.77273, 5);
    expect(nominal.gwetAC1).toBeCloseTo(0.77544, 5);
    const published = { ordinal: 0.815, interval: 0.849, ratio: 0.797 };
    const levels = await Promise.all(Object.keys(published).map((level) => json('--matrix', path, '--level', level)));
    expect(levels.map((r) => r.level)).toEqual(Object.keys(published));
    levels.forEach((r, i) => expect(r.alpha).toBeCloseTo(Object.values(published)[i]!, 3));
  });

  it('prints a readable table with a plain-language reading of α', async () => {
    const r = await agreement('--matrix', file('k.csv', KRIPPENDORFF_CSV));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Agreement in k\.csv: 12 units, 4 coders \(A, B, C, D\); 11 units coded by two or more\./);
    expect(r.stdout).toMatch(/Krippendorff's α \(nominal\) +0\.743\n/);
    expect(r.stdout).toMatch(/Gwet's AC1 +0\.775\n/);
    expect(r.stdout).not.toMatch(/Cohen/);
    expect(r.stdout).toMatch(/α = 0\.743: draw only tentative conclusions/);
  });

  it('reads Spanish categories with accents, an emoji, quoted cells and spaces, and adds the two-coder coefficients', async () => {
    const csv = [
      'Segmento,"Coder, Ana",Ben',
      'S1, Resonancia ,Resonancia',
      'S2,"Sintonía","Sintonía"',
      'S3,Quiebre 💔,Quiebre 💔',
      'S4,"Sintonía",Quiebre 💔',
      'S5,Resonancia,',
      'S6,"Quiebre 💔","Quiebre 💔"',
    ].join('\n');
    const path = file('sesión 3 — códigos.csv', csv);
    const r = await json('--matrix', path);
    // 6 units, 5 coded by both; they agree on 4 of 5 → p_o = .8
    expect(r).toMatchObject({ units: 6, coders: 2, pairableUnits: 5, percentAgreement: 0.8 });
    // marginals over the 5 units: Ana R1 S2 Q2, Ben R1 S1 Q3 → p_e = (1·1 + 2·1 + 2·3)/25 = 9/25
    expect(r.cohenKappa).toBeCloseTo((0.8 - 9 / 25) / (1 - 9 / 25), 12);
    expect(typeof r.scottPi).toBe('number');
    const text = await agreement('--matrix', path);
    expect(text.stdout).toMatch(/^Agreement in sesión 3 — códigos\.csv: 6 units, 2 coders \(Coder, Ana, Ben\)/);
    expect(text.stdout).toMatch(/Scott's π +0\.\d{3}\nCohen's κ +0\.\d{3}\n/);
  });

  it('says α is not defined when every value is the same', async () => {
    const path = file('same.csv', 'unit,Ana,Ben,Carla\n1,Sintonía,Sintonía,\n2,Sintonía,Sintonía,Sintonía\n');
    const r = await agreement('--matrix', path);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Krippendorff's α \(nominal\) +not defined: every value is the same\n/);
    expect(r.stdout).toMatch(/Percent agreement +1\.000\n/);
    const data = await json('--matrix', path);
    expect(data).toMatchObject({ alpha: null, fleissKappa: null, percentAgreement: 1, notDefined: { alpha: 'every value is the same' } });
  });

  it('refuses bad files with one sentence saying what to do, and exit status 1', async () => {
    const cases: [name: string, content: string | Buffer, message: RegExp][] = [
      ['empty.csv', '', /^There is nothing in empty\.csv: give a header row/],
      ['one-coder.csv', 'unit,Ana\n1,x\n', /^The header of one-coder\.csv names only one coder column: .*unit,Ana,Ben\.$/],
      ['no-header.csv', '1,x,y\n2,x,x\n3,y,y\n', /^The first row of no-header\.csv looks like data, not a header/],
      ['twice.csv', 'unit,A,B\nS1,x,y\nS1,x,x\n', /^The unit id "S1" appears twice in twice\.csv \(again on line 3\): give each unit one row with a unique id\.$/],
      ['ragged.csv', 'unit,A,B\nS1,x,y\nS2,x\n', /^Line 3 of ragged\.csv has 2 cells but the header has 3: give every row one cell per column, leaving a cell empty for a missing value\.$/],
      ['quote.csv', 'unit,A,B\nS1,"x,y\n', /^quote\.csv is not valid CSV .*; check its quotes and separators\.$/],
      ['latin1.csv', Buffer.from('unit,A,B\nS1,Sinton\xeda,x\n', 'latin1'), /^latin1\.csv is not UTF-8 text; save it as "CSV UTF-8" and try again\.$/],
      ['semicolons.csv', 'unit;A;B\nS1;x;y\n', /^semicolons\.csv seems to separate cells with semicolons or tabs; save it as comma-separated CSV\.$/],
    ];
    const runs = await Promise.all(cases.map(([name, content]) => agreement('--matrix', file(name, content))));
    for (const [i, [name, , message]] of cases.entries()) {
      const r = runs[i]!;
      expect({ name, code: r.code, stdout: r.stdout }).toEqual({ name, code: 1, stdout: '' });
      expect(r.stderr.trim()).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const missing = await agreement('--matrix', join(dir, 'nowhere.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nowhere\.csv does not exist or is not a file; check the path\.\n$/);
  });

  it('refuses text at the numeric levels in one sentence', async () => {
    const r = await agreement('--matrix', file('texto.csv', 'unit,Ana,Ben\nS1,Resonancia,2\n'), '--level', 'interval');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('At the interval level every value must be a number, but "Resonancia" (unit "S1", coder "Ana") is not: code the values as numbers, or use --level nominal for categories.\n');
  });

  it('is a usage error (status 2) without a project or --matrix, with both, or with an unknown level', async () => {
    const cases: [string[], string][] = [
      [[], 'Give a project and --coders A,B to compare its coders, or --matrix FILE.csv for reliability data.'],
      [['Estudio', '--matrix', join(dir, 'k.csv')], 'Give a project or --matrix FILE.csv, not both.'],
      [['--matrix', join(dir, 'k.csv'), '--coders', 'ana,ben'], "--coders applies to a project's coders, not to --matrix."],
    ];
    const runs = await Promise.all(cases.map(([args]) => agreement(...args)));
    runs.forEach((r, i) => expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: `${cases[i]![1]}\n` }));
    const level = await agreement('--matrix', join(dir, 'k.csv'), '--level', 'cardinal');
    expect(level.code).toBe(2);
    expect(level.stderr).toMatch(/Allowed choices are nominal, ordinal, interval, ratio/);
  });
});

describe('sparks agreement PROJECT --coders', () => {
  const TEXT = 'E: ¿Qué pasó después?\nP: Nos reímos juntos 😊 y hubo un silencio largo, muy largo.\nE: ¿Y usted?\nP: Sentí alivio.\n';
  const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
  let t: TestStore;
  let projectId: string;
  const run = (...args: string[]) => sparks(t.location, ['agreement', 'Acuerdo', ...args]);

  beforeAll(async () => {
    t = await freshStore('sqlite');
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Acuerdo' })).id;
    const s = owner.in(projectId);
    for (const name of ['ana', 'ben', 'carla']) await owner.run(COMMANDS.addUser, { name });
    for (const [name, parent] of [['Vínculo', null], ['Risa', 'Vínculo'], ['Silencio', 'Vínculo'], ['Alivio', null]] as const) {
      await s.run(COMMANDS.createCode, { name, parent });
    }
    await s.importText('E1', TEXT);
    for (const [coder, code, words] of [
      ['ana', 'Vínculo/Risa', 'Nos reímos juntos'], ['ben', 'Vínculo/Risa', 'Nos reímos juntos'],
      ['ana', 'Vínculo/Silencio', 'un silencio largo'], ['ben', 'Vínculo/Silencio', 'un silencio largo, muy largo'],
      ['ben', 'Alivio', 'Sentí alivio'],
    ] as const) await s.run(COMMANDS.applyCode, { document: 'E1', ...at(words), code, coder });
  });
  afterAll(async () => t?.dispose());

  it('prints as JSON what the store computes, for each method', async () => {
    for (const method of ['unitized', 'characters', 'presence', 'frequency', 'overlap'] as const) {
      const r = await run('--coders', 'ana,ben', '--method', method, '--json');
      expect({ method, code: r.code, stderr: r.stderr }).toEqual({ method, code: 0, stderr: '' });
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(await agreementOf(t.store, projectId, { coders: ['ana', 'ben'] }, { method }))));
    }
    const risa = JSON.parse((await run('--coders', 'ana,ben', '--codes', 'Vínculo/Risa', '--docs', 'E1', '--json')).stdout);
    expect(risa).toMatchObject({ method: 'unitized', documents: 1, orphanedSegments: 0, codes: [{ code: 'Vínculo/Risa', figures: { binaryAlpha: { value: 1, reason: null } } }] });
  });

  it('prints a table per code with three decimals, "—" and a footnote where a figure is not defined, then a reading', async () => {
    const r = await run('--coders', 'ana,ben', '--codes', 'Vínculo');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Agreement in Acuerdo between ana, ben: Krippendorff's unitized α, over 1 document\.\n/);
    expect(r.stdout).toMatch(/\nVínculo +—¹\nVínculo\/Risa +1\.000\nVínculo\/Silencio +0\.\d{3}\n/);
    expect(r.stdout).toMatch(/\nOver all codes\n\|uα +0\.\d{3}\nuα +/);
    expect(r.stdout).toContain('\n¹ not defined: no coder applied the code\n');
    expect(r.stdout).toMatch(/\n\|uα over all codes = 0\.\d{3}: [^\n]+\.\n$/);
    const overlap = await run('--coders', 'ana,ben', '--method', 'overlap', '--threshold', '60');
    expect(overlap.stdout).toMatch(/segment agreement \(MAXQDA's mode 3\), minimum overlap 60%/);
    expect(overlap.stdout).toMatch(/\nVínculo\/Risa +2 +0 +1\.000\n/);
    expect(overlap.stdout).toMatch(/\nAlivio +0 +1 +0\.000\n/);
  });

  it('compares three coders, one of whom coded nothing, with the unitized α', async () => {
    const r = JSON.parse((await run('--coders', 'ana,ben,carla', '--json')).stdout);
    expect(r.coders).toEqual(['ana', 'ben', 'carla']);
    expect(r.codes[0].figures.binaryAlpha.value).toBeLessThan(1);
  });

  it('refuses wrong usage with status 2 and problems with the names with status 1, in one sentence', async () => {
    const cases: [string[], number, string][] = [
      [[], 2, 'Name the coders to compare with --coders A,B (two or more; `sparks user list` lists users).'],
      [['--coders', 'ana,ben', '--method', 'kappa'], 2, '--method must be one of unitized, characters, presence, frequency, overlap.'],
      [['--coders', 'ana,ben', '--threshold', '80'], 2, '--threshold applies to --method overlap: add that, or leave --threshold out.'],
      [['--coders', 'ana,ben', '--method', 'overlap', '--threshold', '0'], 2, '--threshold must be a whole percentage from 1 to 100, such as 90.'],
      [['--coders', 'ana,ben', '--level', 'ordinal'], 2, "--level applies to --matrix; a project's codes are compared as categories."],
      [['--coders', 'ana,ben,carla', '--method', 'characters'], 1, 'The characters method (NVivo’s character κ) compares exactly two coders, not 3: choose two, or use the unitized method for more.'],
      [['--coders', 'ana'], 1, 'Agreement compares two or more coders, not 1: name at least two, separated by commas (e.g. ana,ben).'],
      [['--coders', 'ana,nadie'], 1, 'There is no user "nadie"; list users with `sparks user list`.'],
      [['--coders', 'ana,ben', '--codes', 'Llanto'], 1, 'There is no code "Llanto" in this project; list its codes with `sparks code list`.'],
      [['--coders', 'ana,ben', '--docs', 'E9'], 1, 'There is no document "E9" in this project; list its documents with `sparks document list`.'],
    ];
    const runs = await Promise.all(cases.map(([args]) => run(...args)));
    runs.forEach((r, i) => {
      const [args, code, message] = cases[i]!;
      expect({ args, code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ args, code, stdout: '', stderr: `${message}\n` });
    });
  });
});
