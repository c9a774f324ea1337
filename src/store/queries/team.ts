/** The coding phase and who codes which document, as one read for the Members view. */
import type { TeamView } from '../../contract/team.js';
import { phaseOf } from '../../core/phases.js';
import type { Store } from '../store.js';

export async function teamView(store: Store, projectId: string): Promise<TeamView> {
  const db = store.adapter.db;
  const { settings } = await db.selectFrom('project').select('settings').where('id', '=', projectId).executeTakeFirstOrThrow();
  // Two flat reads instead of a join: every document is listed, assigned or not, in listDocuments' order.
  const documents = await db.selectFrom('document').select(['id', 'name']).where('projectId', '=', projectId).orderBy('sequence').execute();
  const rows = await db.selectFrom('assignment').innerJoin('user', 'user.id', 'assignment.userId')
    .select(['assignment.documentId', 'user.name']).where('assignment.projectId', '=', projectId).orderBy('user.name').execute();
  const coders = new Map<string, string[]>();
  for (const r of rows) {
    const list = coders.get(r.documentId);
    if (list) list.push(r.name);
    else coders.set(r.documentId, [r.name]);
  }
  return { phase: phaseOf(settings), assignments: documents.map((d) => ({ document: d.name, coders: coders.get(d.id) ?? [] })) };
}
