/**
 * Applying a study template: its codebook, memos, relations, models and settings, adding only
 * what is missing, all in one command (one undo takes it all back).
 */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { cleanName } from '../names.js';
import type { ModelNodeRecord, ModelRecord, RelationRecord, RelationTypeRecord } from '../records.js';
import { DEFAULT_RELATION_TYPES } from '../relation-types.js';
import { projectById } from '../resolve.js';
import { MEMO_TYPES } from '../types.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { insertCode } from './codes.js';
import { linkMemo, targetId } from './memos.js';
import { coordinate } from './models.js';
import { layoutFigure, type FigureGroup } from '../template-figure.js';

interface TemplateCodeShape { name: string; definition: string; color?: string | undefined; attributes?: Record<string, string> | undefined; children?: TemplateCodeShape[] | undefined }

const codeSchema: z.ZodType<TemplateCodeShape> = z.lazy(() =>
  z.object({
    name: z.string(),
    definition: z.string(),
    color: z.string().optional(),
    attributes: z.record(z.string(), z.string()).optional(),
    children: z.array(codeSchema).optional(),
  }),
);

const figureGroup: z.ZodType<FigureGroup> = z.lazy(() => z.object({ title: z.string().max(200), items: z.array(z.union([z.string(), figureGroup])).max(500) }));

const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  codes: z.array(codeSchema),
  memos: z.array(z.object({ title: z.string(), body: z.string(), type: z.enum(MEMO_TYPES), links: z.array(z.string()).optional() })),
  caseAttributes: z.array(z.object({ key: z.string(), type: z.string(), description: z.string() })).default([]),
  frequencyRanges: z.object({ general: z.tuple([z.number(), z.number()]), typical: z.tuple([z.number(), z.number()]), variant: z.tuple([z.number(), z.number()]) }).optional(),
  relations: z.array(z.object({ from: z.string(), type: z.string(), to: z.string(), memo: z.string().max(20_000).optional() })).max(1_000).optional(),
  models: z.array(z.object({
    name: z.string(), layout: z.enum(['free', 'paradigm']), description: z.string().max(20_000),
    nodes: z.array(z.object({ code: z.string(), x: coordinate, y: coordinate, width: z.number().min(40).max(2_000).optional() })).max(2_000),
    frames: z.array(z.object({ title: z.string().max(200), x: coordinate, y: coordinate, width: z.number().min(40).max(20_000), height: z.number().min(40).max(20_000) })).max(500).optional(),
    columns: z.array(figureGroup).max(50).optional(),
  })).max(100).optional(),
});

export interface TemplateOutcome {
  template: string; codesAdded: number; codesKept: number; memosAdded: number; memosKept: number;
  relationsAdded: number; relationsKept: number; modelsAdded: number; modelsKept: number;
}

export const applyTemplate = defineCommand({
  name: 'template.apply',
  schema: z.object({ template: templateSchema }),
  scope: 'project',
  role: 'owner',
  undoable: true,
  logged: (p) => ({ template: p.template.id }),
  async run(ctx, p): Promise<TemplateOutcome> {
    const out: TemplateOutcome = {
      template: p.template.id, codesAdded: 0, codesKept: 0, memosAdded: 0, memosKept: 0, relationsAdded: 0, relationsKept: 0, modelsAdded: 0, modelsKept: 0,
    };
    for (const code of p.template.codes) await addTree(ctx, null, code, out);
    const projectId = projectOf(ctx);
    for (const m of p.template.memos) {
      if ((await ctx.tx.count('memo', { projectId, title: m.title })) > 0) {
        out.memosKept++;
        continue;
      }
      const memo = { id: ctx.newId(), projectId, title: m.title, body: m.body, type: m.type, authorId: ctx.actorId, createdAt: ctx.now, updatedAt: ctx.now };
      await ctx.tx.insert('memo', [memo]);
      ctx.patch.created('memo', [memo]);
      await linkMemo(ctx, memo, (m.links ?? []).map((ref) => ({ type: 'code' as const, ref })));
      out.memosAdded++;
    }
    for (const r of p.template.relations ?? []) await addRelation(ctx, r, out);
    for (const m of p.template.models ?? []) await addModel(ctx, m, out);
    await recordInSettings(ctx, p.template);
    return out;
  },
});

async function addTree(ctx: CommandContext, parentId: string | null, code: TemplateCodeShape, out: TemplateOutcome): Promise<void> {
  const [existing] = await ctx.tx.find('code', { projectId: projectOf(ctx), parentId, name: code.name });
  const id = existing
    ? existing.id
    : (await insertCode(ctx, parentId, {
        name: code.name, definition: code.definition, color: code.color ?? null, attributes: code.attributes ?? {}, inVivo: false,
      })).id;
  if (existing) out.codesKept++;
  else out.codesAdded++;
  for (const child of code.children ?? []) await addTree(ctx, id, child, out);
}

type Template = z.infer<typeof templateSchema>;

/**
 * The project's relation type for a template's type name. A team may have renamed the default
 * types (into Spanish, say), so a missing name falls back to the type with the same paradigm role;
 * a default type deleted altogether is brought back.
 */
