/**
 * Bulk loads on a server database: statistics refreshed after a folder is imported, inserts split
 * below the bound-parameter limits, and the search index's passages where JavaScript puts them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import type { TurnRecord } from '../../src/core/records.js';
import { parseSearch } from '../../src/core/search-query.js';
import { newId } from '../../src/store/ids.js';
import { up as up010 } from '../../src/store/migrations/010-postgres-tuning.js';
import { searchText } from '../../src/store/queries/search.js';
import type { Database } from '../../src/store/schema.js';
import { INSERT_PARAMETERS, KyselyTx, insertBatches } from '../../src/store/tx.js';
import { sparks } from '../helpers/cli.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshLocation, freshStore, type TestStore } from '../helpers/stores.js';

const LINE = 'P: Sí, hubo un momento de encuentro 😊 en la sesión, y después lluvia de ideas.';

/** Whether a table of the store's schema has been vacuumed and analysed by hand (autovacuum's runs do not count). */
async function refreshed(db: Kysely<Database>, table: string): Promise<boolean> {
  const { rows } = await sql<{ done: boolean }>`select last_vacuum is not null and last_analyze is not null as done
    from pg_stat_user_tables where relname = ${table} and schemaname = current_schema()`.execute(db);
  return rows[0]!.done;
}

describe('insertBatches', () => {
  it('keeps every INSERT within the parameter limit, counting the columns any row has', () => {
    const rows = Array.from({ length: 10 }, (_, i) => (i === 3 ? { a: i, b: i, c: i } : { a: i, b: i }));
    const batches = insertBatches(rows, 7);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 2, 2, 2]);
    expect(batches.flat()).toEqual(rows);
    expect(insertBatches([{ a: 1, b: 2 }], 1)).toEqual([[{ a: 1, b: 2 }]]);
    expect(insertBatches([])).toEqual([]);
  });

  it('stays below PostgreSQL’s and SQLite’s limits', () => {
    expect(INSERT_PARAMETERS).toBeLessThan(32_766);
    const turns = Array.from({ length: 9_000 }, () => ({ id: '', documentId: '', idx: 0, start: 0, end: 1, speaker: '', startMs: null, endMs: null }));
    for (const batch of insertBatches(turns)) expect(batch.length * 8).toBeLessThanOrEqual(INSERT_PARAMETERS);
  });
});

describe.each(DIALECTS)('bulk loads on %s', (dialect) => {
  let t: TestStore;
  let s: Session;
  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Carga' })).id);
  });
  afterAll(async () => t?.dispose());

  it('insert more rows at once than one statement may bind', async () => {
    const doc = await s.importText('largo', `${LINE}\n`.repeat(100));
    // 9,000 turns of 8 columns: 72,000 parameters, over PostgreSQL's 65,535.
    const turns: TurnRecord[] = Array.from({ length: 9_000 }, (_, i) => ({
      id: newId(), documentId: doc.id, idx: i, start: 0, end: 1, speaker: `S${i % 3}`, startMs: null, endMs: null,
    }));
    await t.store.adapter.transaction((trx) => new KyselyTx(trx, t.store.adapter).insert('turn', turns));
    const stored = await t.store.adapter.db.selectFrom('turn').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('documentId', '=', doc.id).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(9_000);
  });

  it('settle after a load (statistics, checkpoint), or need not', async () => {
    for (let i = 0; i < 3; i++) await s.importText(`doc ${i}`, `${LINE}\n\n`.repeat(300));
    const refresh = t.store.adapter.settleAfterBulkLoad;
    if (dialect === 'sqlite') {
      expect(refresh).toBeUndefined();
      return;
    }
    const db = t.store.adapter.db;
    expect(await refreshed(db, 'passage')).toBe(false);
    await refresh!.call(t.store.adapter);
    expect(await refreshed(db, 'passage')).toBe(true);
    // Nothing grew since: a second refresh finds nothing to do.
    await refresh!.call(t.store.adapter);
  });

  it('index passages at the offsets JavaScript gives them, past emoji and blank lines', async () => {
    const text = ['T: 🙂🙂 hola', '', '   ', 'P: 𝒜 lluvia de ideas', '\t', 'T: fin 😊'].join('\n');
    const doc = await s.importText('ofsets', text);
    const found = await t.store.adapter.search.offsets(t.store.adapter.db, await passageIds(t, doc.id));
    const spans = [...found.values()].sort((a, b) => a.start - b.start).map((r) => text.slice(r.start, r.end));
    expect(spans).toEqual(['T: 🙂🙂 hola', 'P: 𝒜 lluvia de ideas', 'T: fin 😊']);
  });
});

