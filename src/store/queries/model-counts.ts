/**
 * What a code's node on a model says about the data: its codings and cases, the code's and its
 * sub-codes' together as the code tree counts them, and its frequency label, all in the scope the
 * analysis view uses (one kind of document; every coder but the consensus layer, or one coder).
 */
import { sql } from 'kysely';
import type { ModelNodeView } from '../../contract/models.js';
import type { Store } from '../store.js';
import { frequencyOf, type AnalysisScope } from './analysis.js';
import { coderConditions, everyCoder } from './scope.js';

export type NodeCounts = NonNullable<ModelNodeView['counts']>;

/** Codings per code (its own only) in scope: kept totals for documents with a case, the few others read directly. */
async function codingsInScope(store: Store, projectId: string, scope: AnalysisScope): Promise<Map<string, number>> {
  const db = store.adapter.db;
  const where = [sql`project_id = ${projectId}`, ...coderConditions(scope)];
  if (scope.kind) where.push(sql`kind = ${scope.kind}`);
  const withCase = (await sql<{ codeId: string; n: number }>`select code_id as "codeId", sum(n) as n
    from ${sql.table(everyCoder(scope) ? 'code_case_total' : 'code_case_count')} where ${sql.join(where, sql` and `)}
    group by code_id`.execute(db.withoutPlugins())).rows;
  let caseless = db.selectFrom('coding').select(['codeId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('documentId', 'in', (eb) => {
      let docs = eb.selectFrom('document').select('id').where('projectId', '=', projectId).where('caseId', 'is', null);
      if (scope.kind) docs = docs.where('kind', '=', scope.kind);
      return docs;
    });
  if (scope.coderId) caseless = caseless.where('coderId', '=', scope.coderId);
  else if (scope.exceptCoderId) caseless = caseless.where('coderId', '<>', scope.exceptCoderId);
  const out = new Map<string, number>();
  for (const r of [...withCase, ...await caseless.groupBy('codeId').execute()]) out.set(r.codeId, (out.get(r.codeId) ?? 0) + Number(r.n));
  return out;
}

/** Each code's counts over itself and its sub-codes, by code id. */
export async function codeCounts(store: Store, projectId: string, scope: AnalysisScope): Promise<Map<string, NodeCounts>> {
  const [frequency, own] = await Promise.all([frequencyOf(store, projectId, scope), codingsInScope(store, projectId, scope)]);
  // Tree order puts children after their parents: adding from the end up sums every subtree once.
  const subtree = new Map(frequency.codes.map((c) => [c.id, own.get(c.id) ?? 0]));
  for (let i = frequency.codes.length - 1; i >= 0; i--) {
    const c = frequency.codes[i]!;
    if (c.parentId !== null && subtree.has(c.parentId)) subtree.set(c.parentId, subtree.get(c.parentId)! + subtree.get(c.id)!);
  }
  return new Map(frequency.codes.map((c, i) => {
    const row = frequency.rows[i]!;
    return [c.id, { codings: subtree.get(c.id) ?? 0, cases: row.cases, label: row.label }];
  }));
}
