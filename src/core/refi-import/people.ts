/** The file's users as coders of the new project, and its cases with their variables as attributes. */
import { inferAttributeType } from '../attributes.js';
import { cleanName } from '../names.js';
import type { AttributeRecord, CaseRecord, UserRecord } from '../records.js';
import { idOf, uniqueName, type ImportState } from './state.js';

/** Users join as coders: an existing account of the same name is that person; others are added without a password. */
export async function importUsers(s: ImportState): Promise<void> {
  const { ctx } = s;
  const members = new Set([ctx.actorId]);
  for (const u of s.refi.users) {
    const name = cleanName(u.name.trim() || `Coder ${u.guid.slice(0, 8)}`, 'user name', 100);
    let [user] = await ctx.tx.find('user', { name });
    if (!user) {
      user = { id: ctx.newId(), name, email: null, passwordHash: null, isAdmin: 0, isLocalOwner: 0, createdAt: ctx.now } satisfies UserRecord;
      await ctx.tx.insert('user', [user]);
    }
    s.ids.set(u.guid, { kind: 'user', id: user.id });
    if (!members.has(user.id)) {
      members.add(user.id);
      await ctx.tx.insert('membership', [{ id: ctx.newId(), projectId: s.projectId, userId: user.id, role: 'coder' }]);
      s.counts.coders++;
    }
  }
}

/** Who did something: the user the file names, else whoever imports. */
export function userOf(s: ImportState, guid: string | null): string {
  return idOf(s, guid, 'user') ?? s.ctx.actorId;
}

/**
 * Cases, and a case for each source that carries variables of its own (how MAXQDA and Quirkos
 * record a document's variables); the document kind Sparks writes is read back as the kind.
 */
export async function importCases(s: ImportState, kindVariable: string | null): Promise<void> {
  const { ctx } = s;
  const names = new Map(s.refi.variables.map((v) => [v.guid, v.name]));
  const taken = new Set<string>();
  const cases: CaseRecord[] = [];
  const attributes: AttributeRecord[] = [];
  const add = (guid: string, label: string, values: { variable: string; value: string }[]): void => {
    const c: CaseRecord = { id: ctx.newId(), projectId: s.projectId, label: uniqueName(taken, cleanName(label, 'case name')), createdAt: ctx.now };
    cases.push(c);
    s.ids.set(guid, { kind: 'case', id: c.id });
    const keys = new Set<string>();
    for (const v of values) {
      const key = names.get(v.variable);
      if (!key || v.variable === kindVariable || keys.has(key)) continue;
      keys.add(key);
      const value = v.value.trim();
      attributes.push({ id: ctx.newId(), caseId: c.id, key, value, type: inferAttributeType(value) });
    }
  };
  for (const c of s.refi.cases) add(c.guid, c.name.trim() || `Case ${cases.length + 1}`, c.variables);
  for (const src of s.refi.sources) {
    const own = src.variables.filter((v) => v.variable !== kindVariable);
    if (own.length && !s.refi.cases.some((c) => c.sources.includes(src.guid))) add(`case-of:${src.guid}`, src.name.trim() || 'Case', own);
  }
  if (cases.length) await ctx.tx.insert('case', cases);
  if (attributes.length) await ctx.tx.insert('attribute', attributes);
  s.counts.cases = cases.length;
  s.counts.attributes = attributes.length;
}
