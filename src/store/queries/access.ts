/** Who may read a project: its members, and administrators. */
import { UserError } from '../../core/errors.js';
import type { UserRecord } from '../../core/records.js';
import type { Role } from '../../core/types.js';
import type { Store } from '../store.js';

export async function roleIn(store: Store, projectId: string, user: UserRecord): Promise<Role | 'admin' | null> {
  const project = await store.adapter.db.selectFrom('project').select('id').where('id', '=', projectId).executeTakeFirst();
  if (!project) throw new UserError('That project does not exist; go back to the list of projects.');
  if (user.isAdmin === 1) return 'admin';
  const m = await store.adapter.db.selectFrom('membership').select('role').where('projectId', '=', projectId).where('userId', '=', user.id).executeTakeFirst();
  return m?.role ?? null;
}

/** Throws unless the user may read the project. */
export async function assertReader(store: Store, projectId: string, user: UserRecord): Promise<void> {
  if ((await roleIn(store, projectId, user)) === null) {
    throw Object.assign(new UserError('You are not a member of this project; ask its owner to add you.'), { statusCode: 403 });
  }
}
