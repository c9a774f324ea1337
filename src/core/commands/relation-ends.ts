/**
 * What happens to relations, models and sets when an object they involve goes: a deleted code,
 * memo or segment takes its relations (with their evidence), model nodes and set memberships
 * along, in the same command, so one undo brings everything back; a merged code hands them to
 * the code it joins.
 */
import type { RelationEnd } from '../records.js';
import type { CommandContext } from './command.js';

/** What went along with the deleted objects, for the command's answer. */
export interface Dropped { relations: number; nodes: number }

/** Remove the relations, evidence and model nodes of objects of one type about to be deleted. */
export async function dropEnds(ctx: CommandContext, type: RelationEnd, ids: readonly string[]): Promise<Dropped> {
  if (ids.length === 0) return { relations: 0, nodes: 0 };
  const relations = new Map((await ctx.tx.find('relation', { sourceType: type, sourceId: ids })).map((r) => [r.id, r]));
  for (const r of await ctx.tx.find('relation', { targetType: type, targetId: ids })) relations.set(r.id, r);
  const evidence = new Map((relations.size ? await ctx.tx.find('relation_evidence', { relationId: [...relations.keys()] }) : []).map((e) => [e.id, e]));
  if (type === 'segment') for (const e of await ctx.tx.find('relation_evidence', { segmentId: ids })) evidence.set(e.id, e);
  if (evidence.size) {
    await ctx.tx.remove('relation_evidence', [...evidence.keys()]);
    ctx.patch.deleted('relation_evidence', [...evidence.values()]);
  }
  if (relations.size) {
    await ctx.tx.remove('relation', [...relations.keys()]);
    ctx.patch.deleted('relation', [...relations.values()]);
  }
  const nodes = await ctx.tx.find('model_node', { targetType: type, targetId: ids });
  if (nodes.length) {
    await ctx.tx.remove('model_node', nodes.map((n) => n.id));
    ctx.patch.deleted('model_node', nodes);
  }
  // A deleted code or memo leaves the sets it was in.
  const members = type === 'segment' ? [] : await ctx.tx.find('object_set_member', { targetType: type, targetId: ids });
  if (members.length) {
    await ctx.tx.remove('object_set_member', members.map((m) => m.id));
    ctx.patch.deleted('object_set_member', members);
  }
  return { relations: relations.size, nodes: nodes.length };
}

/**
 * Point a merged code's relations and model nodes at the code it joined. A relation that would
 * link the code to itself goes; a node where the model already shows the joined code goes too.
 */
export async function mergeEnds(ctx: CommandContext, fromId: string, intoId: string): Promise<void> {
  const self: string[] = [];
  for (const end of ['source', 'target'] as const) {
    const [typeKey, idKey] = [`${end}Type`, `${end}Id`] as const;
    for (const r of await ctx.tx.find('relation', { [typeKey]: 'code', [idKey]: fromId })) {
      const otherIsInto = (end === 'source' ? r.targetType === 'code' && r.targetId : r.sourceType === 'code' && r.sourceId) === intoId;
      const otherIsFrom = (end === 'source' ? r.targetId : r.sourceId) === fromId;
      if (otherIsInto || otherIsFrom) {
        if (!self.includes(r.id)) self.push(r.id);
        continue;
      }
      await ctx.tx.update('relation', r.id, { [idKey]: intoId });
      ctx.patch.changed('relation', r.id, { [idKey]: fromId }, { [idKey]: intoId });
    }
  }
  if (self.length) {
    const rows = await ctx.tx.find('relation', { id: self });
    const evidence = await ctx.tx.find('relation_evidence', { relationId: self });
    await ctx.tx.remove('relation_evidence', evidence.map((e) => e.id));
    ctx.patch.deleted('relation_evidence', evidence);
    await ctx.tx.remove('relation', self);
    ctx.patch.deleted('relation', rows);
  }
  // The merged code's sets take the code it joined instead (once).
  for (const m of await ctx.tx.find('object_set_member', { targetType: 'code', targetId: fromId })) {
    if ((await ctx.tx.count('object_set_member', { setId: m.setId, targetId: intoId })) > 0) {
      await ctx.tx.remove('object_set_member', [m.id]);
      ctx.patch.deleted('object_set_member', [m]);
    } else {
      await ctx.tx.update('object_set_member', m.id, { targetId: intoId });
      ctx.patch.changed('object_set_member', m.id, { targetId: fromId }, { targetId: intoId });
    }
  }
  for (const node of await ctx.tx.find('model_node', { targetType: 'code', targetId: fromId })) {
    if ((await ctx.tx.count('model_node', { modelId: node.modelId, targetId: intoId })) > 0) {
      await ctx.tx.remove('model_node', [node.id]);
      ctx.patch.deleted('model_node', [node]);
    } else {
      await ctx.tx.update('model_node', node.id, { targetId: intoId });
      ctx.patch.changed('model_node', node.id, { targetId: fromId }, { targetId: intoId });
    }
  }
}
