/** Marking a coding as an exemplar: the quote a report prints for its code's category. */
import { z } from 'zod';
import type { CodingRecord } from '../records.js';
import { defineCommand } from './command.js';
import { assertMayChangeNamed, codingIn } from './codings.js';

export const markExemplar = defineCommand({
  name: 'coding.exemplar',
  schema: z.object({ coding: z.string(), exemplar: z.boolean() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<CodingRecord> {
    const coding = await codingIn(ctx, p.coding);
    await assertMayChangeNamed(ctx, coding);
    const value = p.exemplar ? 1 : 0;
    if ((coding.exemplar ?? 0) === value) return coding;
    await ctx.tx.update('coding', coding.id, { exemplar: value });
    ctx.patch.changed('coding', coding.id, { exemplar: coding.exemplar ?? 0 }, { exemplar: value });
    return { ...coding, exemplar: value };
  },
});
