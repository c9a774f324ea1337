/** `sparks search`: hits with context and participant label, and auto-coding every hit as one undoable command. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sparks, sparksJson } from '../helpers/cli.js';

const TEXT = 'T: ¿Cómo fue la sesión con el niño? 😊\nP: La sesion fue difícil. Después nos reímos.\n';

describe('sparks search', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sparks-search-'));
    db = join(dir, 'sparks.db');
    const file = join(dir, 'Entrevista 7.txt');
    writeFileSync(file, TEXT);
    for (const args of [
      ['project', 'create', 'Estudio'], ['case', 'add', 'Estudio', 'T7', '--attr', 'years=12'],
      ['import', 'Estudio', file, '--case', 'T7'], ['code', 'create', 'Estudio', 'Sesión'],
    ]) expect((await sparks(db, args)).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints hits with context and the participant label', async () => {
    const r = await sparks(db, ['search', 'Estudio', 'sesion', '--case-attr', 'years>=10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Entrevista 7 (T7)');
    expect(r.stdout).toContain('[sesión] con el niño?');
    expect(r.stdout).toContain('P: La [sesion] fue difícil.');
    const page = await sparksJson<{ total: number; hits: { text: string; start: number }[] }>(db, ['search', 'Estudio', '"el nino"']);
    expect(page.hits.map((h) => [h.text, h.start])).toEqual([['el niño', TEXT.indexOf('el niño')]]);
  });

  it('auto-codes every hit by sentence, and one undo reverts it', async () => {
    const r = await sparksJson(db, ['search', 'Estudio', 'sesión', '--code-hits', 'Sesión', '--unit', 'sentence']);
    expect(r).toEqual({ applied: 2, skipped: 0, hits: 2 });
    const segs = await sparksJson<{ text: string }[]>(db, ['segments', 'Estudio', '--code', 'Sesión']);
    expect(segs.map((s) => s.text)).toEqual(['¿Cómo fue la sesión con el niño?', 'La sesion fue difícil.']);
    expect((await sparks(db, ['undo', 'Estudio'])).code).toBe(0);
    expect(await sparksJson(db, ['segments', 'Estudio'])).toEqual([]);
  });

  it('explains a malformed search or a wrong unit in one sentence', async () => {
    const bad = await sparks(db, ['search', 'Estudio', '"sesión']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('The search ""sesión" has an unclosed quote; close it or remove it.');
    const unit = await sparks(db, ['search', 'Estudio', 'sesión', '--code-hits', 'Sesión', '--unit', 'page']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toMatch(/--unit must be match, sentence or turn/);
  });
});
