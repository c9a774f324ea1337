/** The SQLite search index: packed passage offsets, and the upgrade from the index of a row per passage. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { packSpans, passagesOf, sqliteSearch, unpackSpan } from '../../../src/store/dialects/sqlite/search.js';
import { searchText } from '../../../src/store/queries/search.js';
import { Session } from '../../helpers/session.js';
import { freshStore, type TestStore } from '../../helpers/stores.js';

const TEXT = 'T: ¿Cómo estás? 😊\n\nP: Bien, con un poco de lluvia.\nT: ¿Lluvia de ideas?\n';

describe('packed passage offsets', () => {
  it('give back every passage of a text, past emoji and blank lines', () => {
    const passages = passagesOf(TEXT);
    const packed = packSpans(passages);
    expect(passages.map((_, k) => unpackSpan(packed, k))).toEqual(passages.map(([start, end]) => ({ start, end })));
    expect(passages.map((_, k) => TEXT.slice(unpackSpan(packed, k).start, unpackSpan(packed, k).end))).toEqual(passages.map((p) => p[2]));
  });

  it('hold offsets of the largest documents', () => {
    const packed = packSpans([[0, 5, 'x'], [123_456_789, 199_999_999, 'y']]);
    expect(unpackSpan(packed, 1)).toEqual({ start: 123_456_789, end: 199_999_999 });
  });
});

describe('the SQLite search index', () => {
  let t: TestStore;
  let s: Session;
  beforeAll(async () => {
    t = await freshStore('sqlite');
    const owner = await Session.owner(t.store);
    s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Índice' })).id);
    await s.importText('uno', TEXT);
    await s.importText('dos', 'P: Sin nada que ver.\nT: Lluvia otra vez.\n');
  });
  afterAll(async () => t?.dispose());

  const hits = async () => (await searchText(t.store, s.projectId!, 'lluvia')).hits.map((h) => `${h.document}:${h.start}:${h.text}`);

  it('numbers passages by document block, one block row per document', async () => {
    const blocks = await sql<{ n: number }>`select count(*) as n from passage_block`.execute(t.store.adapter.db);
    expect(Number(blocks.rows[0]!.n)).toBe(2);
    expect(await hits()).toEqual([`uno:${TEXT.indexOf('lluvia')}:lluvia`, `uno:${TEXT.indexOf('Lluvia')}:Lluvia`, 'dos:24:Lluvia']);
  });

  it('replaces an index of a row per passage, as earlier versions made, keeping every hit', async () => {
    const db = t.store.adapter.db;
    const before = await hits();
    for (const s of ['drop trigger passage_on_insert', 'drop trigger passage_on_delete', 'drop trigger passage_on_update',
      'drop table passage_fts', 'drop table passage_block', 'drop table passage_span',
      'create table passage (id integer primary key, document_id text not null, start integer not null, "end" integer not null)',
      "create virtual table passage_fts using fts5(body, content = '', contentless_delete = 1)"]) {
      await sql.raw(s).execute(db);
    }
    await sqliteSearch.upgrade!(db as never);
    expect(await hits()).toEqual(before);
    await s.importText('tres', 'P: Y más lluvia.\n');
    expect(await hits()).toContain('tres:9:lluvia');
    // Nothing is left of the old index, and a second upgrade changes nothing.
    const old = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'passage'`.execute(db);
    expect(Number(old.rows[0]!.n)).toBe(0);
    await sqliteSearch.upgrade!(db as never);
    expect(await hits()).toContain('tres:9:lluvia');
  });
});
