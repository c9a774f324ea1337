/** The code tree as a flat list with paths and coding counts. */
import { sql } from 'kysely';
import { formatPath } from '../../core/names.js';
import { codeByPath } from '../../core/resolve.js';
import type { CodeRecord } from '../../core/records.js';
import type { Store } from '../store.js';
import { readTx } from '../tx.js';
import { giveWay } from './yield.js';

export interface CodeListing {
  id: string; name: string; path: string; parent: string | null; depth: number; definition: string;
  color: string | null; attributes: Record<string, string>; codings: number; codingsWithChildren: number;
  /** Distinct cases (participants) whose documents hold a segment coded with this code. */
  cases: number;
  /** Distinct cases counted over this code and every code below it (not a sum: a case counts once). */
  casesWithChildren: number;
  /** The code's edit counter: an edit names it, and is refused if someone changed the code in between. */
  version: number;
}

/** Paths of every code of a project, by id. */
export function pathsOf(codes: readonly Pick<CodeRecord, 'id' | 'name' | 'parentId'>[]): Map<string, string[]> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<string, string[]>();
  const walk = (id: string): string[] => {
    const known = paths.get(id);
    if (known) return known;
    const c = byId.get(id)!;
    const path = c.parentId && byId.has(c.parentId) ? [...walk(c.parentId), c.name] : [c.name];
    paths.set(id, path);
    return path;
  };
  for (const c of codes) walk(c.id);
  return paths;
}

/** Every code, categories included, in tree order (parents before their children, siblings by position). */
export async function listCodes(store: Store, projectId: string, coderId?: string): Promise<CodeListing[]> {
  const db = store.adapter.db;
  const codes = await db.selectFrom('code').selectAll().where('projectId', '=', projectId).execute();
  await giveWay();
  const direct = await codingsByCode(store, projectId, coderId);
  await giveWay();
  const cases = await caseCounts(store, projectId, codes, coderId);
  const paths = pathsOf(codes);
  const children = new Map<string | null, CodeRecord[]>();
  for (const c of codes) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const out: CodeListing[] = [];
  const visit = (parentId: string | null, depth: number): number => {
    let sum = 0;
    for (const c of (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))) {
      const own = cases.own.get(c.id) ?? 0;
      const entry: CodeListing = {
        id: c.id, name: c.name, path: formatPath(paths.get(c.id)!), parent: c.parentId ? formatPath(paths.get(c.parentId)!) : null,
        depth, definition: c.definition, color: c.color, attributes: JSON.parse(c.attributes) as Record<string, string>,
        codings: direct.get(c.id) ?? 0, codingsWithChildren: 0, cases: own, casesWithChildren: cases.subtree.get(c.id) ?? own,
        version: c.version ?? 1,
      };
      out.push(entry);
      entry.codingsWithChildren = entry.codings + visit(c.id, depth + 1);
      sum += entry.codingsWithChildren;
    }
    return sum;
  };
  visit(null, 0);
  return out;
}

/** Codes with children per statement counting their subtrees' cases: some thousands of counts each. */
const SUBTREE_BATCH = 5;

/**
 * Distinct cases per code, and per code with children over its whole subtree (a union, not a
 * sum), counted by the database from the kept totals: handing the code × case pairs to the
 * server to build sets took longer than the rest of the listing together. Subtrees are counted a
 * few at a time, giving way between statements; each subtree's count is as of one moment.
 */
async function caseCounts(store: Store, projectId: string, codes: readonly Pick<CodeRecord, 'id' | 'parentId'>[], coderId?: string): Promise<{ own: Map<string, number>; subtree: Map<string, number> }> {
  const db = store.adapter.db;
  // One coder's counts (blind coding) come from the per-coder counts, everyone's from the totals.
  const totals = coderId ? sql`(select project_id, code_id, case_id from code_case_count where coder_id = ${coderId})` : sql`code_case_total`;
  const counts = (rows: { codeId: string; n: number }[], into = new Map<string, number>()) => {
    for (const r of rows) into.set(r.codeId, Number(r.n));
    return into;
  };
  const own = counts((await sql<{ codeId: string; n: number }>`select code_id as "codeId", count(distinct case_id) as n
    from ${totals} t where project_id = ${projectId} group by code_id`.execute(db)).rows);
  const parentIds = new Set(codes.map((c) => c.parentId));
  const parents = codes.filter((c) => parentIds.has(c.id)).map((c) => c.id);
  const subtree = new Map<string, number>();
  for (let i = 0; i < parents.length; i += SUBTREE_BATCH) {
    await giveWay();
    // Each code with children paired with itself and every code below it; the cross join keeps
    // SQLite reading those few pairs first and the totals by their key.
    counts((await sql<{ codeId: string; n: number }>`with recursive below(ancestor, code_id) as (
        select id, id from code where project_id = ${projectId} and id in (${sql.join(parents.slice(i, i + SUBTREE_BATCH))})
        union all
        select below.ancestor, code.id from below join code on code.project_id = ${projectId} and code.parent_id = below.code_id)
      select below.ancestor as "codeId", count(distinct t.case_id) as n
      from below cross join ${totals} t where t.project_id = ${projectId} and t.code_id = below.code_id
      group by below.ancestor`.execute(db)).rows, subtree);
  }
  return { own, subtree };
}

/**
 * Each code's codings, from the totals the triggers keep per code and case (migration 007) plus
 * the codings in documents without a case, read through those documents: never a pass over every
 * coding of the project.
 */
export async function codingsByCode(store: Store, projectId: string, coderId?: string): Promise<Map<string, number>> {
  const db = store.adapter.db;
  const withCase = (await (coderId
    ? sql<{ codeId: string; n: number }>`select code_id as "codeId", sum(n) as n
      from code_case_count where project_id = ${projectId} and coder_id = ${coderId} group by code_id`
    : sql<{ codeId: string; n: number }>`select code_id as "codeId", sum(n) as n
      from code_case_total where project_id = ${projectId} group by code_id`).execute(db)).rows;
  let caseless = db.selectFrom('coding').select(['codeId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('documentId', 'in', (eb) => eb.selectFrom('document').select('id').where('projectId', '=', projectId).where('caseId', 'is', null));
  if (coderId) caseless = caseless.where('coderId', '=', coderId);
  const rows = await caseless.groupBy('codeId').execute();
  const out = new Map<string, number>();
  for (const r of [...withCase, ...rows]) out.set(r.codeId, (out.get(r.codeId) ?? 0) + Number(r.n));
  return out;
}

/** The id of the code at a path, or a clear error (the same lookup the commands use). */
export async function codeIdByPath(store: Store, projectId: string, path: string): Promise<string> {
  return (await codeByPath(readTx(store), projectId, path)).id;
}

/** A code and every code below it. */
export async function codeSubtreeIds(store: Store, projectId: string, rootId: string): Promise<string[]> {
  const codes = await store.adapter.db.selectFrom('code').select(['id', 'parentId']).where('projectId', '=', projectId).execute();
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) for (const c of codes) if (c.parentId === ids[i]) ids.push(c.id);
  return ids;
}
