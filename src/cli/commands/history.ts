/** `sparks undo`, `sparks redo`, `sparks log` and `sparks template …`. */
import type { Command as Cli } from 'commander';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError } from '../../core/errors.js';
import { listEvents } from '../../store/queries/events.js';
import { TEMPLATES, getTemplate } from '../../templates/index.js';
import { action } from '../context.js';

export function registerHistory(program: Cli): void {
  program.command('undo <project>').description('revert your last command in a project (itself logged)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const r = await ctx.run(COMMANDS.undo, {}, project);
      ctx.print(r, () => `Undid ${r.command} (event ${r.undid}, ${r.at}).`);
    }));
  program.command('redo <project>').description('redo what your last undo reverted (itself logged)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const r = await ctx.run(COMMANDS.redo, {}, project);
      ctx.print(r, () => `Redid what undo event ${r.redid} reverted.`);
    }));
  program.command('log <project>').description('list the project\'s events, oldest first')
    .option('--limit <n>', 'only the last n events').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: { limit?: string }) => {
      const rows = await listEvents(ctx.store, await ctx.projectId(project), o.limit ? { limit: Number(o.limit) } : {});
      ctx.print(rows, () => rows.map((e) => `${e.seq}  ${e.at}  ${e.actor}  ${e.command}${e.undone ? '  (undone)' : ''}${e.undoes ? `  (reverts ${e.undoes})` : ''}`));
    }));

  const template = program.command('template').description('ready-made study templates');
  template.command('list').description('list the templates').option('--json', 'print JSON')
    .action(action(async (ctx) => {
      const rows = Object.values(TEMPLATES).map((t) => ({ id: t.id, name: t.name, description: t.description }));
      ctx.print(rows, () => rows.map((t) => `${t.id}  ${t.name}`));
    }));
  template.command('apply <project> <template>').description('add a template\'s codebook and memos (what exists is kept)')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, id: string) => {
      const t = getTemplate(id);
      if (!t) throw new UserError(`There is no template "${id}"; the templates are: ${Object.keys(TEMPLATES).join(', ')}.`);
      const r = await ctx.run(COMMANDS.applyTemplate, { template: t }, project);
      const added = [
        `${r.codesAdded} codes`, `${r.memosAdded} memos`,
        ...(r.relationsAdded ? [`${r.relationsAdded} ${r.relationsAdded === 1 ? 'relation' : 'relations'}`] : []),
        ...(r.modelsAdded ? [`${r.modelsAdded} ${r.modelsAdded === 1 ? 'model' : 'models'}`] : []),
      ];
      const kept = r.codesKept + r.memosKept + r.relationsKept + r.modelsKept;
      ctx.print(r, () => `Applied ${t.name}: ${added.slice(0, -1).join(', ')} and ${added.at(-1)} added, ${kept} already there.`);
    }));
}
