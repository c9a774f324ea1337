/** Reading projects and users by the names researchers type. */
import { sql } from 'kysely';
import { UserError, quoteName } from '../../core/errors.js';
import type { ProjectRecord, UserRecord } from '../../core/records.js';
import type { Store } from '../store.js';

export async function projectByName(store: Store, name: string): Promise<ProjectRecord> {
  const project = await store.adapter.db.selectFrom('project').selectAll().where('name', '=', name.normalize('NFC').trim()).executeTakeFirst();
  if (!project) throw new UserError(`There is no project ${quoteName(name)}; create it with \`sparks project create\` or list them with \`sparks project list\`.`);
  return project;
}

export async function userNamed(store: Store, name: string): Promise<UserRecord> {
  const user = await store.adapter.db.selectFrom('user').selectAll().where('name', '=', name.normalize('NFC').trim()).executeTakeFirst();
  if (!user) throw new UserError(`There is no user ${quoteName(name)}; add one with \`sparks user add ${name}\` or check the spelling.`);
  return user;
}

export interface ProjectSummary {
  id: string; name: string; createdAt: string; cases: number; documents: number; codes: number; codings: number; memos: number;
}

export async function listProjects(store: Store): Promise<ProjectSummary[]> {
  const n = (table: string) => sql<number>`(select count(*) from ${sql.table(table)} t where t.project_id = project.id)`;
  // From the kept per-case totals plus the codings of documents without a case, not a pass over every coding.
  const codings = sql<number>`(coalesce((select sum(t.n) from code_case_total t where t.project_id = project.id), 0)
    + (select count(*) from coding c where c.document_id in (select d.id from document d where d.project_id = project.id and d.case_id is null)))`;
  const rows = await store.adapter.db
    .selectFrom('project')
    .select(['id', 'name', 'createdAt'])
    .select([n('case').as('cases'), n('document').as('documents'), n('code').as('codes'), codings.as('codings'), n('memo').as('memos')])
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ ...r, cases: Number(r.cases), documents: Number(r.documents), codes: Number(r.codes), codings: Number(r.codings), memos: Number(r.memos) }));
}

export async function listUsers(store: Store): Promise<Pick<UserRecord, 'id' | 'name' | 'email' | 'isAdmin' | 'createdAt'>[]> {
  return store.adapter.db.selectFrom('user').select(['id', 'name', 'email', 'isAdmin', 'createdAt']).orderBy('name').execute();
}
