/** The owner sets the coding phase and gives documents to coders. */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { PHASES, phaseOf, type Phase } from '../phases.js';
import type { AssignmentRecord } from '../records.js';
import { documentByName, projectById, userByName } from '../resolve.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';

export const setPhase = defineCommand({
  name: 'project.phase',
  schema: z.object({ phase: z.enum(PHASES) }),
  scope: 'project',
  role: 'owner',
  undoable: true,
  async run(ctx, p): Promise<{ phase: Phase; was: Phase }> {
    const project = await projectById(ctx.tx, projectOf(ctx));
    const settings = JSON.parse(project.settings) as Record<string, unknown>;
    const was = phaseOf(settings);
    if (was === p.phase) return { phase: p.phase, was };
    const next = JSON.stringify({ ...settings, phase: p.phase });
    await ctx.tx.update('project', project.id, { settings: next });
    ctx.patch.changed('project', project.id, { settings: project.settings }, { settings: next });
    return { phase: p.phase, was };
  },
});

const assignment = z.object({ documents: z.array(z.string()).min(1).max(10_000), coders: z.array(z.string()).min(1).max(100) });

/**
 * The documents and coders an assignment names, each checked: coders given documents must be
 * members who may code; any user may have documents taken back (a coder since made a viewer).
 */
async function resolveBoth(ctx: CommandContext, p: z.infer<typeof assignment>, giving: boolean) {
  const projectId = projectOf(ctx);
  const docs = [];
  for (const name of new Set(p.documents)) docs.push(await documentByName(ctx.tx, projectId, name));
  const coders = [];
  for (const name of new Set(p.coders)) {
    const user = await userByName(ctx.tx, name);
    const [m] = await ctx.tx.find('membership', { projectId, userId: user.id });
    if (giving && (!m || m.role === 'viewer')) {
      throw new UserError(`${user.name} ${m ? 'is a viewer' : 'is not a member'} of this project; make them a coder first (\`sparks member add PROJECT ${user.name} --role coder\`).`);
    }
    coders.push(user);
  }
  return { projectId, docs, coders };
}

export const assignDocuments = defineCommand({
  name: 'document.assign',
  schema: assignment,
  scope: 'project',
  role: 'owner',
  undoable: true,
  async run(ctx, p): Promise<{ added: number }> {
    const { projectId, docs, coders } = await resolveBoth(ctx, p, true);
    const existing = await ctx.tx.find('assignment', { documentId: docs.map((d) => d.id) });
    const have = new Set(existing.map((a) => `${a.documentId} ${a.userId}`));
    const rows: AssignmentRecord[] = [];
    for (const d of docs) {
      for (const c of coders) if (!have.has(`${d.id} ${c.id}`)) rows.push({ id: ctx.newId(), projectId, documentId: d.id, userId: c.id });
    }
    await ctx.tx.insert('assignment', rows);
    ctx.patch.created('assignment', rows);
    return { added: rows.length };
  },
});

export const unassignDocuments = defineCommand({
  name: 'document.unassign',
  schema: assignment,
  scope: 'project',
  role: 'owner',
  undoable: true,
  async run(ctx, p): Promise<{ removed: number }> {
    const { docs, coders } = await resolveBoth(ctx, p, false);
    const rows = await ctx.tx.find('assignment', { documentId: docs.map((d) => d.id), userId: coders.map((c) => c.id) });
    await ctx.tx.remove('assignment', rows.map((r) => r.id));
    ctx.patch.deleted('assignment', rows);
    return { removed: rows.length };
  },
});

/**
 * A document given to some coders is theirs to code; an owner may code any. Refuses, naming the
 * document, when `coderId` is not among them.
 */
export async function assertAssigned(ctx: CommandContext, document: { id: string; name: string }, coderId: string, team: boolean): Promise<void> {
  if (team) return;
  const rows = await ctx.tx.find('assignment', { documentId: document.id });
  if (rows.length === 0 || rows.some((r) => r.userId === coderId)) return;
  throw Object.assign(new UserError(`${quoteName(document.name)} is assigned to other coders; ask a project owner to assign it to you.`), { statusCode: 403 });
}
