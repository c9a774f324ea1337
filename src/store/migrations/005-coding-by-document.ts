/**
 * The codes of one document straight from an index: saturation walks documents in interview order
 * and reads only each one's distinct codes, stopping once every code in use has been seen.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('coding_document_code').on('coding').columns(['document_id', 'code_id', 'coder_id']).execute();
}
