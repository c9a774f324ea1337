/** `sparks model export`: a model as a self-contained SVG figure for a paper or a slide. */
import type { Command as Cli } from 'commander';
import { UserError, quoteName } from '../../core/errors.js';
import { modelSvg } from '../../formats/model/svg.js';
import { listModels, modelView } from '../../store/queries/models.js';
import { action, type CliContext } from '../context.js';
import { writeWhole } from '../write-file.js';
import { scopeOf, SCOPE_HELP, type ScopeOptions } from './scope.js';

interface ExportOptions extends ScopeOptions { svg: string }

/** The model named, or the project's only one. */
async function whichModel(ctx: CliContext, projectId: string, project: string, ref: string | undefined): Promise<string> {
  if (ref !== undefined) return ref;
  const models = await listModels(ctx.store, projectId);
  if (models.length === 1) return models[0]!.id;
  if (models.length === 0) throw new UserError(`${quoteName(project)} has no models yet; create one with \`sparks model create\`.`);
  const names = models.map((m) => quoteName(m.name)).join(', ');
  throw new UserError(`${quoteName(project)} has ${models.length} models (${names}); name the one to export, e.g. \`sparks model export ${project} ${quoteName(models[0]!.name)} --svg FILE\`.`);
}

export function registerModelExport(model: Cli): void {
  model.command('export <project> [model]').description('write a model as an SVG figure (MODEL may be left out when the project has one)')
    .requiredOption('--svg <file>', 'the SVG file to write')
    .option('--coder <user>', SCOPE_HELP.coder).option('--kind <kind>', SCOPE_HELP.kind, 'interview')
    .action(action(async (ctx, project: string, ref: string | undefined, o: ExportOptions) => {
      const projectId = await ctx.projectId(project);
      const scope = await scopeOf(ctx, projectId, o);
      const view = await modelView(ctx.store, projectId, await whichModel(ctx, projectId, project, ref), scope);
      const file = writeWhole(o.svg, await modelSvg(view, { title: view.model.name }), '--svg', 'model.svg');
      process.stdout.write(`The model "${view.model.name}" written to ${file}.\n`);
    }));
}
