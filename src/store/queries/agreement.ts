/**
 * A project's codings as coded texts for intercoder agreement: the chosen coders' codings, each at
 * its segment's place, in the chosen documents (their lengths as stored: UTF-16 code units, what
 * segment offsets count), read a batch of documents at a time. Codes are named by path, documents
 * by name, coders by user name, so results read as the researcher typed them.
 */
import { sql } from 'kysely';
import {
  agreementOptionsProblem, projectAgreement, type AgreementOptions, type Coding, type ProjectAgreement, type ProjectCodings,
} from '../../analysis/agreement/index.js';
import { CONSENSUS } from '../../core/commands/consensus-layer.js';
import { UserError, quoteName } from '../../core/errors.js';
import { formatPath, parsePath } from '../../core/names.js';
import type { Store } from '../store.js';
import { pathsOf } from './codes.js';
import { giveWay } from './yield.js';

/**
 * Whose codings, of which codes and in which documents (names as typed). Without documents named,
 * every document all the compared coders were to code: those given to each of them, and those
 * given to no one; a document given to one coder alone would count the others' silence as dissent.
 */
export interface AgreementQuery {
  coders: readonly string[];
  /** Code paths: each selects the code and every code below it; each code is compared as itself. */
  codes?: readonly string[];
  documents?: readonly string[];
}

/** The coded texts, and how many segments were left out because re-anchoring lost their text. */
export interface ProjectCodedTexts extends ProjectCodings { orphanedSegments: number }

/** Agreement as the CLI prints it and the API sends it. */
export type AgreementReport = ProjectAgreement & { orphanedSegments: number };

/** Documents per query, as for the other analyses: a few thousand codings each. */
const BATCH = 10;

/** Split `a,b` into names; `\,` is a comma inside a name. Empty entries are dropped. */
export function splitNames(list: string): string[] {
  return list.split(/(?<!\\),/).map((s) => s.replaceAll('\\,', ',').normalize('NFC').trim()).filter((s) => s.length > 0);
}

/** Read the codings and compute agreement by `options.method`; every problem the user can fix is a UserError. */
export async function agreementOf(store: Store, projectId: string, q: AgreementQuery, options: AgreementOptions): Promise<AgreementReport> {
  const problem = agreementOptionsProblem(options, coderNames(q.coders).length);
  if (problem) throw new UserError(problem);
  const { orphanedSegments, ...data } = await projectCodedTexts(store, projectId, q);
  return { ...projectAgreement(data, options), orphanedSegments };
}

const clean = (name: string): string => name.normalize('NFC').trim();

/** The coders' names, cleaned; a name given twice is refused, as it would compare a coder with themself. */
function coderNames(names: readonly string[]): string[] {
  const cleaned = names.map(clean);
  const twice = cleaned.find((c, i) => cleaned.indexOf(c) !== i);
  if (twice !== undefined) throw new UserError(`${quoteName(twice)} is named twice among the coders; name each coder once.`);
  return cleaned;
}

/** The coded texts of `q`'s coders, codes and documents, with each code's domain (its top-level category). */
export async function projectCodedTexts(store: Store, projectId: string, q: AgreementQuery): Promise<ProjectCodedTexts> {
  const db = store.adapter.db;
  const coders = coderNames(q.coders);
  if (coders.length < 2) throw new UserError(agreementOptionsProblem({ method: 'unitized' }, coders.length)!);
  const users = await db.selectFrom('user').select(['id', 'name']).where('name', 'in', coders).execute();
  const missingCoder = coders.find((c) => !users.some((u) => u.name === c));
  if (missingCoder !== undefined) throw new UserError(`There is no user ${quoteName(missingCoder)}; list users with \`sparks user list\`.`);
  const coderOf = new Map(users.map((u) => [u.id, u.name]));

  const codes = await codesChosen(store, projectId, q.codes);
  const comparedIds = users.filter((u) => u.name !== CONSENSUS).map((u) => u.id);
  const documents = await documentsChosen(store, projectId, q.documents, comparedIds);

  const codings: Coding[] = [];
  const used = new Set<string>();
  const orphaned = new Set<string>();
  const ids = documents.map((d) => d.id);
  const where = (batch: readonly string[]) => {
    const w = [sql`s.document_id in (${sql.join(batch)})`, sql`c.coder_id in (${sql.join([...coderOf.keys()])})`];
    if (q.codes) w.push(sql`c.code_id in (${sql.join([...codes.path.keys()])})`);
    return sql.join(w, sql` and `);
  };
  const nameOf = new Map(documents.map((d) => [d.id, d.name]));
  for (let i = 0; i < ids.length; i += BATCH) {
    await giveWay();
    const { rows } = await sql<{ segmentId: string; documentId: string; start: number; end: number; orphaned: number; codeId: string; coderId: string }>`
      select s.id as "segmentId", s.document_id as "documentId", s.start as "start", s."end" as "end", s.orphaned as "orphaned",
        c.code_id as "codeId", c.coder_id as "coderId"
      from segment s join coding c on c.segment_id = s.id where ${where(ids.slice(i, i + BATCH))}`.execute(db.withoutPlugins());
    for (const r of rows) {
      const code = codes.path.get(r.codeId);
      if (code === undefined) continue;
      // Their text could not be found again, so where they lie is unknown: counted, never guessed.
      if (Number(r.orphaned) !== 0) {
        orphaned.add(r.segmentId);
        continue;
      }
      used.add(code);
      codings.push({ coder: coderOf.get(r.coderId)!, document: nameOf.get(r.documentId)!, code, start: Number(r.start), end: Number(r.end) });
    }
  }
  return {
    texts: { documents: documents.map((d) => ({ id: d.name, length: Number(d.length) })), coders, codings },
    domains: codes.domain,
    // Every code applied, and every code named in --codes even if nobody applied it, in tree order.
    codes: codes.order.filter((c) => used.has(c) || codes.named.has(c)),
    orphanedSegments: orphaned.size,
  };
}

