/**
 * Frames: titled boxes on a model that group what lies inside them, as a figure's "Conditions of
 * the therapist". A frame belongs to its model alone; taking it off (`model.remove`) leaves what
 * it held where it was.
 */
import { z } from 'zod';
import { UserError } from '../errors.js';
import type { ModelNodeRecord } from '../records.js';
import { changeRow } from './change.js';
import { defineCommand, type CommandContext } from './command.js';
import { frameNamed } from './model-frame-ref.js';
import { MAX_NODES, coordinate, modelNamed } from './models.js';

const MAX_TITLE = 200;
const extent = z.number().finite().min(40).max(20_000);

function cleanTitle(raw: string): string {
  const t = raw.replace(/\s+/g, ' ').normalize('NFC').trim();
  if (t.length > MAX_TITLE) throw new UserError(`A frame's title has at most ${MAX_TITLE} characters; this one has ${t.length}.`);
  return t;
}

function styleOf(before: string, p: { width?: number | null; height?: number | null; color?: string | null }): string {
  let style: Record<string, unknown> = {};
  try {
    style = JSON.parse(before) as Record<string, unknown>;
  } catch { /* a broken style is replaced */ }
  if (p.width != null) style.width = Math.round(p.width);
  if (p.height != null) style.height = Math.round(p.height);
  if (p.color != null) style.color = p.color;
  return JSON.stringify(style);
}

/** Add a frame to a model (no `frame` given), or retitle, move or resize one: one undo. */
export const frameModel = defineCommand({
  name: 'model.frame',
  schema: z.object({
    model: z.string(),
    /** The frame to change, by id or title; absent to add one. */
    frame: z.string().nullish(),
    label: z.string().nullish(),
    x: coordinate.nullish(), y: coordinate.nullish(), width: extent.nullish(), height: extent.nullish(),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/).nullish(),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx: CommandContext, p): Promise<ModelNodeRecord> {
    const m = await modelNamed(ctx, p.model);
    if (p.frame == null) {
      if ((await ctx.tx.count('model_node', { modelId: m.id })) >= MAX_NODES) throw new UserError(`A model holds at most ${MAX_NODES} nodes; split it into several models.`);
      const id = ctx.newId();
      const row: ModelNodeRecord = {
        id, modelId: m.id, targetType: 'frame', targetId: id, x: p.x ?? 0, y: p.y ?? 0,
        style: styleOf('{}', { width: p.width ?? 260, height: p.height ?? 160, color: p.color }), label: cleanTitle(p.label ?? ''),
      };
      await ctx.tx.insert('model_node', [row]);
      ctx.patch.created('model_node', [row]);
      return row;
    }
    const frame = await frameNamed(ctx, m, p.frame);
    const after: Partial<ModelNodeRecord> = {};
    if (p.label != null && cleanTitle(p.label) !== frame.label) after.label = cleanTitle(p.label);
    if (p.x != null && p.x !== frame.x) after.x = p.x;
    if (p.y != null && p.y !== frame.y) after.y = p.y;
    const style = styleOf(frame.style, p);
    if (style !== frame.style) after.style = style;
    if (Object.keys(after).length === 0) return frame;
    return changeRow(ctx, 'model_node', frame, after);
  },
});
