/**
 * Models: named diagrams of codes, memos and segments. A model keeps where each node sits and how
 * it looks; the relations between its nodes are the project's, so removing a node from a model
 * (or deleting the model) leaves every relation in place.
 */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { cleanName } from '../names.js';
import type { ModelNodeRecord, ModelRecord } from '../records.js';
import { changeRow, changeVersioned } from './change.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { frameNamed } from './model-frame-ref.js';
import { endId } from './relations.js';
import { checkVersion, expectedVersion } from './versions.js';

const LAYOUTS = ['free', 'paradigm'] as const;
export const MAX_NODES = 2_000;
const MAX_DESCRIPTION = 20_000;
/** Positions are diagram units; anything beyond this is a mistake, not a drawing. */
export const coordinate = z.number().finite().min(-1e7).max(1e7);
/** A node's look: a colour, a width, a shape; kept as given, read by the editor and the SVG export. */
export const style = z.object({
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  width: z.number().min(40).max(20_000).optional(),
  /** A frame's; other boxes are as tall as their text. */
  height: z.number().min(40).max(20_000).optional(),
  shape: z.enum(['box', 'rounded', 'ellipse']).optional(),
}).strict();
/** A node as commands name it: an object of the project, or a frame by its id or title. */
export const nodeRef = z.object({ type: z.enum(['code', 'segment', 'memo', 'frame']), ref: z.string() });

/** A model of the project by name or id. */
export async function modelNamed(ctx: CommandContext, ref: string): Promise<ModelRecord> {
  const projectId = projectOf(ctx);
  const byId = await ctx.tx.get('model', ref);
  if (byId && byId.projectId === projectId) return byId;
  const [m] = await ctx.tx.find('model', { projectId, name: ref.normalize('NFC').trim() });
  if (!m) throw new UserError(`There is no model ${quoteName(ref)} in this project; list models with \`sparks model list\`.`);
  return m;
}

async function ensureFree(ctx: CommandContext, name: string, except?: string): Promise<void> {
  const [clash] = await ctx.tx.find('model', { projectId: projectOf(ctx), name });
  if (clash && clash.id !== except) throw new UserError(`A model named ${quoteName(name)} already exists; choose another name.`);
}

function cleanDescription(raw: string): string {
  const d = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (d.length > MAX_DESCRIPTION) throw new UserError(`The description has ${d.length} characters; keep it under ${MAX_DESCRIPTION} or write a memo.`);
  return d;
}

