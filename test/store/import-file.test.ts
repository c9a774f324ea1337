/** The naming rule and the storing step shared by `sparks import` and the upload route. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { parseFile } from '../../src/formats/index.js';
import { documentNameOf, importBatches, storeTranscript, storeTranscripts, type FiledTranscript } from '../../src/store/import-file.js';
import { textCacheOf } from '../../src/store/text-cache.js';
import { readTx } from '../../src/store/tx.js';
import { listDocuments } from '../../src/store/queries/listings.js';
import { SAMPLES } from '../helpers/paths.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

describe('documentNameOf', () => {
  it('drops the folder and the last extension, whichever separator the browser used', () => {
    expect(documentNameOf('P1.pdf')).toBe('P1');
    expect(documentNameOf('C:\\fakepath\\Entrevista María.docx')).toBe('Entrevista María');
    expect(documentNameOf('/tmp/sesión.3.txt')).toBe('sesión.3');
    expect(documentNameOf('notas')).toBe('notas');
  });
});

describe('importBatches', () => {
  it('keeps files in order and closes a batch at 40 files or 4 MB', () => {
    const files = (sizes: number[]) => sizes.map((n, i) => ({ i, bytes: new Uint8Array(n) }));
    expect(importBatches(files(Array(90).fill(10))).map((b) => b.length)).toEqual([40, 40, 10]);
    const big = importBatches(files([3_000_000, 900_000, 200_000, 5_000_000, 10]));
    expect(big.map((b) => b.map((f) => f.i))).toEqual([[0, 1], [2], [3], [4]]);
    expect(importBatches([])).toEqual([]);
  });
});

describe.each(DIALECTS)('storeTranscript on %s', (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await freshStore(dialect);
  });
  afterAll(async () => t?.dispose());

  it('stores a read file with its original bytes, hash, turns and filing, and logs it', async () => {
    const owner = await Session.owner(t.store);
    const projectId = (await owner.run(COMMANDS.createProject, { name: 'Corpus' })).id;
    await owner.in(projectId).run(COMMANDS.addCase, { label: 'Ñandú', attributes: {} });
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, 'transcript.txt')));
    const read = await parseFile(bytes, 'transcript.txt');
    if ('error' in read) throw new Error(read.error);
    const doc = await storeTranscript(t.store, owner.actorId, projectId, { name: 'transcript', originalName: 'transcript.txt', bytes, parsed: read.parsed },
      { kind: 'other', case: 'Ñandú' });
    expect(doc).toMatchObject({ name: 'transcript', kind: 'other', originalName: 'transcript.txt', format: 'txt', length: read.parsed.text.length });
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const [listed] = await listDocuments(t.store, projectId);
    expect(listed).toMatchObject({ name: 'transcript', case: 'Ñandú', turns: read.parsed.turns.length });
  });
});

describe.each(DIALECTS)('storeTranscripts on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  let projectId: string;
  let files: FiledTranscript[];
  beforeAll(async () => {
    t = await freshStore(dialect);
    owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Lote' })).id;
    await owner.in(projectId).run(COMMANDS.addCase, { label: 'P2', attributes: {} });
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, 'transcript.txt')));
    const read = await parseFile(bytes, 'transcript.txt');
    if ('error' in read) throw new Error(read.error);
    files = ['uno', 'dos', 'tres'].map((name, i) => ({
      name, originalName: `${name}.txt`, bytes, parsed: read.parsed, filing: { kind: 'interview', case: i === 1 ? 'P2' : null },
    }));
  });
  afterAll(async () => t?.dispose());

  it('stores a batch in order, each document with its own filing and its own undoable event', async () => {
    const docs = await storeTranscripts(t.store, owner.actorId, projectId, files);
    expect(docs.map((d) => [d.name, d.sequence])).toEqual([['uno', 1], ['dos', 2], ['tres', 3]]);
    const listed = await listDocuments(t.store, projectId);
    expect(listed.map((d) => [d.name, d.case])).toEqual([['uno', null], ['dos', 'P2'], ['tres', null]]);
    const events = await t.store.adapter.db.selectFrom('event').select('command').where('projectId', '=', projectId)
      .where('command', '=', 'document.import').execute();
    expect(events).toHaveLength(3);
    await owner.in(projectId).run(COMMANDS.undo, {});
    expect((await listDocuments(t.store, projectId)).map((d) => d.name)).toEqual(['uno', 'dos']);
  });

  it('stores nothing of a batch when one of its files is refused', async () => {
    const before = await listDocuments(t.store, projectId);
    const batch = [{ ...files[0]!, name: 'cuatro' }, { ...files[0]!, name: 'uno' }];
    await expect(storeTranscripts(t.store, owner.actorId, projectId, batch)).rejects.toThrow(/already in this project/);
    expect(await listDocuments(t.store, projectId)).toEqual(before);
  });

  it('gives commands the document without its original bytes, its text through the cache', async () => {
    const doc = await readTx(t.store).documentNamed(projectId, 'dos');
    expect(doc).toMatchObject({ name: 'dos', length: files[1]!.parsed.text.length, text: files[1]!.parsed.text });
    expect(doc).not.toHaveProperty('original');
    expect(textCacheOf(t.store).get(doc!.id)).toBe(files[1]!.parsed.text);
    expect(await readTx(t.store).documentNamed(projectId, 'nadie')).toBeUndefined();
  });
});
