/** Core commands over an in-memory store: no database involved. */
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { applyPatch } from '../../../src/core/patch.js';
import { MemoryTx, seedProject } from '../../helpers/memory-tx.js';

const TEXT = 'P: Me reí 👩🏽‍⚕️ y ella también.';

describe('coding commands', () => {
  let tx: MemoryTx;
  beforeEach(async () => {
    tx = new MemoryTx();
    await seedProject(tx, { project: 'E', document: 'E1', text: TEXT });
    for (const name of ['A', 'B']) await COMMANDS.createCode.run(tx.context('u1', 'p1'), { name });
  });

  it('never cuts an emoji sequence in half', async () => {
    const inside = TEXT.indexOf('👩') + 2; // between the surrogates of the first emoji
    const r = await COMMANDS.applyCode.run(tx.context('u1', 'p1'), { document: 'E1', start: 3, end: inside, code: 'A' });
    expect(r.segment.exact).toBe('Me reí 👩🏽‍⚕️');
  });

  it('reuses the coder\'s segment for a second code and builds a patch that reverts both', async () => {
    const ctx1 = tx.context('u1', 'p1');
    const first = await COMMANDS.applyCode.run(ctx1, { document: 'E1', start: 3, end: 9, code: 'A' });
    const ctx2 = tx.context('u1', 'p1');
    const second = await COMMANDS.applyCode.run(ctx2, { document: 'E1', start: 3, end: 9, code: 'B' });
    expect(second.segment.id).toBe(first.segment.id);
    await applyPatch(tx, ctx2.patch.build(), 'second');
    expect(await tx.count('coding', {})).toBe(1);
    await applyPatch(tx, ctx1.patch.build(), 'first');
    expect(await tx.count('coding', {})).toBe(0);
    expect(await tx.count('segment', {})).toBe(0);
  });

  it('merging drops a coding the target already has and moves the rest', async () => {
    await COMMANDS.applyCode.run(tx.context('u1', 'p1'), { document: 'E1', start: 3, end: 9, code: 'A' });
    await COMMANDS.applyCode.run(tx.context('u1', 'p1'), { document: 'E1', start: 3, end: 9, code: 'B' });
    await COMMANDS.applyCode.run(tx.context('u1', 'p1'), { document: 'E1', start: 10, end: 14, code: 'A' });
    const ctx = tx.context('u1', 'p1');
    const r = await COMMANDS.mergeCodes.run(ctx, { from: 'A', into: 'B' });
    expect(r).toMatchObject({ moved: 1, duplicates: 1 });
    expect(await tx.count('code', { name: 'A' })).toBe(0);
    await applyPatch(tx, ctx.patch.build(), 'merge');
    expect(await tx.count('coding', { codeId: (await tx.find('code', { name: 'A' }))[0]!.id })).toBe(2);
  });
});
