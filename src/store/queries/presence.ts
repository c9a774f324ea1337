/** Who else is editing an object: heartbeats written by open editors, read within a short window. */
import type { Store } from '../store.js';

/** An editor beats every 10 seconds; one silent for this long has closed (or lost its connection). */
export const PRESENCE_MS = 30_000;

export interface Editor { name: string; since: string }

/** Record that `userId` has the object open, and answer who else has it open now. */
export async function beat(store: Store, projectId: string, objectId: string, userId: string, now = new Date()): Promise<Editor[]> {
  const db = store.adapter.db;
  const at = now.toISOString();
  await db.insertInto('presence').values({ projectId, objectId, userId, seenAt: at })
    .onConflict((oc) => oc.columns(['projectId', 'objectId', 'userId']).doUpdateSet({ seenAt: at })).execute();
  const fresh = new Date(now.getTime() - PRESENCE_MS).toISOString();
  // Old heartbeats are cleared as they are met, so the table stays as small as the open editors.
  await db.deleteFrom('presence').where('seenAt', '<', fresh).execute();
  const rows = await db.selectFrom('presence').innerJoin('user', 'user.id', 'presence.userId')
    .select(['user.name', 'presence.seenAt']).where('presence.projectId', '=', projectId).where('presence.objectId', '=', objectId)
    .where('presence.userId', '!=', userId).orderBy('user.name').execute();
  return rows.map((r) => ({ name: r.name, since: r.seenAt }));
}

/** The editor closed: stop counting the user as present. */
export async function leave(store: Store, projectId: string, objectId: string, userId: string): Promise<void> {
  await store.adapter.db.deleteFrom('presence').where('projectId', '=', projectId).where('objectId', '=', objectId).where('userId', '=', userId).execute();
}
