/** Building the code tree: create, rename, recolor, redefine and move codes. */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { MAX_TEXT, cleanColor, cleanName, parsePath } from '../names.js';
import type { CodeRecord } from '../records.js';
import { codeByPath, findCodeByPath, subtree } from '../resolve.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { changeVersioned } from './change.js';
import { checkVersion, expectedVersion } from './versions.js';

const MAX_DEFINITION = 20_000;

export const createCode = defineCommand({
  name: 'code.create',
  schema: z.object({
    name: z.string(),
    parent: z.string().nullish(),
    definition: z.string().nullish(),
    color: z.string().nullish(),
    attributes: z.record(z.string(), z.string()).nullish(),
    inVivo: z.boolean().nullish(),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<CodeRecord> {
    const projectId = projectOf(ctx);
    const parent = p.parent ? await codeByPath(ctx.tx, projectId, p.parent) : null;
    return insertCode(ctx, parent?.id ?? null, {
      name: p.name, definition: p.definition ?? '', color: p.color ?? null, attributes: p.attributes ?? {}, inVivo: !!p.inVivo,
    });
  },
});

export interface NewCode { name: string; definition: string; color: string | null; attributes: Record<string, string>; inVivo: boolean }

/** Insert one code under a parent (null for a top-level category), refusing a sibling of the same name. */
export async function insertCode(ctx: CommandContext, parentId: string | null, c: NewCode): Promise<CodeRecord> {
  const projectId = projectOf(ctx);
  const name = cleanName(c.name, 'code name');
  await ensureFreeName(ctx, parentId, name);
  const definition = cleanDefinition(c.definition);
  const position = ((await ctx.tx.max('code', 'position', { projectId, parentId })) ?? -1) + 1;
  const code: CodeRecord = {
    id: ctx.newId(), projectId, parentId, name, definition, color: c.color ? cleanColor(c.color) : null,
    inVivo: c.inVivo ? 1 : 0, attributes: JSON.stringify(c.attributes), position, createdBy: ctx.actorId, createdAt: ctx.now,
  };
  await ctx.tx.insert('code', [code]);
  ctx.patch.created('code', [code]);
  return code;
}

async function ensureFreeName(ctx: CommandContext, parentId: string | null, name: string): Promise<void> {
  const clash = await ctx.tx.count('code', { projectId: projectOf(ctx), parentId, name });
  if (clash > 0) throw new UserError(`A code named ${quoteName(name)} already exists there; choose another name or merge the codes.`);
}

function cleanDefinition(raw: string): string {
  const d = raw.normalize('NFC').trim();
  if (d.length > MAX_DEFINITION) throw new UserError(`The definition has ${d.length} characters; use at most ${MAX_DEFINITION} or write a memo.`);
  return d;
}

async function change(ctx: CommandContext, code: CodeRecord, fields: Partial<CodeRecord>, expected?: number | null): Promise<CodeRecord> {
  checkVersion(code, expected, `The code ${quoteName(code.name)}`);
  return changeVersioned(ctx, 'code', code, fields, `The code ${quoteName(code.name)}`);
}

export const renameCode = defineCommand({
  name: 'code.rename',
  schema: z.object({ code: z.string(), name: z.string(), version: expectedVersion }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<CodeRecord> {
    const code = await codeByPath(ctx.tx, projectOf(ctx), p.code);
    const name = cleanName(p.name, 'code name');
    checkVersion(code, p.version, `The code ${quoteName(code.name)}`);
    if (name === code.name) return code;
    await ensureFreeName(ctx, code.parentId, name);
    return change(ctx, code, { name }, p.version);
  },
});

export const recolorCode = defineCommand({
  name: 'code.recolor',
  schema: z.object({ code: z.string(), color: z.string().nullable(), version: expectedVersion }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<CodeRecord> {
    const code = await codeByPath(ctx.tx, projectOf(ctx), p.code);
    return change(ctx, code, { color: p.color === null ? null : cleanColor(p.color) }, p.version);
  },
});

export const defineCode = defineCommand({
  name: 'code.define',
  schema: z.object({ code: z.string(), definition: z.string().max(MAX_TEXT), version: expectedVersion }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<CodeRecord> {
    const code = await codeByPath(ctx.tx, projectOf(ctx), p.code);
    return change(ctx, code, { definition: cleanDefinition(p.definition) }, p.version);
  },
});

export const moveCode = defineCommand({
  name: 'code.move',
  schema: z.object({ code: z.string(), parent: z.string().nullable() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<CodeRecord> {
    const projectId = projectOf(ctx);
    const code = await codeByPath(ctx.tx, projectId, p.code);
    const parent = p.parent === null ? null : await codeByPath(ctx.tx, projectId, p.parent);
    if (parent && (await subtree(ctx.tx, code)).some((c) => c.id === parent.id)) {
      throw new UserError(`Cannot move ${quoteName(p.code)} inside itself; choose a parent outside it.`);
    }
    const parentId = parent?.id ?? null;
    if (parentId === code.parentId) return code;
    await ensureFreeName(ctx, parentId, code.name);
    const position = ((await ctx.tx.max('code', 'position', { projectId, parentId })) ?? -1) + 1;
    return change(ctx, code, { parentId, position });
  },
});

/** Does a path name an existing code? (Used by template application to skip what exists.) */
export async function codeExists(ctx: CommandContext, path: readonly string[] | string): Promise<CodeRecord | undefined> {
  return findCodeByPath(ctx.tx, projectOf(ctx), typeof path === 'string' ? parsePath(path) : path);
}
