/** The event log of a project, oldest first, with actor names. */
import type { Store } from '../store.js';

export interface EventListing {
  seq: number; id: string; at: string; actor: string; command: string; payload: unknown;
  undoable: boolean; undoes: number | null; undone: boolean;
}

export async function listEvents(store: Store, projectId: string, options: { limit?: number } = {}): Promise<EventListing[]> {
  const db = store.adapter.db;
  let q = db.selectFrom('event')
    .innerJoin('user', 'user.id', 'event.actorId')
    .select(['event.seq', 'event.id', 'event.at', 'user.name as actor', 'event.command', 'event.payload', 'event.inverse', 'event.undoes'])
    .where('event.projectId', '=', projectId)
    .orderBy('event.seq', 'desc');
  if (options.limit) q = q.limit(options.limit);
  const rows = (await q.execute()).reverse();
  const undone = new Set(
    (await db.selectFrom('event').select('undoes').where('projectId', '=', projectId).where('undoes', 'is not', null).execute()).map((r) => r.undoes),
  );
  return rows.map((r) => ({
    seq: r.seq, id: r.id, at: r.at, actor: r.actor, command: r.command, payload: JSON.parse(r.payload) as unknown,
    undoable: r.inverse !== null, undoes: r.undoes, undone: undone.has(r.seq),
  }));
}
