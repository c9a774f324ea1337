/** The project's library of relation types: add, edit and remove (only while no relation uses one). */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { cleanName } from '../names.js';
import type { RelationTypeRecord } from '../records.js';
import { PARADIGM_ROLES } from '../relation-types.js';
import { changeRow } from './change.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';

/** A relation type of the project by its name (or id). */
export async function relationTypeNamed(ctx: CommandContext, ref: string): Promise<RelationTypeRecord> {
  const projectId = projectOf(ctx);
  const byId = await ctx.tx.get('relation_type', ref);
  if (byId && byId.projectId === projectId) return byId;
  const [t] = await ctx.tx.find('relation_type', { projectId, name: ref.normalize('NFC').trim() });
  if (t) return t;
  const names = (await ctx.tx.find('relation_type', { projectId })).sort((a, b) => a.position - b.position).map((x) => x.name);
  throw new UserError(`There is no relation type ${quoteName(ref)}; use one of ${names.map((n) => quoteName(n)).join(', ')}, or add it with \`sparks relation type add\`.`);
}

const fields = {
  label: z.string().max(80).nullish(),
  symmetric: z.boolean().nullish(),
  paradigm: z.enum(PARADIGM_ROLES).nullish(),
};

async function ensureFree(ctx: CommandContext, name: string, except?: string): Promise<void> {
  const [clash] = await ctx.tx.find('relation_type', { projectId: projectOf(ctx), name });
  if (clash && clash.id !== except) throw new UserError(`A relation type named ${quoteName(name)} already exists; choose another name.`);
}

export const addRelationType = defineCommand({
  name: 'relationType.add',
  schema: z.object({ name: z.string(), ...fields }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<RelationTypeRecord> {
    const projectId = projectOf(ctx);
    const name = cleanName(p.name, 'relation type name', 80);
    await ensureFree(ctx, name);
    const position = ((await ctx.tx.max('relation_type', 'position', { projectId })) ?? -1) + 1;
    const t: RelationTypeRecord = {
      id: ctx.newId(), projectId, name, label: p.label?.trim() || name, symmetric: p.symmetric ? 1 : 0, paradigm: p.paradigm ?? null,
      position, createdAt: ctx.now,
    };
    await ctx.tx.insert('relation_type', [t]);
    ctx.patch.created('relation_type', [t]);
    return t;
  },
});

export const editRelationType = defineCommand({
  name: 'relationType.edit',
  schema: z.object({ type: z.string(), name: z.string().nullish(), ...fields }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<RelationTypeRecord> {
    const t = await relationTypeNamed(ctx, p.type);
    const after: Partial<RelationTypeRecord> = {};
    if (p.name != null) {
      const name = cleanName(p.name, 'relation type name', 80);
      if (name !== t.name) {
        await ensureFree(ctx, name, t.id);
        after.name = name;
      }
    }
    if (p.label != null && p.label.trim() && p.label.trim() !== t.label) after.label = p.label.trim();
    if (p.symmetric != null && (p.symmetric ? 1 : 0) !== t.symmetric) after.symmetric = p.symmetric ? 1 : 0;
    if (p.paradigm !== undefined && p.paradigm !== t.paradigm) after.paradigm = p.paradigm;
    if (Object.keys(after).length === 0) return t;
    return changeRow(ctx, 'relation_type', t, after);
  },
});

export const deleteRelationType = defineCommand({
  name: 'relationType.delete',
  schema: z.object({ type: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<RelationTypeRecord> {
    const t = await relationTypeNamed(ctx, p.type);
    const used = await ctx.tx.count('relation', { typeId: t.id });
    if (used > 0) throw new UserError(`${used} ${used === 1 ? 'relation uses' : 'relations use'} the type ${quoteName(t.name)}; give them another type or delete them first.`);
    await ctx.tx.remove('relation_type', [t.id]);
    ctx.patch.deleted('relation_type', [t]);
    return t;
  },
});
