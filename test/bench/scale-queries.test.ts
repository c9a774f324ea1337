/**
 * The query shapes and indexes that keep a large study fast, checked on a small one: the streamed
 * export pages by key yet yields exactly the listing's segments in the listing's order, and on
 * SQLite the access paths use the indexes of migration 003.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { eachSegment, listSegments, resolveSegmentFilter, type SegmentCriteria } from '../../src/store/queries/segments.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';
import { seedSegments, type Seeded } from '../store/segments-seed.js';

const NONE: SegmentCriteria = { codes: [], mode: 'any', documents: [], coders: [], attributes: [] };

describe.each(DIALECTS)('scale queries on %s', (dialect) => {
  let t: TestStore;
  let seed: Seeded;

  beforeAll(async () => {
    t = await freshStore(dialect);
    seed = await seedSegments(t.store);
    // A second document with the same sequence number as the first: their segments interleave by position.
    const s = (await Session.owner(t.store)).in(seed.projectId);
    const text = 'P: Sí, me reí mucho 😄 y después lloré.\n';
    await s.run(COMMANDS.importDocument, {
      name: 'Misma secuencia', kind: 'interview', sequence: 1, text, turns: [], original: new TextEncoder().encode(text),
      originalName: 'misma.txt', mime: 'text/plain', format: 'txt', contentHash: 'x',
    });
    await s.run(COMMANDS.applyMany, { items: [0, 3, 8].map((start) => ({ document: 'Misma secuencia', start, end: start + 6, code: 'Humor' })) });
  });
  afterAll(async () => t?.dispose());

  it.each([1, 2, 500])('streams every segment in listing order, in batches of %i', async (batch) => {
    for (const criteria of [NONE, { ...NONE, codes: ['Humor'] }, { ...NONE, codes: ['Emociones'], attributes: [{ key: 'años', op: '>=' as const, value: '10' }] }]) {
      const filter = await resolveSegmentFilter(t.store, seed.projectId, criteria);
      const listed = (await listSegments(t.store, seed.projectId, filter)).map((s) => `${s.id} ${s.codes.join(',')}`);
      const streamed: string[] = [];
      for await (const s of eachSegment(t.store, seed.projectId, filter, batch)) streamed.push(`${s.id} ${s.codes.map((c) => c.path).join(',')}`);
      expect(streamed).toEqual(listed);
    }
  });

  it.runIf(dialect === 'sqlite')('starts a code search from the code index and walks a document in key order', async () => {
    const plan = async (query: string) => (await sql.raw(`explain query plan ${query}`).execute(t.store.adapter.db)).rows.map((r) => (r as { detail: string }).detail).join(' | ');
    const byCode = await plan(`select s.id from segment s join document d on d.id = s.document_id
      where s.id in (select f.segment_id from coding f where f.project_id = 'p' and f.code_id in ('a', 'b'))`);
    expect(byCode).toMatch(/SEARCH f USING COVERING INDEX coding_project \(project_id=\? AND code_id=\?\)/);
    expect(byCode).toMatch(/SEARCH s USING INDEX sqlite_autoindex_segment_1 \(id=\?\)/);
    expect(await plan(`select id from segment where document_id = 'd' and start >= 5 order by start, "end", id limit 500`))
      .toMatch(/SEARCH segment USING COVERING INDEX segment_document \(document_id=\? AND start>\?\)/);
    expect(await plan(`select max(sequence) from document where project_id = 'p'`)).toMatch(/document_project_sequence/);
    expect(await plan(`select 1 from segment where project_id = 'p' and created_by = 'u'`)).toMatch(/segment_project \(project_id=\? AND created_by=\?\)/);
  });
});
