/** Coding: linking a span of a document to a code, for one coder. */
import { z } from 'zod';
import { describe, snapToGraphemes } from '../anchoring/index.js';
import { UserError, quoteName } from '../errors.js';
import { formatPath, parsePath } from '../names.js';
import type { CodeRecord, CodingRecord, SegmentRecord } from '../records.js';
import { codeByPath, documentByName, pathOf, userByName } from '../resolve.js';
import { insertCode } from './codes.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { removeCodings } from './codes-merge.js';
import { actsForTeam, assertMayChange, assertMayCodeAs } from './coding-owner.js';
import { assertAssigned } from './phases.js';

export interface AppliedCoding { segment: SegmentRecord; coding: CodingRecord; code: string; coder: string; document: string }

export const applyCode = defineCommand({
  name: 'coding.apply',
  schema: z.object({
    document: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    /** The code's path; or `newCode`, to create the code and code with it as one change (one undo). */
    code: z.string().nullish(),
    newCode: z.object({ name: z.string(), parent: z.string().nullish(), inVivo: z.boolean().nullish() }).nullish(),
    coder: z.string().nullish(),
    /** A coding of the same span to remove in the same change: re-coding. */
    replaces: z.string().nullish(),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  logged: (p, r: AppliedCoding) => ({ ...p, code: r.code, segment: r.segment.id, coding: r.coding.id, exact: r.segment.exact.slice(0, 200) }),
  async run(ctx, p): Promise<AppliedCoding> {
    const projectId = projectOf(ctx);
    const doc = await documentByName(ctx.tx, projectId, p.document);
    if (p.start < 0 || p.end > doc.length || p.start >= p.end) {
      throw new UserError(`The range ${p.start}–${p.end} is not inside ${quoteName(doc.name)}, which has ${doc.length} characters; give 0 ≤ start < end ≤ ${doc.length}.`);
    }
    const { start, end } = snapToGraphemes(doc.text, p.start, p.end);
    const replaced = p.replaces ? await codingIn(ctx, p.replaces) : null;
    const code = await codeToApply(ctx, p.code, p.newCode);
    const coder = await coderOf(ctx, p.coder);
    assertMayCodeAs(ctx, coder.id, coder.name);
    await assertAssigned(ctx, doc, coder.id, actsForTeam(ctx));
    if (replaced) await assertMayChangeNamed(ctx, replaced);
    if (!coder.member) {
      const member = { id: ctx.newId(), projectId, userId: coder.id, role: 'coder' as const };
      await ctx.tx.insert('membership', [member]);
      ctx.patch.created('membership', [member]);
    }
    let segment: SegmentRecord | undefined = (await ctx.tx.find('segment', { documentId: doc.id, start, end, createdBy: coder.id }))[0];
    if (!segment) {
      segment = { id: ctx.newId(), projectId, documentId: doc.id, ...describe(doc.text, start, end), createdBy: coder.id, createdAt: ctx.now, orphaned: 0 };
      await ctx.tx.insert('segment', [segment]);
      ctx.patch.created('segment', [segment]);
    } else if ((await ctx.tx.count('coding', { segmentId: segment.id, codeId: code.id, coderId: coder.id })) > 0) {
      throw new UserError(`${coder.name} has already coded that text with ${quoteName(await pathOf(ctx.tx, code))}; nothing changed.`);
    }
    const coding: CodingRecord = { id: ctx.newId(), projectId, segmentId: segment.id, documentId: doc.id, codeId: code.id, coderId: coder.id, createdAt: ctx.now };
    await ctx.tx.insert('coding', [coding]);
    ctx.patch.created('coding', [coding]);
    if (replaced) await removeCodings(ctx, [replaced]);
    // A code named by its path has that path; only a code made here needs it built.
    const path = p.code ? formatPath(parsePath(p.code)) : await pathOf(ctx.tx, code);
    return { segment, coding, code: path, coder: coder.name, document: doc.name };
  },
});

/**
 * Who codes: a named user, or the acting one. The acting user's name and membership come from the
 * runner's own check when it passed them, saving two queries on every coding.
 */
async function coderOf(ctx: CommandContext, name: string | null | undefined): Promise<{ id: string; name: string; member: boolean }> {
  if (!name && ctx.actor) return { id: ctx.actorId, name: ctx.actor.name, member: ctx.actor.role !== null };
  const user = name ? await userByName(ctx.tx, name) : await ctx.tx.get('user', ctx.actorId);
  if (!user) throw new Error('acting user missing');
  return { id: user.id, name: user.name, member: (await ctx.tx.count('membership', { projectId: projectOf(ctx), userId: user.id })) > 0 };
}

type NewCodePayload = { name: string; parent?: string | null | undefined; inVivo?: boolean | null | undefined };

/** The code a coding uses: an existing one by path, or one created in the same change. */
async function codeToApply(ctx: CommandContext, path: string | null | undefined, created: NewCodePayload | null | undefined): Promise<CodeRecord> {
  const projectId = projectOf(ctx);
  if (!path === !created) throw new UserError('Name either an existing code or a new code to create, not both; nothing changed.');
  if (path) return codeByPath(ctx.tx, projectId, path);
  const parent = created!.parent ? await codeByPath(ctx.tx, projectId, created!.parent) : null;
  return insertCode(ctx, parent?.id ?? null, { name: created!.name, definition: '', color: null, attributes: {}, inVivo: !!created!.inVivo });
}

/** `assertMayChange`, naming the coder in the refusal. */
export async function assertMayChangeNamed(ctx: CommandContext, coding: CodingRecord): Promise<void> {
  if (coding.coderId === ctx.actorId || actsForTeam(ctx)) return;
  assertMayChange(ctx, coding, (await ctx.tx.get('user', coding.coderId))?.name);
}

export async function codingIn(ctx: CommandContext, id: string): Promise<CodingRecord> {
  const coding = await ctx.tx.get('coding', id);
  if (!coding || coding.projectId !== projectOf(ctx)) {
    throw new UserError('That coding does not exist (it may have been removed already); list codings with `sparks segments`.');
  }
  return coding;
}

export const removeCoding = defineCommand({
  name: 'coding.remove',
  schema: z.object({ coding: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<CodingRecord> {
    const coding = await codingIn(ctx, p.coding);
    await assertMayChangeNamed(ctx, coding);
    await removeCodings(ctx, [coding]);
    return coding;
  },
});
