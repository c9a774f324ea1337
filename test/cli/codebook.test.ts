/** `sparks codebook import|export` on the real binary, with the REFI-QDA samples and the codebook schema. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sparks, sparksJson } from '../helpers/cli.js';
import { SHARED } from '../helpers/paths.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';
import { CODEBOOK_XSD, schemaErrors } from '../helpers/xmllint.js';

const DIR = `${SHARED}refi-qda/samples/`;

describe('codebooks on the command line', { timeout: 180_000 }, () => {
  let db: TestDb;
  let dir = '';
  const run = (...args: string[]) => sparks(db.location, args);

  beforeAll(async () => {
    db = freshLocation('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'sparks-qdc-'));
    expect((await run('project', 'create', 'Libro')).code).toBe(0);
  });
  afterAll(async () => db?.dispose());

  it('adds a codebook\'s codes, keeps those already there, and its sets of codes', async () => {
    const first = await run('codebook', 'import', 'Libro', `${DIR}spec-1.5-annexA1-codebook-example.qdc`);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('Added 6 codes to "Libro"; 0 codes were there already.\n');
    const again = await run('codebook', 'import', 'Libro', `${DIR}spec-1.5-annexA1-codebook-example.qdc`);
    expect(again.stdout).toBe('Added 0 codes to "Libro"; 6 codes were there already.\n');
    const withSet = await run('codebook', 'import', 'Libro', `${DIR}requal-test-ATLAS.ti-Win-23.4.0-codebook.qdc`);
    expect(withSet.stdout).toBe('Added 1 code to "Libro"; 0 codes were there already; 1 set of codes gained members.\n');
    const sets = await sparksJson<{ name: string; members: { name: string }[] }[]>(db.location, ['set', 'list', 'Libro']);
    expect(sets.map((x) => [x.name, x.members.length])).toEqual([[expect.any(String), 1]]);
    const broken = await run('codebook', 'import', 'Libro', `${DIR}requal-test-ATLAS.ti-Win-23.4.0-codebook-TRUNCATED-ns0_4.qdc`);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^requal-test-ATLAS\.ti-Win-23\.4\.0-codebook-TRUNCATED-ns0_4\.qdc is not a well-formed REFI-QDA codebook[^\n]*\.\n$/);
    const project = await run('import-qdpx', `${DIR}spec-1.5-annexA1-codebook-example.qdc`);
    expect(project.stderr).toBe('spec-1.5-annexA1-codebook-example.qdc is a codebook, not a project; add its codes to a project with `sparks codebook import PROJECT spec-1.5-annexA1-codebook-example.qdc`.\n');
  });

  it('exports the code tree as a codebook that validates', async () => {
    const file = join(dir, 'libro.qdc');
    const r = await run('codebook', 'export', 'Libro', '--qdc', file);
    expect(r.stdout).toBe(`Wrote ${file}: 7 codes.\n`);
    const xml = readFileSync(file, 'utf8');
    expect(schemaErrors(xml, CODEBOOK_XSD)).toBe('');
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Sparks">');
    expect((await run('project', 'create', 'Vacío')).code).toBe(0);
    const empty = await run('codebook', 'export', 'Vacío', '--qdc', join(dir, 'vacio.qdc'));
    expect(empty.stderr).toBe('"Vacío" has no codes yet; there is no codebook to export.\n');
  });
});
