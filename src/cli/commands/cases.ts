/** `sparks case …`: participants and their attributes. */
import type { Command as Cli } from 'commander';
import { parseAttributeAssignment } from '../../core/attributes.js';
import { COMMANDS } from '../../core/commands/index.js';
import { listCases } from '../../store/queries/listings.js';
import { action, collect } from '../context.js';
import { usage } from '../errors.js';

function parseAttrs(raw: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of raw) {
    const kv = parseAttributeAssignment(a);
    if (!kv) throw usage(`The attribute "${a}" must be written KEY=VALUE, for example --attr years=12.`);
    out[kv.key] = kv.value;
  }
  return out;
}

export function registerCases(program: Cli): void {
  const c = program.command('case').description('participants (cases) and their attributes');
  c.command('add <project> <label>').description('add a case, e.g. a participant T7')
    .option('--attr <key=value>', 'an attribute (repeatable)', collect, []).option('--json', 'print JSON')
    .action(action(async (ctx, project: string, label: string, opts: { attr: string[] }) => {
      const created = await ctx.run(COMMANDS.addCase, { label, attributes: parseAttrs(opts.attr) }, project);
      ctx.print(created, () => `Added case ${created.label}${opts.attr.length ? ` (${opts.attr.join(', ')})` : ''}.`);
    }));
  c.command('set <project> <label> <assignments...>').description('set attributes of a case: KEY=VALUE …').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, label: string, assignments: string[]) => {
      const attrs = parseAttrs(assignments);
      const set = [];
      for (const [key, value] of Object.entries(attrs)) set.push(await ctx.run(COMMANDS.setAttribute, { case: label, key, value }, project));
      ctx.print(set, () => `Set ${Object.keys(attrs).join(', ')} on ${label}.`);
    }));
  c.command('list <project>').description('list cases with their attributes').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const rows = await listCases(ctx.store, await ctx.projectId(project));
      ctx.print(rows, () => rows.map((r) => `${r.label}  ${Object.entries(r.attributes).map(([k, v]) => `${k}=${v}`).join(' ')}  (${r.documents} documents)`));
    }));
}
