/**
 * Frames on models: titled boxes that group nodes in a figure ("Conditions of the therapist").
 * A frame is a model node of its own kind whose target is itself; its title needs a column.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('model_node').addColumn('label', 'text', (c) => c.notNull().defaultTo('')).execute();
}
