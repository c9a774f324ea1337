/** PostgreSQL keeps a connection's frequent statements prepared, but never a list of every length. */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { Session } from '../../helpers/session.js';
import { freshStore, type TestStore } from '../../helpers/stores.js';

describe('prepared statements on PostgreSQL', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await freshStore('postgres');
  });
  afterAll(async () => t?.dispose());

  it('prepares a parameterised query once per connection and answers it as before', async () => {
    const owner = await Session.owner(t.store);
    const project = await owner.run(COMMANDS.createProject, { name: 'Preparado' });
    // One transaction holds one connection, so its prepared statements are the ones listed.
    const seen = await t.store.adapter.transaction(async (trx) => {
      const names: string[] = [];
      for (let i = 0; i < 3; i++) {
        const row = await trx.selectFrom('project').select('name').where('id', '=', project.id).executeTakeFirstOrThrow();
        names.push(row.name);
      }
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(trx);
      return { names, statements: prepared.rows.map((r) => r.statement) };
    });
    expect(seen.names).toEqual(['Preparado', 'Preparado', 'Preparado']);
    expect(seen.statements.filter((s) => s.includes('from "project" where "id" = $1'))).toHaveLength(1);
  });

  it('sends long lists unprepared, so each length does not leave a statement behind', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `no-such-${i}`);
    const { rows, statements } = await t.store.adapter.transaction(async (trx) => {
      const found = await trx.selectFrom('project').select('id').where('id', 'in', ids).execute();
      const prepared = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(trx);
      return { rows: found, statements: prepared.rows.map((r) => r.statement) };
    });
    expect(rows).toEqual([]);
    expect(statements.some((s) => s.includes('$60'))).toBe(false);
  });
});