/** The codes in scope (every code, or those named and below), by id, with domains and tree order. */
async function codesChosen(store: Store, projectId: string, named: readonly string[] | undefined) {
  const all = await store.adapter.db.selectFrom('code').select(['id', 'parentId', 'name', 'position']).where('projectId', '=', projectId).execute();
  const paths = pathsOf(all);
  const byPath = new Map(all.map((c) => [formatPath(paths.get(c.id)!), c]));
  const children = new Map<string | null, typeof all>();
  for (const c of all) {
    const key = c.parentId !== null && paths.has(c.parentId) ? c.parentId : null;
    children.set(key, [...(children.get(key) ?? []), c]);
  }
  if (named?.length === 0) throw new UserError('No code was named; give one or more code paths, or leave the codes out to compare every code.');
  const roots = new Set<string>();
  const namedPaths = new Set<string>();
  for (const raw of named ?? []) {
    const path = formatPath(parsePath(raw));
    const code = byPath.get(path);
    if (!code) throw new UserError(`There is no code ${quoteName(raw)} in this project; list its codes with \`sparks code list\`.`);
    roots.add(code.id);
    namedPaths.add(path);
  }
  const path = new Map<string, string>();
  const domain = new Map<string, string>();
  const order: string[] = [];
  const visit = (parentId: string | null, top: string | null, inScope: boolean): void => {
    const siblings = (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    for (const c of siblings) {
      const p = formatPath(paths.get(c.id)!);
      const here = inScope || roots.has(c.id);
      if (here) {
        path.set(c.id, p);
        domain.set(p, top ?? p);
        order.push(p);
      }
      visit(c.id, top ?? p, here);
    }
  };
  visit(null, null, named === undefined);
  return { path, domain, order, named: namedPaths };
}

/** The documents in scope, in interview order, with their stored lengths. */
async function documentsChosen(store: Store, projectId: string, names: readonly string[] | undefined, coderIds: readonly string[]) {
  let query = store.adapter.db.selectFrom('document').select(['id', 'name', 'length']).where('projectId', '=', projectId);
  const wanted = names?.map(clean);
  if (wanted?.length === 0) throw new UserError('No document was named; give one or more document names, or leave them out to compare every document.');
  if (wanted) query = query.where('name', 'in', wanted);
  const documents = await query.orderBy('sequence').orderBy('createdAt').orderBy('id').execute();
  const missing = wanted?.find((n) => !documents.some((d) => d.name === n));
  if (missing !== undefined) throw new UserError(`There is no document ${quoteName(missing)} in this project; list its documents with \`sparks document list\`.`);
  if (wanted) return documents;
  const assigned = new Map<string, Set<string>>();
  for (const a of await store.adapter.db.selectFrom('assignment').select(['documentId', 'userId']).where('projectId', '=', projectId).execute()) {
    assigned.set(a.documentId, (assigned.get(a.documentId) ?? new Set()).add(a.userId));
  }
  return documents.filter((d) => {
    const to = assigned.get(d.id);
    return !to || coderIds.every((id) => to.has(id));
  });
}
