/** The options every analysis command shares: whose codings (`--coder`) and which documents (`--kind`). */
import { DOCUMENT_KINDS, type DocumentKind } from '../../core/types.js';
import type { AnalysisScope } from '../../store/queries/analysis.js';
import { userNamed } from '../../store/queries/projects.js';
import type { CliContext } from '../context.js';
import { usage } from '../errors.js';

export interface ScopeOptions { coder?: string; kind: string }

export const SCOPE_HELP = {
  coder: "only this coder's codings (default: every coder's)",
  kind: `documents of this kind: ${DOCUMENT_KINDS.join(', ')} or all`,
};

export async function scopeOf(ctx: CliContext, o: ScopeOptions): Promise<AnalysisScope> {
  if (o.kind !== 'all' && !(DOCUMENT_KINDS as readonly string[]).includes(o.kind)) {
    throw usage(`--kind must be one of ${DOCUMENT_KINDS.join(', ')} or all.`);
  }
  const scope: AnalysisScope = o.kind === 'all' ? {} : { kind: o.kind as DocumentKind };
  if (o.coder !== undefined) scope.coderId = (await userNamed(ctx.store, o.coder)).id;
  return scope;
}

export const kindWords = (o: ScopeOptions): string => (o.kind === 'all' ? 'documents' : `documents of kind ${o.kind}`);
export const whose = (o: ScopeOptions): string => (o.coder ? `${o.coder}'s codings` : "all coders' codings");
