/** The options every analysis command shares: whose codings (`--coder`) and which documents (`--kind`). */
import { DOCUMENT_KINDS, type DocumentKind } from '../../core/types.js';
import type { AnalysisScope } from '../../store/queries/analysis.js';
import { analysisScope } from '../../store/queries/scope.js';
import type { CliContext } from '../context.js';
import { usage } from '../errors.js';

export interface ScopeOptions { coder?: string; kind: string }

export const SCOPE_HELP = {
  coder: "only this coder's codings, or consensus for the agreed codings (default: every coder's but the consensus layer's)",
  kind: `documents of this kind: ${DOCUMENT_KINDS.join(', ')} or all`,
};

export async function scopeOf(ctx: CliContext, projectId: string, o: ScopeOptions): Promise<AnalysisScope> {
  if (o.kind !== 'all' && !(DOCUMENT_KINDS as readonly string[]).includes(o.kind)) {
    throw usage(`--kind must be one of ${DOCUMENT_KINDS.join(', ')} or all.`);
  }
  return analysisScope(ctx.store, projectId, { kind: o.kind as DocumentKind | 'all', coder: o.coder });
}

export const kindWords = (o: ScopeOptions): string => (o.kind === 'all' ? 'documents' : `documents of kind ${o.kind}`);
export const whose = (o: ScopeOptions): string => (o.coder ? `${o.coder}'s codings` : "all coders' codings");
