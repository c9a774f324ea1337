/** The sentences that report an exchange with another program, in plain words. */
import type { CodebookImportResponse, ImportCounts } from '../../../../src/contract/exchange.js';

export const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What a project import brought across, as one sentence after the project's name. */
export function countsSentence(c: ImportCounts): string {
  const parts = [
    plural(c.documents, 'document', 'documents'), plural(c.codes, 'code', 'codes'), plural(c.codings, 'coding', 'codings'),
    plural(c.memos, 'memo', 'memos'), plural(c.cases, 'case', 'cases'), plural(c.relations, 'relation', 'relations'), plural(c.models, 'model', 'models'),
    ...(c.sets ? [plural(c.sets, 'set', 'sets')] : []),
  ];
  return `${parts.join(', ')}; ${plural(c.coders, 'coder', 'coders')} joined as ${c.coders === 1 ? 'a member' : 'members'}.`;
}

/** What a codebook import did to the code tree. */
export function codebookSentence(r: CodebookImportResponse): string {
  const there = r.kept + r.updated;
  const kept = there === 0 ? '' : `; ${plural(there, 'code was', 'codes were')} there already${r.updated ? `, ${r.updated} of them gained a colour or definition` : ''}`;
  const sets = r.sets ? `; ${plural(r.sets, 'set', 'sets')} of codes gained members` : '';
  return `Added ${plural(r.added, 'code', 'codes')} from the codebook${kept}${sets}.`;
}

export const WARNINGS_HEADING = 'Not brought across, or changed on the way';
