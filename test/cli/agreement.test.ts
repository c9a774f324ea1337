/** `sparks agreement --matrix FILE.csv` end to end, on CSV files as researchers save them. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sparksWithout } from '../helpers/cli.js';

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

  it('is a usage error (status 2) without --matrix, with a project, or with an unknown level', async () => {
    const runs = await Promise.all([[], ['Estudio'], ['Estudio', '--matrix', join(dir, 'k.csv')]].map((args) => agreement(...args)));
    for (const r of runs) {
      expect(r.code).toBe(2);
      expect(r.stderr).toBe("Give --matrix FILE.csv; agreement between a project's coders is not available yet.\n");
    }
    const level = await agreement('--matrix', join(dir, 'k.csv'), '--level', 'cardinal');
    expect(level.code).toBe(2);
    expect(level.stderr).toMatch(/Allowed choices are nominal, ordinal, interval, ratio/);
  });
});
