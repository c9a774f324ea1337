/** Linking and unlinking memos, over an in-memory store: no database involved. */
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { UserError } from '../../../src/core/errors.js';
import { applyPatch } from '../../../src/core/patch.js';
import { MemoryTx, seedProject } from '../../helpers/memory-tx.js';

const TEXT = 'P: Cuando nos reímos juntas 😊 algo cambió en la sesión.';

describe('memo link commands', () => {
  let tx: MemoryTx;
  let memoId: string;
  const ctx = () => tx.context('u1', 'p1');

  beforeEach(async () => {
    tx = new MemoryTx();
    await seedProject(tx, { project: 'Estudio', document: 'Entrevista 1', text: TEXT });
    await COMMANDS.addCase.run(ctx(), { label: 'T7', attributes: {} });
    await COMMANDS.createCode.run(ctx(), { name: 'Disparadores' });
    await COMMANDS.createCode.run(ctx(), { name: 'Humor', parent: 'Disparadores' });
    memoId = (await COMMANDS.addMemo.run(ctx(), { title: 'Reflexión después de T7', body: 'Me sorprendió…', type: 'reflexive', links: [] })).id;
  });

  it('links a memo to a code, a document and a case, and its patch removes exactly those links', async () => {
    const c = ctx();
    const r = await COMMANDS.addMemoLinks.run(c, {
      memo: memoId,
      links: [{ type: 'code', ref: 'Disparadores/Humor' }, { type: 'document', ref: 'Entrevista 1' }, { type: 'case', ref: 'T7' }],
    });
    expect(r.links.map((l) => l.targetType)).toEqual(['code', 'document', 'case']);
    expect(await tx.count('memo_link', { memoId })).toBe(3);
    await applyPatch(tx, c.patch.build(), 'memo.link');
    expect(await tx.count('memo_link', { memoId })).toBe(0);
    expect(await tx.count('memo', { id: memoId })).toBe(1);
  });

  it('refuses an unknown target with one sentence and writes nothing', async () => {
    const c = ctx();
    const attempt = COMMANDS.addMemoLinks.run(c, {
      memo: memoId, links: [{ type: 'case', ref: 'T7' }, { type: 'code', ref: 'Disparadores/Ironía' }],
    });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(/^There is no code "Disparadores\/Ironía"; [^.]*\.$/);
    expect(await tx.count('memo_link', {})).toBe(0);
  });

  it('refuses a link that is already there, and a memo linked to itself', async () => {
    await COMMANDS.addMemoLinks.run(ctx(), { memo: memoId, links: [{ type: 'case', ref: 'T7' }] });
    await expect(COMMANDS.addMemoLinks.run(ctx(), { memo: memoId, links: [{ type: 'case', ref: ' T7 ' }] })).rejects.toThrow(/already linked/);
    await expect(COMMANDS.addMemoLinks.run(ctx(), { memo: memoId, links: [{ type: 'memo', ref: memoId }] })).rejects.toThrow(/itself/);
    expect(await tx.count('memo_link', { memoId })).toBe(1);
  });

  it('unlinks by link id, by target id or by name, and its patch puts the link back', async () => {
    const { links } = await COMMANDS.addMemoLinks.run(ctx(), {
      memo: memoId, links: [{ type: 'code', ref: 'Disparadores/Humor' }, { type: 'document', ref: 'Entrevista 1' }, { type: 'case', ref: 'T7' }],
    });
    const c = ctx();
    const removed = await COMMANDS.removeMemoLink.run(c, { memo: memoId, link: links[0]!.id });
    expect(removed.targetType).toBe('code');
    await COMMANDS.removeMemoLink.run(ctx(), { memo: 'Reflexión después de T7', type: 'document', target: 'd1' });
    await COMMANDS.removeMemoLink.run(ctx(), { memo: memoId, type: 'case', target: 'T7' });
    expect(await tx.count('memo_link', { memoId })).toBe(0);
    await applyPatch(tx, c.patch.build(), 'memo.unlink');
    expect(await tx.find('memo_link', { memoId })).toEqual([links[0]]);
  });

  it('refuses to unlink what is not linked, or when it is not said which link', async () => {
    await expect(COMMANDS.removeMemoLink.run(ctx(), { memo: memoId, type: 'case', target: 'T7' })).rejects.toThrow(/has no such link/);
    await expect(COMMANDS.removeMemoLink.run(ctx(), { memo: memoId, link: 'nope' })).rejects.toThrow(UserError);
    await expect(COMMANDS.removeMemoLink.run(ctx(), { memo: memoId })).rejects.toThrow(/Say which link/);
    await expect(COMMANDS.removeMemoLink.run(ctx(), { memo: 'No existe', link: 'x' })).rejects.toThrow(/There is no memo/);
  });
});
