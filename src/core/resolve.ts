/** Finding project objects by the names researchers use, with a clear error when there is none. */
import { UserError, quoteName } from './errors.js';
import { formatPath, parsePath } from './names.js';
import type { Tx } from './ports.js';
import type { CaseRecord, CodeRecord, DocumentText, MemoRecord, ProjectRecord, UserRecord } from './records.js';

export async function projectById(tx: Tx, id: string): Promise<ProjectRecord> {
  const p = await tx.get('project', id);
  if (!p) throw new UserError('That project no longer exists; list projects with `sparks project list`.');
  return p;
}

export async function userByName(tx: Tx, name: string): Promise<UserRecord> {
  const [u] = await tx.find('user', { name: name.normalize('NFC').trim() });
  if (!u) throw new UserError(`There is no user ${quoteName(name)}; add one with \`sparks user add ${name}\`.`);
  return u;
}

/** The code at a path such as `Category/Property`. */
export async function codeByPath(tx: Tx, projectId: string, path: string): Promise<CodeRecord> {
  const found = await findCodeByPath(tx, projectId, parsePath(path));
  if (!found) throw new UserError(`There is no code ${quoteName(path)}; list codes with \`sparks code list\`.`);
  return found;
}

/** One query for every level: each is a round trip on a server database, and coding resolves a path each time. */
export async function findCodeByPath(tx: Tx, projectId: string, names: readonly string[]): Promise<CodeRecord | undefined> {
  const candidates = names.length === 1
    ? await tx.find('code', { projectId, parentId: null, name: names[0]! })
    : await tx.find('code', { projectId, name: [...new Set(names)] });
  let parentId: string | null = null;
  let code: CodeRecord | undefined;
  for (const name of names) {
    code = candidates.find((c) => c.parentId === parentId && c.name === name);
    if (!code) return undefined;
    parentId = code.id;
  }
  return code;
}

/** The path of a code, built by walking up its parents. */
export async function pathOf(tx: Tx, code: CodeRecord): Promise<string> {
  const names = [code.name];
  let parentId = code.parentId;
  while (parentId) {
    const parent = await tx.get('code', parentId);
    if (!parent) break;
    names.unshift(parent.name);
    parentId = parent.parentId;
  }
  return formatPath(names);
}

/** The code and every code below it, parents first. */
export async function subtree(tx: Tx, root: CodeRecord): Promise<CodeRecord[]> {
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...(await tx.find('code', { parentId: all[i]!.id })));
  return all;
}

export async function documentByName(tx: Tx, projectId: string, name: string): Promise<DocumentText> {
  const doc = await tx.documentNamed(projectId, name.normalize('NFC').trim());
  if (!doc) throw new UserError(`There is no document ${quoteName(name)} in this project; import it first or check the name.`);
  return doc;
}

export async function caseByLabel(tx: Tx, projectId: string, label: string): Promise<CaseRecord> {
  const [c] = await tx.find('case', { projectId, label: label.normalize('NFC').trim() });
  if (!c) throw new UserError(`There is no case ${quoteName(label)} in this project; add it with \`sparks case add\`.`);
  return c;
}

/** A memo by id or by its exact title; a title shared by several memos must be given as an id. */
export async function memoByRef(tx: Tx, projectId: string, ref: string): Promise<MemoRecord> {
  const byId = await tx.get('memo', ref);
  if (byId && byId.projectId === projectId) return byId;
  const matches = await tx.find('memo', { projectId, title: ref.normalize('NFC').trim() });
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UserError(`${matches.length} memos are titled ${quoteName(ref)}; name the memo by its id instead.`);
  throw new UserError(`There is no memo ${quoteName(ref)} in this project; check the title or id.`);
}
