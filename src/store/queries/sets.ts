/** A project's sets (groups of codes, documents and memos, as other programs keep them) with their members by name. */
import { formatPath } from '../../core/names.js';
import type { Store } from '../store.js';
import { pathsOf } from './codes.js';

export interface SetView { id: string; name: string; description: string; members: { type: 'code' | 'document' | 'memo'; id: string; name: string }[] }

export async function listSets(store: Store, projectId: string): Promise<SetView[]> {
  const db = store.adapter.db;
  const sets = await db.selectFrom('object_set').selectAll().where('projectId', '=', projectId).orderBy('name').execute();
  if (sets.length === 0) return [];
  const members = await db.selectFrom('object_set_member').selectAll().where('setId', 'in', sets.map((s) => s.id)).execute();
  const codes = await db.selectFrom('code').select(['id', 'name', 'parentId']).where('projectId', '=', projectId).execute();
  const paths = pathsOf(codes);
  const names = new Map<string, string>([
    ...codes.map((c) => [c.id, formatPath(paths.get(c.id)!)] as const),
    ...(await db.selectFrom('document').select(['id', 'name']).where('projectId', '=', projectId).execute()).map((d) => [d.id, d.name] as const),
    ...(await db.selectFrom('memo').select(['id', 'title']).where('projectId', '=', projectId).execute()).map((m) => [m.id, m.title] as const),
  ]);
  return sets.map((s) => ({
    id: s.id, name: s.name, description: s.description,
    members: members.filter((m) => m.setId === s.id && names.has(m.targetId))
      .map((m) => ({ type: m.targetType, id: m.targetId, name: names.get(m.targetId)! }))
      .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name)),
  }));
}
