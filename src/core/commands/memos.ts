/** Memos: the researcher's written reflections, linked to codes, documents, cases or segments. */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { MAX_TEXT, MAX_TITLE, cleanName } from '../names.js';
import type { LinkTarget, MemoLinkRecord, MemoRecord } from '../records.js';
import { caseByLabel, codeByPath, documentByName, memoByRef } from '../resolve.js';
import { MEMO_TYPES } from '../types.js';
import { changeVersioned } from './change.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { dropEnds } from './relation-ends.js';
import { checkVersion, expectedVersion } from './versions.js';

const LINK_TYPES = ['code', 'document', 'case', 'segment', 'memo'] as const;
const linkSchema = z.object({ type: z.enum(LINK_TYPES), ref: z.string() });
export type LinkRef = z.infer<typeof linkSchema>;

function cleanBody(body: string): string {
  const b = body.replace(/\r\n?/g, '\n').normalize('NFC');
  if (b.length > MAX_TEXT) throw new UserError(`The memo has ${b.length} characters; split it into memos of at most ${MAX_TEXT}.`);
  return b;
}

/** The id of the object a link points at, named as researchers name it. */
export async function targetId(ctx: CommandContext, link: LinkRef): Promise<string> {
  const projectId = projectOf(ctx);
  switch (link.type) {
    case 'code': return (await codeByPath(ctx.tx, projectId, link.ref)).id;
    case 'document': return (await documentByName(ctx.tx, projectId, link.ref)).id;
    case 'case': return (await caseByLabel(ctx.tx, projectId, link.ref)).id;
    case 'memo': return (await memoByRef(ctx.tx, projectId, link.ref)).id;
    case 'segment': {
      const s = await ctx.tx.get('segment', link.ref);
      if (!s || s.projectId !== projectId) throw new UserError('That segment does not exist; list segments with `sparks segments`.');
      return s.id;
    }
  }
}

export async function linkMemo(ctx: CommandContext, memo: MemoRecord, links: readonly LinkRef[]): Promise<MemoLinkRecord[]> {
  const rows: MemoLinkRecord[] = [];
  for (const link of links) {
    const id = await targetId(ctx, link);
    if (rows.some((r) => r.targetId === id) || (await ctx.tx.count('memo_link', { memoId: memo.id, targetId: id })) > 0) continue;
    rows.push({ id: ctx.newId(), memoId: memo.id, targetType: link.type as LinkTarget, targetId: id });
  }
  if (rows.length) {
    await ctx.tx.insert('memo_link', rows);
    ctx.patch.created('memo_link', rows);
  }
  return rows;
}

export const addMemo = defineCommand({
  name: 'memo.add',
  schema: z.object({
    title: z.string(),
    body: z.string(),
    type: z.enum(MEMO_TYPES).default('free'),
    links: z.array(linkSchema).default([]),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<MemoRecord & { links: MemoLinkRecord[] }> {
    const memo: MemoRecord = {
      id: ctx.newId(), projectId: projectOf(ctx), title: cleanName(p.title, 'memo title', MAX_TITLE), body: cleanBody(p.body),
      type: p.type, authorId: ctx.actorId, createdAt: ctx.now, updatedAt: ctx.now,
    };
    await ctx.tx.insert('memo', [memo]);
    ctx.patch.created('memo', [memo]);
    return { ...memo, links: await linkMemo(ctx, memo, p.links) };
  },
});

export const editMemo = defineCommand({
  name: 'memo.edit',
  schema: z.object({ memo: z.string(), title: z.string().nullish(), body: z.string().nullish(), type: z.enum(MEMO_TYPES).nullish(), version: expectedVersion }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  // Autosave sends the whole body at every pause; the log keeps its size, the inverse keeps the text undo needs.
  logged: ({ body, ...p }) => (body === null || body === undefined ? p : { ...p, bodyChars: body.length }),
  async run(ctx, p): Promise<MemoRecord> {
    const memo = await memoByRef(ctx.tx, projectOf(ctx), p.memo);
    checkVersion(memo, p.version, `The memo ${quoteName(memo.title)}`);
    const fields: Partial<MemoRecord> = { updatedAt: ctx.now };
    if (p.title != null) fields.title = cleanName(p.title, 'memo title', MAX_TITLE);
    if (p.body != null) fields.body = cleanBody(p.body);
    if (p.type != null) fields.type = p.type;
    return changeVersioned(ctx, 'memo', memo, fields, `The memo ${quoteName(memo.title)}`);
  },
});

export const deleteMemo = defineCommand({
  name: 'memo.delete',
  schema: z.object({ memo: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<MemoRecord> {
    const memo = await memoByRef(ctx.tx, projectOf(ctx), p.memo);
    const links = [
      ...(await ctx.tx.find('memo_link', { memoId: memo.id })),
      ...(await ctx.tx.find('memo_link', { targetType: 'memo', targetId: memo.id })),
    ];
    await ctx.tx.remove('memo_link', links.map((l) => l.id));
    ctx.patch.deleted('memo_link', links);
    await dropEnds(ctx, 'memo', [memo.id]);
    await ctx.tx.remove('memo', [memo.id]);
    ctx.patch.deleted('memo', [memo]);
    return memo;
  },
});

/** Link an existing memo to more objects; the links already there are left as they are. */
export const addMemoLinks = defineCommand({
  name: 'memo.link',
  schema: z.object({ memo: z.string(), links: z.array(linkSchema).min(1) }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ memo: string; links: MemoLinkRecord[] }> {
    const memo = await memoByRef(ctx.tx, projectOf(ctx), p.memo);
    if (p.links.some((l) => l.type === 'memo' && l.ref === memo.id)) throw new UserError('A memo cannot be linked to itself; choose another memo.');
    const links = await linkMemo(ctx, memo, p.links);
    if (links.length === 0) throw new UserError(`The memo ${quoteName(memo.title)} is already linked to that; nothing changed.`);
    return { memo: memo.id, links };
  },
});

/** Remove one link of a memo, named by the link's id or by the linked object (its type and id or name). */
export const removeMemoLink = defineCommand({
  name: 'memo.unlink',
  schema: z.object({ memo: z.string(), link: z.string().nullish(), type: z.enum(LINK_TYPES).nullish(), target: z.string().nullish() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<MemoLinkRecord> {
    const memo = await memoByRef(ctx.tx, projectOf(ctx), p.memo);
    const links = await ctx.tx.find('memo_link', { memoId: memo.id });
    let found: MemoLinkRecord | undefined;
    if (p.link) found = links.find((l) => l.id === p.link);
    else if (p.type && p.target) {
      const { type, target } = p;
      found = links.find((l) => l.targetType === type && l.targetId === target);
      if (!found) {
        const id = await targetId(ctx, { type, ref: target });
        found = links.find((l) => l.targetType === type && l.targetId === id);
      }
    } else throw new UserError('Say which link to remove: give the link id, or the linked object\'s type and id.');
    if (!found) throw new UserError(`The memo ${quoteName(memo.title)} has no such link; list its links with \`sparks memo list --json\`.`);
    await ctx.tx.remove('memo_link', [found.id]);
    ctx.patch.deleted('memo_link', [found]);
    return found;
  },
});
