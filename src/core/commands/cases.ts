/** Cases (participants) and their typed attributes. */
import { z } from 'zod';
import { inferAttributeType } from '../attributes.js';
import { UserError, quoteName } from '../errors.js';
import { cleanName } from '../names.js';
import type { AttributeRecord, CaseRecord } from '../records.js';
import { caseByLabel } from '../resolve.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';

const MAX_VALUE = 1000;

export const addCase = defineCommand({
  name: 'case.add',
  schema: z.object({ label: z.string(), attributes: z.record(z.string(), z.string()).default({}) }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<CaseRecord & { attributes: Record<string, string> }> {
    const projectId = projectOf(ctx);
    const label = cleanName(p.label, 'case label', 100);
    if ((await ctx.tx.count('case', { projectId, label })) > 0) {
      throw new UserError(`The case ${quoteName(label)} already exists; set its attributes with \`sparks case set\`.`);
    }
    const record: CaseRecord = { id: ctx.newId(), projectId, label, createdAt: ctx.now };
    await ctx.tx.insert('case', [record]);
    ctx.patch.created('case', [record]);
    for (const [key, value] of Object.entries(p.attributes)) await setAttributeOn(ctx, record, key, value);
    return { ...record, attributes: p.attributes };
  },
});

export const setAttribute = defineCommand({
  name: 'case.set',
  schema: z.object({ case: z.string(), key: z.string(), value: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<AttributeRecord> {
    const record = await caseByLabel(ctx.tx, projectOf(ctx), p.case);
    return setAttributeOn(ctx, record, p.key, p.value);
  },
});

async function setAttributeOn(ctx: CommandContext, record: CaseRecord, rawKey: string, rawValue: string): Promise<AttributeRecord> {
  const key = cleanName(rawKey, 'attribute name', 100);
  const value = rawValue.normalize('NFC').trim();
  if (value.length > MAX_VALUE) {
    throw new UserError(`The value of ${quoteName(key)} has ${value.length} characters; use at most ${MAX_VALUE}.`);
  }
  const type = inferAttributeType(value);
  const [existing] = await ctx.tx.find('attribute', { caseId: record.id, key });
  if (existing) {
    await ctx.tx.update('attribute', existing.id, { value, type });
    ctx.patch.changed('attribute', existing.id, { value: existing.value, type: existing.type }, { value, type });
    return { ...existing, value, type };
  }
  const attr: AttributeRecord = { id: ctx.newId(), caseId: record.id, key, value, type };
  await ctx.tx.insert('attribute', [attr]);
  ctx.patch.created('attribute', [attr]);
  return attr;
}
