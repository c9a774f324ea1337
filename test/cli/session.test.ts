/** The command line end to end, on both databases, with the real interview transcripts. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sparks, sparksJson } from '../helpers/cli.js';
import { invalidFiles } from '../helpers/files.js';
import { PDF_DIR, SAMPLES } from '../helpers/paths.js';
import { DIALECTS, freshLocation, type TestDb } from '../helpers/stores.js';

const SENTENCE = 'So my first question is if you currently use ICE plots in your work?';
const HUMOR = 'Triggers of moments of meeting/Humor';

interface Segment { id: string; doc: string; start: number; end: number; text: string; codes: string[]; coder: string }
interface Event { seq: number; command: string; actor: string; undone: boolean; undoes: number | null; payload: Record<string, unknown> }

describe.each(DIALECTS)('sparks command line on %s', (dialect) => {
  let db: TestDb;
  let dir: string;
  beforeAll(() => {
    db = freshLocation(dialect);
    dir = mkdtempSync(join(tmpdir(), 'sparks-cli-'));
  });
  afterAll(async () => {
    await db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the study session of the acceptance criteria', async () => {
    const L = db.location;
    expect((await sparksJson<{ name: string }>(L, ['project', 'create', 'Study'])).name).toBe('Study');
    expect(await sparksJson(L, ['template', 'apply', 'Study', 'mom'])).toMatchObject({ codesAdded: 45 });
    expect(await sparksJson(L, ['case', 'add', 'Study', 'P1', '--attr', 'years=12'])).toMatchObject({ label: 'P1', attributes: { years: '12' } });
    const [doc] = await sparksJson<{ name: string; case: string; turns: number; speakers: string[] }[]>(
      L, ['import', 'Study', join(PDF_DIR, 'P1.pdf'), '--case', 'P1', '--kind', 'interview']);
    expect(doc).toMatchObject({ name: 'P1', case: 'P1', kind: 'interview' });
    expect(doc!.speakers).toEqual(expect.arrayContaining(['Dan', 'Participant']));
    const applied = await sparksJson<{ text: string; code: string }>(L, ['code', 'apply', 'Study', '--doc', 'P1', '--text', SENTENCE, '--code', HUMOR]);
    expect(applied).toMatchObject({ text: SENTENCE, code: HUMOR, coder: 'owner' });
    const segments = await sparksJson<Segment[]>(L, ['segments', 'Study']);
    expect(segments).toEqual([expect.objectContaining({ doc: 'P1', text: SENTENCE, codes: [HUMOR], coder: 'owner' })]);
    expect(await sparksJson(L, ['undo', 'Study'])).toMatchObject({ command: 'coding.apply' });
    expect(await sparksJson(L, ['segments', 'Study'])).toEqual([]);
    expect(await sparksJson(L, ['redo', 'Study'])).toMatchObject({ command: 'redo' });
    expect(await sparksJson(L, ['segments', 'Study'])).toHaveLength(1);
    const log = await sparksJson<Event[]>(L, ['log', 'Study']);
    expect(log.map((e) => e.command)).toEqual(['project.create', 'template.apply', 'case.add', 'document.import', 'coding.apply', 'undo', 'redo']);
    expect(log[4]).toMatchObject({ undone: true, actor: 'owner' });
    expect(log[5]!.undoes).toBe(log[4]!.seq);
    expect(log[3]!.payload).toMatchObject({ name: 'P1', case: 'P1', format: 'pdf' });
    await sparksJson(L, ['memo', 'add', 'Study', '--type', 'reflexive', '--title', 'Después de P1', '--body', 'Me sorprendió la risa 😊']);
    expect((await sparksJson<{ links: unknown[] }>(L, ['memo', 'link', 'Study', 'Después de P1', 'doc:P1', `code:${HUMOR}`])).links).toHaveLength(2);
    await sparksJson(L, ['memo', 'unlink', 'Study', 'Después de P1', 'doc:P1']);
    const memos = await sparksJson<{ title: string; links: { type: string }[] }[]>(L, ['memo', 'list', 'Study']);
    expect(memos.find((m) => m.title === 'Después de P1')!.links.map((l) => l.type)).toEqual(['code']);
  });

  it('lists codes flat with paths, parents and coding counts', async () => {
    const codes = await sparksJson<{ name: string; path: string; parent: string | null; codings: number; id: string }[]>(db.location, ['code', 'list', 'Study']);
    expect(codes).toHaveLength(45);
    expect(codes.find((c) => c.path === HUMOR)).toMatchObject({ name: 'Humor', parent: 'Triggers of moments of meeting', codings: 1 });
    expect(codes.filter((c) => c.parent === null)).toHaveLength(4);
  });

  it('imports all seven interview PDFs and the docx, odt and txt samples', async () => {
    const L = db.location;
    await sparksJson(L, ['project', 'create', 'Corpus']);
    const pdfs = readdirSync(PDF_DIR).filter((f) => f.endsWith('.pdf')).map((f) => join(PDF_DIR, f));
    const imported = await sparksJson<{ name: string; turns: number; speakers: string[]; length: number }[]>(L, ['import', 'Corpus', ...pdfs]);
    expect(imported.map((d) => d.name)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    for (const d of imported) {
      expect(d.turns).toBeGreaterThan(20);
      expect(d.speakers).toEqual(expect.arrayContaining(['Dan', 'Participant']));
    }
    const samples = await sparksJson<{ name: string; format: string; length: number }[]>(L, [
      'import', 'Corpus', join(SAMPLES, 'ID1.docx'), join(SAMPLES, 'ID2.odt'), join(SAMPLES, 'transcript.txt'), '--kind', 'other',
    ]);
    expect(samples.map((d) => d.format)).toEqual(['docx', 'odt', 'txt']);
    for (const d of samples) expect(d.length).toBeGreaterThan(50);
    const docs = await sparksJson<{ name: string; sequence: number }[]>(L, ['document', 'list', 'Corpus']);
    expect(docs.map((d) => d.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await sparksJson(L, ['code', 'create', 'Corpus', 'Slides', '--color', '#e07a5f']);
    const slides = await sparksJson<{ text: string }>(L, ['code', 'apply', 'Corpus', '--doc', 'transcript', '--text', 'I am struggling with the lecture slides.', '--code', 'Slides']);
    expect(slides.text).toBe('I am struggling with the lecture slides.');
  });

  it('refuses invalid files with one sentence, exit 1, and leaves the project unchanged', async () => {
    const L = db.location;
    const before = [await sparksJson(L, ['log', 'Corpus']), await sparksJson(L, ['document', 'list', 'Corpus'])];
    for (const [what, file] of Object.entries(invalidFiles(dir))) {
      const r = await sparks(L, ['import', 'Corpus', file]);
      expect(r.code, what).toBe(1);
      expect(r.stdout, what).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines, what).toHaveLength(1);
      expect(lines[0], what).toMatch(/\.$/);
    }
    // a valid file in the same batch as an invalid one is not imported either
    const batch = await sparks(L, ['import', 'Corpus', join(SAMPLES, 'ID1.docx'), invalidFiles(dir).empty, '--kind', 'other']);
    expect(batch.code).toBe(1);
    expect([await sparksJson(L, ['log', 'Corpus']), await sparksJson(L, ['document', 'list', 'Corpus'])]).toEqual(before);
  });

  it('names coders only among existing users, and says so clearly otherwise', async () => {
    const L = db.location;
    const typo = await sparks(L, ['code', 'apply', 'Study', '--doc', 'P1', '--text', SENTENCE, '--code', HUMOR, '--coder', 'Mrai']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toMatch(/no user "Mrai".*sparks user add/);
    expect((await sparks(L, ['project', 'list'], { SPARKS_USER: 'nobody' })).stderr).toMatch(/no user "nobody"/);
    await sparksJson(L, ['user', 'add', 'María', '--email', 'maria@example.org']);
    const r = await sparksJson<{ coder: string }>(L, ['code', 'apply', 'Study', '--doc', 'P1', '--text', SENTENCE, '--code', HUMOR, '--coder', 'María']);
    expect(r.coder).toBe('María');
    const mine = await sparksJson<Segment[]>(L, ['segments', 'Study', '--coder', 'María', '--code', 'Triggers of moments of meeting']);
    expect(mine).toHaveLength(1);
  });

  it('explains absent or ambiguous quotes and wrong usage', async () => {
    const L = db.location;
    const absent = await sparks(L, ['code', 'apply', 'Study', '--doc', 'P1', '--text', 'no such words here', '--code', HUMOR]);
    expect(absent).toMatchObject({ code: 1 });
    expect(absent.stderr).toMatch(/is not in "P1"/);
    const ambiguous = await sparks(L, ['code', 'apply', 'Study', '--doc', 'P1', '--text', 'Okay.', '--code', HUMOR]);
    expect(ambiguous.stderr).toMatch(/occurs \d+ times in "P1"/);
    expect((await sparks(L, ['code', 'apply', 'Study', '--doc', 'P1', '--code', HUMOR])).code).toBe(2);
    expect((await sparks(L, ['frobnicate'])).code).toBe(2);
    expect((await sparks(L, ['case', 'add', 'Study', 'P2', '--attr', 'novalue'])).code).toBe(2);
    const longName = await sparks(L, ['code', 'create', 'Study', 'x'.repeat(10_000)]);
    expect(longName.code).toBe(1);
    expect(longName.stderr).toMatch(/at most 200/);
  });
});
