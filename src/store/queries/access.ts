/** Who may read a project: its members, and administrators. */
import { UserError } from '../../core/errors.js';
import { phaseOf } from '../../core/phases.js';
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

/**
 * What a reader may see: their role, and during blind (independent) coding the one coder whose
 * codings they see, themselves; null when they see everyone's.
 */
export interface Reader { role: Role | 'admin'; onlyCoderId: string | null }

/** Throws unless the user may read the project; says what they may see of its codings. */
export async function assertReader(store: Store, projectId: string, user: UserRecord): Promise<Reader> {
  const role = await roleIn(store, projectId, user);
  if (role === null) {
    throw Object.assign(new UserError('You are not a member of this project; ask its owner to add you.'), { statusCode: 403 });
  }
  const { settings } = await store.adapter.db.selectFrom('project').select('settings').where('id', '=', projectId).executeTakeFirstOrThrow();
  return { role, onlyCoderId: phaseOf(settings) === 'independent' ? user.id : null };
}

/** The coder ids a blind reader may see among those asked for: only their own, and nobody else's. */
export function blindCoders(reader: Reader, asked: readonly string[] | undefined): string[] | undefined {
  if (!reader.onlyCoderId) return asked ? [...asked] : undefined;
  // An id no coding has: asking for someone else's codings finds nothing, never theirs.
  return !asked || asked.includes(reader.onlyCoderId) ? [reader.onlyCoderId] : ['(none)'];
}

/** Asking, during blind coding, for what only comparison shows: another coder's codings, or agreement. */
export function blindRefusal(): UserError {
  return Object.assign(new UserError("The project is in blind coding: you see only your own codings; an owner can move it to the comparison phase."), { statusCode: 403 });
}
