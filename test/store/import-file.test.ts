/** The naming rule and the storing step shared by `sparks import` and the upload route. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { parseFile } from '../../src/formats/index.js';
import { documentNameOf, storeTranscript } from '../../src/store/import-file.js';
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
