/**
 * Sets: named groups of codes, documents and memos (ATLAS.ti's code and document groups, NVivo's
 * and MAXQDA's sets). Researchers make, rename, describe, fill, empty and delete them; deleting a
 * set or taking something out of it never touches the members themselves.
 */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { cleanName } from '../names.js';
import type { ObjectSetMemberRecord, ObjectSetRecord } from '../records.js';
import { changeRow } from './change.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';

export const SET_MEMBER_TYPES = ['code', 'document', 'memo'] as const;
export type SetMemberType = (typeof SET_MEMBER_TYPES)[number];
/** A member by its type and id; the command line resolves code paths and document names to ids first. */
export const setMemberSchema = z.object({ type: z.enum(SET_MEMBER_TYPES), id: z.string().min(1).max(100) });
export type SetMemberRef = z.infer<typeof setMemberSchema>;

const MAX_SET_NAME = 200;
const MAX_DESCRIPTION = 20_000;
/** Enough for every code of a large codebook or every transcript of a lab's archive in one step. */
const MAX_MEMBERS = 10_000;
const members = z.array(setMemberSchema).max(MAX_MEMBERS);

const WORD: Record<SetMemberType, string> = { code: 'code', document: 'document', memo: 'memo' };

/** A set of the project by id or by its exact name; a name several sets share must be given as an id. */
export async function setNamed(ctx: CommandContext, ref: string): Promise<ObjectSetRecord> {
  const projectId = projectOf(ctx);
  const byId = await ctx.tx.get('object_set', ref);
  if (byId && byId.projectId === projectId) return byId;
  const matches = await ctx.tx.find('object_set', { projectId, name: ref.normalize('NFC').trim() });
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UserError(`${matches.length} sets are named ${quoteName(ref)}; name the set by its id (\`sparks set list --json\` shows it).`);
  throw new UserError(`There is no set ${quoteName(ref)} in this project; list sets with \`sparks set list\`.`);
}

/** Set names compare exactly (after trimming and NFC), as code and relation type names do. */
async function ensureFree(ctx: CommandContext, name: string, except?: string): Promise<void> {
  const clash = (await ctx.tx.find('object_set', { projectId: projectOf(ctx), name })).some((s) => s.id !== except);
  if (clash) throw new UserError(`A set named ${quoteName(name)} already exists; choose another name.`);
}

function cleanDescription(raw: string): string {
  const d = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (d.length > MAX_DESCRIPTION) throw new UserError(`The set's description has ${d.length} characters; use at most ${MAX_DESCRIPTION} or write a memo.`);
  return d;
}

/** Refuse, before anything is written, a member that is not a code, document or memo of this project. */
async function checkMembers(ctx: CommandContext, refs: readonly SetMemberRef[]): Promise<void> {
  const projectId = projectOf(ctx);
  for (const type of SET_MEMBER_TYPES) {
    const ids = [...new Set(refs.filter((m) => m.type === type).map((m) => m.id))];
    // Counting, not reading: a document row carries its whole text and original file.
    if (ids.length && (await ctx.tx.count(type, { id: ids, projectId })) !== ids.length) {
      throw new UserError(`A ${WORD[type]} given for the set is not in this project (it may have been deleted); choose ${WORD[type]}s of this project.`);
    }
  }
}

/** Add the members not in the set yet; those already there are left as they are. */
async function addMembers(ctx: CommandContext, set: ObjectSetRecord, refs: readonly SetMemberRef[]): Promise<ObjectSetMemberRecord[]> {
  await checkMembers(ctx, refs);
  const present = new Set(refs.length ? (await ctx.tx.find('object_set_member', { setId: set.id, targetId: refs.map((m) => m.id) })).map((m) => m.targetId) : []);
  const rows: ObjectSetMemberRecord[] = [];
  for (const m of refs) {
    if (present.has(m.id)) continue;
    present.add(m.id);
    rows.push({ id: ctx.newId(), setId: set.id, targetType: m.type, targetId: m.id });
  }
  if (rows.length) {
    await ctx.tx.insert('object_set_member', rows);
    ctx.patch.created('object_set_member', rows);
  }
  return rows;
}

export interface SetChange { set: ObjectSetRecord; members: ObjectSetMemberRecord[] }

export const createSet = defineCommand({
  name: 'set.create',
  schema: z.object({ name: z.string(), description: z.string().nullish(), members: members.nullish() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<SetChange> {
    const name = cleanName(p.name, 'set name', MAX_SET_NAME);
    await ensureFree(ctx, name);
    const set: ObjectSetRecord = { id: ctx.newId(), projectId: projectOf(ctx), name, description: cleanDescription(p.description ?? ''), createdAt: ctx.now };
    await ctx.tx.insert('object_set', [set]);
    ctx.patch.created('object_set', [set]);
    return { set, members: await addMembers(ctx, set, p.members ?? []) };
  },
});

export const editSet = defineCommand({
  name: 'set.edit',
  schema: z.object({ set: z.string(), name: z.string().nullish(), description: z.string().nullish() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<ObjectSetRecord> {
    const set = await setNamed(ctx, p.set);
    const after: Partial<ObjectSetRecord> = {};
    if (p.name != null) {
      const name = cleanName(p.name, 'set name', MAX_SET_NAME);
      if (name !== set.name) {
        await ensureFree(ctx, name, set.id);
        after.name = name;
      }
    }
    if (p.description != null) {
      const description = cleanDescription(p.description);
      if (description !== set.description) after.description = description;
    }
    if (Object.keys(after).length === 0) return set;
    return changeRow(ctx, 'object_set', set, after);
  },
});

export const deleteSet = defineCommand({
  name: 'set.delete',
  schema: z.object({ set: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<SetChange> {
    const set = await setNamed(ctx, p.set);
    const rows = await ctx.tx.find('object_set_member', { setId: set.id });
    if (rows.length) {
      await ctx.tx.remove('object_set_member', rows.map((m) => m.id));
      ctx.patch.deleted('object_set_member', rows);
    }
    await ctx.tx.remove('object_set', [set.id]);
    ctx.patch.deleted('object_set', [set]);
    return { set, members: rows };
  },
});

/** Put codes, documents or memos in a set; one already in it is skipped, not refused. */
export const addToSet = defineCommand({
  name: 'set.add',
  schema: z.object({ set: z.string(), members: members.min(1) }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<SetChange> {
    const set = await setNamed(ctx, p.set);
    return { set, members: await addMembers(ctx, set, p.members) };
  },
});

/** Take codes, documents or memos out of a set (they stay in the project); one not in it is skipped. */
export const removeFromSet = defineCommand({
  name: 'set.remove',
  schema: z.object({ set: z.string(), members: members.min(1) }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<SetChange> {
    const set = await setNamed(ctx, p.set);
    const rows = (await ctx.tx.find('object_set_member', { setId: set.id, targetId: p.members.map((m) => m.id) }))
      .filter((r) => p.members.some((m) => m.id === r.targetId && m.type === r.targetType));
    if (rows.length) {
      await ctx.tx.remove('object_set_member', rows.map((m) => m.id));
      ctx.patch.deleted('object_set_member', rows);
    }
    return { set, members: rows };
  },
});
