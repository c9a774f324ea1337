/** Codings a coder marks as example quotes, which the Table I report prints first. */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('coding').addColumn('exemplar', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
