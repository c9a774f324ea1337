/**
 * A codebook from another program (a REFI-QDA .qdc, read by the formats layer) merged into a
 * project's code tree: codes it lacks are added where the codebook puts them; a code already there
 * (same path) is kept as the team has it, and only gains a colour or description it had none of.
 * One undo takes the whole import back.
 */
import { z } from 'zod';
import { cleanColor, cleanName } from '../names.js';
import type { CodeRecord, ObjectSetMemberRecord, ObjectSetRecord } from '../records.js';
import type { RefiCode } from '../refi.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { changeVersioned } from './change.js';

export interface CodebookEntry { guid?: string | undefined; name: string; color?: string | null | undefined; description?: string | undefined; children?: CodebookEntry[] | undefined }
const entry: z.ZodType<CodebookEntry> = z.lazy(() => z.object({
  guid: z.string().optional(), name: z.string(), color: z.string().nullish(), description: z.string().max(100_000).optional(), children: z.array(entry).max(20_000).optional(),
}));

/** A codebook as read (REFI-QDA codes) in the shape this command takes. */
export const codebookEntries = (codes: readonly RefiCode[]): CodebookEntry[] =>
  codes.map((c) => ({ guid: c.guid, name: c.name, color: c.color, description: c.description, children: codebookEntries(c.children) }));

export interface CodebookOutcome { added: number; kept: number; updated: number; sets: number }

async function merge(ctx: CommandContext, parentId: string | null, entries: readonly CodebookEntry[], out: CodebookOutcome, ids: Map<string, string>): Promise<void> {
  const projectId = projectOf(ctx);
  for (const e of entries) {
    const name = cleanName(e.name.trim() || 'Unnamed code', 'code name');
    // A colour the reader could not make sense of is left out rather than failing the import.
    const color = e.color && /^#[0-9a-fA-F]{6}$/.test(e.color) ? cleanColor(e.color) : null;
    const description = (e.description ?? '').normalize('NFC').trim();
    let [code] = await ctx.tx.find('code', { projectId, parentId, name });
    if (!code) {
      const position = ((await ctx.tx.max('code', 'position', { projectId, parentId })) ?? -1) + 1;
      code = { id: ctx.newId(), projectId, parentId, name, definition: description, color, inVivo: 0, attributes: '{}', position, createdBy: ctx.actorId, createdAt: ctx.now, version: 1 } satisfies CodeRecord;
      await ctx.tx.insert('code', [code]);
      ctx.patch.created('code', [code]);
      out.added++;
    } else {
      const fill: Partial<CodeRecord> = {};
      if (!code.color && color) fill.color = color;
      if (!code.definition && description) fill.definition = description;
      if (Object.keys(fill).length) {
        code = await changeVersioned(ctx, 'code', code, fill, `The code "${code.name}"`);
        out.updated++;
      } else {
        out.kept++;
      }
    }
    if (e.guid) ids.set(e.guid, code.id);
    await merge(ctx, code.id, e.children ?? [], out, ids);
  }
}

/** A set by name (made when the project has none of that name) gains the codes it lacks; true when it changed. */
async function mergeSet(ctx: CommandContext, set: { name: string; description?: string | undefined; codes: string[] }, ids: ReadonlyMap<string, string>): Promise<boolean> {
  const projectId = projectOf(ctx);
  const name = set.name.trim().slice(0, 200) || 'Set';
  let [row] = await ctx.tx.find('object_set', { projectId, name });
  if (!row) {
    row = { id: ctx.newId(), projectId, name, description: (set.description ?? '').trim(), createdAt: ctx.now } satisfies ObjectSetRecord;
    await ctx.tx.insert('object_set', [row]);
    ctx.patch.created('object_set', [row]);
  }
  const have = new Set((await ctx.tx.find('object_set_member', { setId: row.id })).map((m) => m.targetId));
  const members: ObjectSetMemberRecord[] = [];
  for (const g of set.codes) {
    const id = ids.get(g);
    if (id && !have.has(id)) {
      have.add(id);
      members.push({ id: ctx.newId(), setId: row.id, targetType: 'code', targetId: id });
    }
  }
  if (members.length) {
    await ctx.tx.insert('object_set_member', members);
    ctx.patch.created('object_set_member', members);
  }
  return members.length > 0;
}

export const importCodebook = defineCommand({
  name: 'codebook.import',
  schema: z.object({
    codes: z.array(entry).max(20_000),
    /** Sets of the codebook's codes, by the codes' `guid`: joined by name with the project's own sets. */
    sets: z.array(z.object({ name: z.string(), description: z.string().optional(), codes: z.array(z.string()).max(20_000) })).max(1_000).default([]),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  logged: (_p, r: CodebookOutcome) => r,
  async run(ctx, p): Promise<CodebookOutcome> {
    const out: CodebookOutcome = { added: 0, kept: 0, updated: 0, sets: 0 };
    const ids = new Map<string, string>();
    await merge(ctx, null, p.codes, out, ids);
    for (const set of p.sets) if (await mergeSet(ctx, set, ids)) out.sets++;
    return out;
  },
});
