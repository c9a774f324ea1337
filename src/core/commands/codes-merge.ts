/** Merging and deleting codes, keeping every coding either moved, or restorable by undo. */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import type { CodeRecord, CodingRecord } from '../records.js';
import { codeByPath, subtree } from '../resolve.js';
import { actsForTeam } from './coding-owner.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { dropEnds, mergeEnds } from './relation-ends.js';

export const mergeCodes = defineCommand({
  name: 'code.merge',
  schema: z.object({ from: z.string(), into: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ into: CodeRecord; moved: number; duplicates: number }> {
    const projectId = projectOf(ctx);
    const from = await codeByPath(ctx.tx, projectId, p.from);
    const into = await codeByPath(ctx.tx, projectId, p.into);
    if ((await subtree(ctx.tx, from)).some((c) => c.id === into.id)) {
      throw new UserError(`Cannot merge ${quoteName(p.from)} into itself or a code below it; choose another target.`);
    }
    const codings = await ctx.tx.find('coding', { codeId: from.id });
    assertOnlyOwn(ctx, codings, 'merge', p.from);
    let moved = 0;
    let duplicates = 0;
    for (const coding of codings) {
      const [twin] = await ctx.tx.find('coding', { segmentId: coding.segmentId, codeId: into.id, coderId: coding.coderId });
      if (twin) {
        await ctx.tx.remove('coding', [coding.id]);
        ctx.patch.deleted('coding', [coding]);
        duplicates++;
      } else {
        await ctx.tx.update('coding', coding.id, { codeId: into.id });
        ctx.patch.changed('coding', coding.id, { codeId: from.id }, { codeId: into.id });
        moved++;
      }
    }
    for (const child of await ctx.tx.find('code', { parentId: from.id })) {
      if ((await ctx.tx.count('code', { parentId: into.id, name: child.name })) > 0) {
        throw new UserError(`Both codes have a sub-code named ${quoteName(child.name)}; merge or rename those first.`);
      }
      await ctx.tx.update('code', child.id, { parentId: into.id });
      ctx.patch.changed('code', child.id, { parentId: from.id }, { parentId: into.id });
    }
    for (const link of await ctx.tx.find('memo_link', { targetType: 'code', targetId: from.id })) {
      await ctx.tx.update('memo_link', link.id, { targetId: into.id });
      ctx.patch.changed('memo_link', link.id, { targetId: from.id }, { targetId: into.id });
    }
    await mergeEnds(ctx, from.id, into.id);
    await ctx.tx.remove('code', [from.id]);
    ctx.patch.deleted('code', [from]);
    return { into, moved, duplicates };
  },
});

export const deleteCode = defineCommand({
  name: 'code.delete',
  schema: z.object({ code: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ codes: number; codings: number; relations: number }> {
    const root = await codeByPath(ctx.tx, projectOf(ctx), p.code);
    const codes = await subtree(ctx.tx, root);
    const ids = codes.map((c) => c.id);
    const links = await ctx.tx.find('memo_link', { targetType: 'code', targetId: ids });
    await ctx.tx.remove('memo_link', links.map((l) => l.id));
    ctx.patch.deleted('memo_link', links);
    const codings = await ctx.tx.find('coding', { codeId: ids });
    assertOnlyOwn(ctx, codings, 'delete', p.code);
    await removeCodings(ctx, codings);
    const { relations } = await dropEnds(ctx, 'code', ids);
    await ctx.tx.remove('code', [...ids].reverse());
    ctx.patch.deleted('code', codes);
    return { codes: codes.length, codings: codings.length, relations };
  },
});

/** A coder may merge or delete a code only while no one else has coded with it; an owner always may. */
function assertOnlyOwn(ctx: CommandContext, codings: readonly CodingRecord[], verb: string, path: string): void {
  if (actsForTeam(ctx) || codings.every((c) => c.coderId === ctx.actorId)) return;
  throw Object.assign(new UserError(`Other coders have coded with ${quoteName(path)}; only a project owner can ${verb} it, so nothing was changed.`), { statusCode: 403 });
}

/** Remove codings, and the segments they leave without any coding. */
export async function removeCodings(ctx: CommandContext, codings: readonly CodingRecord[]): Promise<void> {
  if (codings.length === 0) return;
  await ctx.tx.remove('coding', codings.map((c) => c.id));
  ctx.patch.deleted('coding', codings);
  const segmentIds = [...new Set(codings.map((c) => c.segmentId))];
  const segments = await ctx.tx.find('segment', { id: segmentIds });
  const empty = [];
  for (const s of segments) if ((await ctx.tx.count('coding', { segmentId: s.id })) === 0) empty.push(s);
  if (empty.length) {
    await dropEnds(ctx, 'segment', empty.map((s) => s.id));
    await ctx.tx.remove('segment', empty.map((s) => s.id));
    ctx.patch.deleted('segment', empty);
  }
}