describe.each(DIALECTS)('the checks every command starts with, read at once, on %s', (dialect) => {
  it('refuse a missing user, a missing project, a stranger and a too-low role, and let members and admins through', async () => {
    const t = await freshStore(dialect);
    try {
      const owner = await Session.owner(t.store);
      const s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Permisos' })).id);
      const vera = await owner.run(COMMANDS.addUser, { name: 'Vera', email: null });
      const ana = await owner.run(COMMANDS.addUser, { name: 'Ana', email: null });
      await s.run(COMMANDS.addMember, { user: 'Vera', role: 'viewer' });
      await s.run(COMMANDS.addMember, { user: 'Ana', role: 'coder' });
      await expect(s.as('nobody').run(COMMANDS.createCode, { name: 'X' })).rejects.toThrow(/acting user no longer exists/);
      await expect(owner.in('no-such-project').run(COMMANDS.createCode, { name: 'X' })).rejects.toThrow(/project does not exist/);
      const stranger = await owner.run(COMMANDS.addUser, { name: 'Otro', email: null });
      await expect(s.as(stranger.id).run(COMMANDS.createCode, { name: 'X' })).rejects.toThrow(/not a member of Permisos/);
      await expect(s.as(vera.id).run(COMMANDS.createCode, { name: 'X' })).rejects.toThrow(/role in Permisos is viewer; this needs the coder role/);
      await s.as(ana.id).run(COMMANDS.createCode, { name: 'De Ana' });
      await s.run(COMMANDS.createCode, { name: 'Del dueño' });
    } finally {
      await t.dispose();
    }
  });
});

describe('migration 010 on postgres', () => {
  it('replaces the passage trigger of an earlier version, and tells the planner how many (code, case) pairs there are', async () => {
    const t = await freshStore('postgres');
    try {
      const db = t.store.adapter.db;
      const source = async () => (await sql<{ src: string }>`select prosrc as src from pg_proc
        where proname = 'passage_index' and pronamespace = current_schema()::regnamespace`.execute(db)).rows[0]!.src;
      expect(await source()).toContain('string_to_array');
      await sql.raw(`create or replace function passage_index() returns trigger language plpgsql as $$ begin return null; end $$`).execute(db);
      await t.store.adapter.transaction((trx) => up010(trx as unknown as Kysely<unknown>, t.store.adapter));
      expect(await source()).toContain('string_to_array');
      const owner = await Session.owner(t.store);
      const s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Después' })).id);
      await s.importText('uno', 'T: lluvia de ideas\n');
      expect((await searchText(t.store, s.projectId!, '"lluvia de"')).total).toBe(1);
      const stats = await sql<{ name: string }>`select stxname as name from pg_statistic_ext
        where stxnamespace = current_schema()::regnamespace order by stxname`.execute(db);
      expect(stats.rows.map((r) => r.name)).toEqual(['code_case_count_groups', 'code_case_total_groups']);
    } finally {
      await t.dispose();
    }
  });
});

/** The ids of a document's passages, whatever shape the dialect's index has. */
async function passageIds(t: TestStore, documentId: string): Promise<number[]> {
  const q = t.store.adapter.search.matching(parseSearch('hola OR lluvia OR fin'));
  const { rows } = await sql<{ id: number }>`select m.id from (${q}) m where m.document_id = ${documentId}`.execute(t.store.adapter.db);
  return rows.map((r) => Number(r.id));
}

describe('sparks import on postgres', () => {
  let dir: string;
  let db: { location: string; dispose(): Promise<void> };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sparks-import-stats-'));
    db = freshLocation('postgres');
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.dispose();
  });

  it('refreshes the statistics once several files are stored', async () => {
    const files = ['Uno', 'Dos', 'Tres'].map((name) => {
      const file = join(dir, `${name}.txt`);
      writeFileSync(file, `${LINE}\n`.repeat(400));
      return file;
    });
    expect((await sparks(db.location, ['project', 'create', 'Estudio'])).code).toBe(0);
    const r = await sparks(db.location, ['import', 'Estudio', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { openStore } = await import('../../src/store/store.js');
    const store = await openStore(db.location);
    try {
      expect(await refreshed(store.adapter.db, 'passage')).toBe(true);
    } finally {
      await store.close();
    }
  });
});
