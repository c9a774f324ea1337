/**
 * Graphs as models: a vertex that stands for a code, a memo or a selection becomes its node; one
 * that stands for nothing is a frame (a titled box), as Sparks writes its frames. The lines are
 * the relations the file's links became, so a graph's edges need nothing of their own.
 */
import { cleanName } from '../names.js';
import type { ModelNodeRecord, ModelRecord } from '../records.js';
import { uniqueName, warnMany, type ImportState } from './state.js';

const SHOWN = new Set(['code', 'memo', 'segment']);

export async function importGraphs(s: ImportState): Promise<void> {
  const { ctx } = s;
  const taken = new Set<string>();
  let unshown = 0;
  let lines = 0;
  for (const g of s.refi.graphs) {
    const model: ModelRecord = {
      id: ctx.newId(), projectId: s.projectId, name: uniqueName(taken, cleanName(g.name.trim() || 'Model', 'model name')), layout: 'free',
      description: '', createdBy: ctx.actorId, createdAt: ctx.now, version: 1,
    };
    await ctx.tx.insert('model', [model]);
    const nodes = new Map<string, ModelNodeRecord>();
    for (const v of g.vertices) {
      const target = v.represents ? s.ids.get(v.represents) : undefined;
      const style: Record<string, unknown> = {};
      if (v.color) style.color = v.color;
      if (!v.represents) {
        const id = ctx.newId();
        style.width = Math.max(40, Math.min(20_000, Math.round(v.width ?? 260)));
        style.height = Math.max(40, Math.min(20_000, Math.round(v.height ?? 160)));
        nodes.set(id, { id, modelId: model.id, targetType: 'frame', targetId: id, x: v.x, y: v.y, style: JSON.stringify(style), label: v.name.trim().slice(0, 200) });
        continue;
      }
      if (!target || !SHOWN.has(target.kind)) {
        unshown++;
        continue;
      }
      if (v.shape === 'Oval') style.shape = 'ellipse';
      if (v.shape === 'Rectangle') style.shape = 'box';
      if (!nodes.has(target.id)) nodes.set(target.id, { id: ctx.newId(), modelId: model.id, targetType: target.kind as ModelNodeRecord['targetType'], targetId: target.id, x: v.x, y: v.y, style: JSON.stringify(style), label: '' });
    }
    lines += g.edges.filter((e) => !e.represents || !s.ids.has(e.represents)).length;
    if (nodes.size) await ctx.tx.insert('model_node', [...nodes.values()]);
    s.counts.models++;
  }
  warnMany(s, unshown, ['1 graph vertex stood for a source, a case or an object the file does not define, which a Sparks model cannot show, and was left out', '{n} graph vertices stood for sources, cases or objects the file does not define, which a Sparks model cannot show, and were left out']);
  warnMany(s, lines, ['1 line drawn in a graph had no link behind it; Sparks draws the relations between a model\'s nodes, so it was left out', '{n} lines drawn in graphs had no link behind them; Sparks draws the relations between a model\'s nodes, so they were left out']);
}