async function templateType(ctx: CommandContext, name: string): Promise<RelationTypeRecord> {
  const projectId = projectOf(ctx);
  const [named] = await ctx.tx.find('relation_type', { projectId, name });
  if (named) return named;
  const seed = DEFAULT_RELATION_TYPES.find((t) => t.name === name);
  if (!seed) throw new UserError(`The template links codes with the relation type ${quoteName(name)}, which this project does not have; add it with \`sparks relation type add\`.`);
  if (seed.paradigm) {
    const [same] = (await ctx.tx.find('relation_type', { projectId, paradigm: seed.paradigm })).sort((a, b) => a.position - b.position);
    if (same) return same;
  }
  const position = ((await ctx.tx.max('relation_type', 'position', { projectId })) ?? -1) + 1;
  const t: RelationTypeRecord = { id: ctx.newId(), projectId, name: seed.name, label: seed.label, symmetric: seed.symmetric ? 1 : 0, paradigm: seed.paradigm, position, createdAt: ctx.now };
  await ctx.tx.insert('relation_type', [t]);
  ctx.patch.created('relation_type', [t]);
  return t;
}

async function addRelation(ctx: CommandContext, r: NonNullable<Template['relations']>[number], out: TemplateOutcome): Promise<void> {
  const type = await templateType(ctx, r.type);
  const sourceId = await targetId(ctx, { type: 'code', ref: r.from });
  const targetCode = await targetId(ctx, { type: 'code', ref: r.to });
  const same = (await ctx.tx.count('relation', { typeId: type.id, sourceId, targetId: targetCode }))
    + (type.symmetric ? await ctx.tx.count('relation', { typeId: type.id, sourceId: targetCode, targetId: sourceId }) : 0);
  if (same > 0) {
    out.relationsKept++;
    return;
  }
  const relation: RelationRecord = {
    id: ctx.newId(), projectId: projectOf(ctx), typeId: type.id, sourceType: 'code', sourceId, targetType: 'code', targetId: targetCode,
    memo: (r.memo ?? '').normalize('NFC').trim(), createdBy: ctx.actorId, createdAt: ctx.now, version: 1,
  };
  await ctx.tx.insert('relation', [relation]);
  ctx.patch.created('relation', [relation]);
  out.relationsAdded++;
}

/** A model the project does not have yet (by name), with its nodes where the template puts them; one it has is left as the team arranged it. */
async function addModel(ctx: CommandContext, m: NonNullable<Template['models']>[number], out: TemplateOutcome): Promise<void> {
  const projectId = projectOf(ctx);
  const name = cleanName(m.name, 'model name');
  if ((await ctx.tx.count('model', { projectId, name })) > 0) {
    out.modelsKept++;
    return;
  }
  const model: ModelRecord = {
    id: ctx.newId(), projectId, name, layout: m.layout, description: m.description.normalize('NFC').trim(), createdBy: ctx.actorId, createdAt: ctx.now, version: 1,
  };
  await ctx.tx.insert('model', [model]);
  ctx.patch.created('model', [model]);
  const nodes = new Map<string, ModelNodeRecord>();
  const figure = layoutFigure(m.columns ?? []);
  for (const n of [...m.nodes, ...figure.nodes]) {
    const id = await targetId(ctx, { type: 'code', ref: n.code });
    const style = n.width ? JSON.stringify({ width: n.width }) : '{}';
    if (!nodes.has(id)) nodes.set(id, { id: ctx.newId(), modelId: model.id, targetType: 'code', targetId: id, x: n.x, y: n.y, style, label: '' });
  }
  for (const f of [...(m.frames ?? []), ...figure.frames]) {
    const id = ctx.newId();
    const style = JSON.stringify({ width: f.width, height: f.height });
    nodes.set(id, { id, modelId: model.id, targetType: 'frame', targetId: id, x: f.x, y: f.y, style, label: f.title.normalize('NFC').trim() });
  }
  if (nodes.size) {
    await ctx.tx.insert('model_node', [...nodes.values()]);
    ctx.patch.created('model_node', [...nodes.values()]);
  }
  out.modelsAdded++;
}

/** Remember which templates shaped the project, and take the template's frequency ranges unless the project set its own. */
async function recordInSettings(ctx: CommandContext, t: Template): Promise<void> {
  const project = await projectById(ctx.tx, projectOf(ctx));
  const settings = JSON.parse(project.settings) as Record<string, unknown>;
  const templates = Array.isArray(settings.templates) ? (settings.templates as string[]) : [];
  const next = { ...settings, templates: templates.includes(t.id) ? templates : [...templates, t.id] } as Record<string, unknown>;
  if (t.frequencyRanges && !settings.frequencyRanges) next.frequencyRanges = t.frequencyRanges;
  if (t.caseAttributes.length && !settings.caseAttributes) next.caseAttributes = t.caseAttributes;
  const after = JSON.stringify(next);
  if (after === project.settings) return;
  await ctx.tx.update('project', project.id, { settings: after });
  ctx.patch.changed('project', project.id, { settings: project.settings }, { settings: after });
}