export const createModel = defineCommand({
  name: 'model.create',
  schema: z.object({ name: z.string(), description: z.string().nullish(), layout: z.enum(LAYOUTS).nullish() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<ModelRecord> {
    const name = cleanName(p.name, 'model name');
    await ensureFree(ctx, name);
    const model: ModelRecord = {
      id: ctx.newId(), projectId: projectOf(ctx), name, layout: p.layout ?? 'free', description: cleanDescription(p.description ?? ''),
      createdBy: ctx.actorId, createdAt: ctx.now, version: 1,
    };
    await ctx.tx.insert('model', [model]);
    ctx.patch.created('model', [model]);
    return model;
  },
});

export const editModel = defineCommand({
  name: 'model.edit',
  schema: z.object({
    model: z.string(), name: z.string().nullish(), description: z.string().nullish(), layout: z.enum(LAYOUTS).nullish(), version: expectedVersion,
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<ModelRecord> {
    const m = await modelNamed(ctx, p.model);
    checkVersion(m, p.version, `The model ${quoteName(m.name)}`);
    const fields: Partial<ModelRecord> = {};
    if (p.name != null) {
      const name = cleanName(p.name, 'model name');
      if (name !== m.name) {
        await ensureFree(ctx, name, m.id);
        fields.name = name;
      }
    }
    if (p.description != null && cleanDescription(p.description) !== m.description) fields.description = cleanDescription(p.description);
    if (p.layout && p.layout !== m.layout) fields.layout = p.layout;
    if (Object.keys(fields).length === 0) return m;
    return changeVersioned(ctx, 'model', m, fields, `The model ${quoteName(m.name)}`);
  },
});

export const deleteModel = defineCommand({
  name: 'model.delete',
  schema: z.object({ model: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ model: ModelRecord; nodes: number; frames: number }> {
    const m = await modelNamed(ctx, p.model);
    const nodes = await ctx.tx.find('model_node', { modelId: m.id });
    await ctx.tx.remove('model_node', nodes.map((n) => n.id));
    ctx.patch.deleted('model_node', nodes);
    await ctx.tx.remove('model', [m.id]);
    ctx.patch.deleted('model', [m]);
    const frames = nodes.filter((n) => n.targetType === 'frame').length;
    return { model: m, nodes: nodes.length - frames, frames };
  },
});

const placement = nodeRef.extend({ x: coordinate, y: coordinate, style: style.nullish() });

/** Put objects on a model, or move (and restyle) those already on it: one drag or one layout is one undo. */
export const placeNodes = defineCommand({
  name: 'model.place',
  schema: z.object({ model: z.string(), nodes: z.array(placement).min(1).max(MAX_NODES) }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  logged: (p) => ({ model: p.model, nodes: p.nodes.length }),
  async run(ctx, p): Promise<{ model: string; added: ModelNodeRecord[]; moved: number }> {
    const m = await modelNamed(ctx, p.model);
    const existing = new Map((await ctx.tx.find('model_node', { modelId: m.id })).map((n) => [n.targetId, n]));
    const added: ModelNodeRecord[] = [];
    let moved = 0;
    for (const n of p.nodes) {
      const targetId = n.type === 'frame' ? (await frameNamed(ctx, m, n.ref)).id : await endId(ctx, { type: n.type, ref: n.ref });
      const styleText = n.style ? JSON.stringify(n.style) : null;
      const node = existing.get(targetId);
      if (node) {
        const after: Partial<ModelNodeRecord> = {};
        if (node.x !== n.x) after.x = n.x;
        if (node.y !== n.y) after.y = n.y;
        if (styleText !== null && styleText !== node.style) after.style = styleText;
        if (Object.keys(after).length === 0) continue;
        existing.set(targetId, await changeRow(ctx, 'model_node', node, after));
        moved++;
      } else {
        if (n.type === 'frame') throw new UserError(`The frame ${quoteName(n.ref)} is not on the model ${quoteName(m.name)}; add frames with \`sparks model frame\`.`);
        const row: ModelNodeRecord = { id: ctx.newId(), modelId: m.id, targetType: n.type, targetId, x: n.x, y: n.y, style: styleText ?? '{}', label: '' };
        existing.set(targetId, row);
        added.push(row);
      }
    }
    if (existing.size > MAX_NODES) throw new UserError(`A model holds at most ${MAX_NODES} nodes; split it into several models.`);
    if (added.length) {
      await ctx.tx.insert('model_node', added);
      ctx.patch.created('model_node', added);
    }
    return { model: m.id, added, moved };
  },
});

/** Take objects (or frames) off a model; their relations stay in the project (and on other models), and what a frame held stays where it is. */
export const removeNodes = defineCommand({
  name: 'model.remove',
  schema: z.object({ model: z.string(), nodes: z.array(nodeRef).min(1).max(MAX_NODES) }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ model: string; removed: number }> {
    const m = await modelNamed(ctx, p.model);
    const found = new Map<string, ModelNodeRecord>();
    for (const n of p.nodes) {
      // A node is named by its object's id, or as researchers name the object (a code's path…).
      let rows = await ctx.tx.find('model_node', { modelId: m.id, targetId: n.ref });
      if (rows.length === 0) {
        rows = n.type === 'frame'
          ? [await frameNamed(ctx, m, n.ref)]
          : await ctx.tx.find('model_node', { modelId: m.id, targetId: await endId(ctx, { type: n.type, ref: n.ref }) });
      }
      for (const r of rows) found.set(r.id, r);
    }
    const rows = [...found.values()];
    if (rows.length === 0) throw new UserError(`None of those is on the model ${quoteName(m.name)}; nothing changed.`);
    await ctx.tx.remove('model_node', rows.map((n) => n.id));
    ctx.patch.deleted('model_node', rows);
    return { model: m.id, removed: rows.length };
  },
});
