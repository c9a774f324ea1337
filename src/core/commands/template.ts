/** Applying a study template: its codebook, memos and settings, adding only what is missing. */
import { z } from 'zod';
import { projectById } from '../resolve.js';
import { MEMO_TYPES } from '../types.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { insertCode } from './codes.js';
import { linkMemo } from './memos.js';

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

const templateSchema = z.object({
  id: z.string(),
  name: z.string(),
  codes: z.array(codeSchema),
  memos: z.array(z.object({ title: z.string(), body: z.string(), type: z.enum(MEMO_TYPES), links: z.array(z.string()).optional() })),
  caseAttributes: z.array(z.object({ key: z.string(), type: z.string(), description: z.string() })).default([]),
  frequencyRanges: z.object({ general: z.tuple([z.number(), z.number()]), typical: z.tuple([z.number(), z.number()]), variant: z.tuple([z.number(), z.number()]) }).optional(),
});

export interface TemplateOutcome { template: string; codesAdded: number; codesKept: number; memosAdded: number; memosKept: number }

export const applyTemplate = defineCommand({
  name: 'template.apply',
  schema: z.object({ template: templateSchema }),
  scope: 'project',
  role: 'owner',
  undoable: true,
  logged: (p) => ({ template: p.template.id }),
  async run(ctx, p): Promise<TemplateOutcome> {
    const out: TemplateOutcome = { template: p.template.id, codesAdded: 0, codesKept: 0, memosAdded: 0, memosKept: 0 };
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

/** Remember which templates shaped the project, and take the template's frequency ranges unless the project set its own. */
async function recordInSettings(ctx: CommandContext, t: z.infer<typeof templateSchema>): Promise<void> {
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
