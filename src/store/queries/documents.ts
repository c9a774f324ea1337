/** Reading a document's canonical text by name. */
import { UserError, quoteName } from '../../core/errors.js';
import type { Store } from '../store.js';

export async function documentByName(store: Store, projectId: string, name: string): Promise<{ id: string; text: string; name: string }> {
  const doc = await store.adapter.db.selectFrom('document').select(['id', 'text', 'name'])
    .where('projectId', '=', projectId).where('name', '=', name.normalize('NFC').trim()).executeTakeFirst();
  if (!doc) throw new UserError(`There is no document ${quoteName(name)} in this project; list them with \`sparks document list\`.`);
  return doc;
}

export async function documentText(store: Store, projectId: string, name: string): Promise<string> {
  return (await documentByName(store, projectId, name)).text;
}

/** The first of `names` already used by a document of the project, if any. */
export async function firstTakenName(store: Store, projectId: string, names: readonly string[]): Promise<string | undefined> {
  const rows = await store.adapter.db.selectFrom('document').select('name').where('projectId', '=', projectId)
    .where('name', 'in', names.map((n) => n.normalize('NFC').trim())).limit(1).execute();
  return rows[0]?.name;
}
