/**
 * Whose codings an analysis reads. "All coders" means the individual coders: once a team has
 * agreed codings, counting the consensus layer with them would count every agreed passage twice.
 * The consensus layer is read on its own by naming its coder.
 */
import { sql, type RawBuilder } from 'kysely';
import { CONSENSUS } from '../../core/commands/consensus.js';
import type { DocumentKind } from '../../core/types.js';
import type { Store } from '../store.js';
import type { AnalysisScope } from './analysis.js';
import { userNamed } from './projects.js';

/** The consensus layer's coder when it belongs to the project (it joins at the first resolution). */
export async function consensusCoderOf(store: Store, projectId: string): Promise<string | null> {
  const row = await store.adapter.db.selectFrom('membership').innerJoin('user', 'user.id', 'membership.userId')
    .select('user.id as id').where('membership.projectId', '=', projectId).where('user.name', '=', CONSENSUS)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The scope of an analysis of `kind` documents ('all' for every kind) by one coder or by all. */
export async function analysisScope(store: Store, projectId: string, o: { kind?: DocumentKind | 'all'; coder?: string | undefined }): Promise<AnalysisScope> {
  const scope: AnalysisScope = o.kind && o.kind !== 'all' ? { kind: o.kind } : {};
  if (o.coder) {
    scope.coderId = (await userNamed(store, o.coder)).id;
    return scope;
  }
  const consensus = await consensusCoderOf(store, projectId);
  if (consensus) scope.exceptCoderId = consensus;
  return scope;
}

/** Conditions on a coding's coder column (`column`, as written in SQL) for the scope; none for everyone. */
export function coderConditions(scope: AnalysisScope, column = 'coder_id'): RawBuilder<unknown>[] {
  if (scope.coderId) return [sql`${sql.ref(column)} = ${scope.coderId}`];
  if (scope.exceptCoderId) return [sql`${sql.ref(column)} <> ${scope.exceptCoderId}`];
  return [];
}

/** Whether the scope reads every coding, so that the kept totals over all coders answer it. */
export const everyCoder = (scope: AnalysisScope): boolean => !scope.coderId && !scope.exceptCoderId;
