/** `sparks model …`: named diagrams of codes (and memos, segments) and the relations between them. */
import type { Command as Cli } from 'commander';
import type { ModelNodeView, ModelView } from '../../contract/models.js';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError, quoteName } from '../../core/errors.js';
import { listModels, modelByRef, modelView } from '../../store/queries/models.js';
import { action, type CliContext } from '../context.js';
import { END_HELP, endTargetId, parseEnd } from './end-ref.js';
import { registerModelExport } from './model-export.js';
import { framesText, parseNodeRef, parsePair, registerModelFrames } from './model-frame.js';
import { arrow } from './relation.js';
import { scopeOf, SCOPE_HELP, type ScopeOptions } from './scope.js';

/** Diagram units between nodes placed in a row. */
const STEP = 220;

function parseAt(raw: string): { x: number; y: number } {
  const [x, y] = parsePair(raw, '--at');
  return { x, y };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function countsText(n: ModelNodeView): string {
  if (!n.counts) return n.type;
  return [plural(n.counts.codings, 'coding', 'codings'), plural(n.counts.cases, 'case', 'cases'), n.counts.label ?? ''].filter(Boolean).join(' · ');
}

function showText(v: ModelView): string[] {
  const nodes = v.nodes.filter((n) => n.type !== 'frame');
  return [
    `${v.model.name} — ${v.model.layout} layout, ${plural(nodes.length, 'node', 'nodes')}, ${plural(v.relations.length, 'relation', 'relations')}`,
    ...(v.model.description ? [v.model.description] : []),
    ...(nodes.length ? ['', 'Nodes:', ...nodes.map((n) => `  ${n.label}  (${n.x}, ${n.y})  ${countsText(n)}`)] : ['No nodes yet: place codes with `sparks model add PROJECT MODEL CODE…`.']),
    ...framesText(v),
    ...(v.relations.length ? ['', 'Relations:', ...v.relations.map((r) => `  ${arrow(r)}`)] : []),
  ];
}

/** Where new nodes go: from --at, else in a row after the right-most node already there. */
async function placements(ctx: CliContext, modelId: string, count: number, at: { x: number; y: number } | undefined): Promise<{ x: number; y: number }[]> {
  let start = at ?? { x: 0, y: 0 };
  if (!at) {
    const last = await ctx.store.adapter.db.selectFrom('model_node').select(['x', 'y']).where('modelId', '=', modelId)
      .orderBy('x', 'desc').orderBy('y').limit(1).executeTakeFirst();
    if (last) start = { x: Number(last.x) + STEP, y: Number(last.y) };
  }
  return Array.from({ length: count }, (_, i) => ({ x: start.x + i * STEP, y: start.y }));
}

export function registerModels(program: Cli): void {
  const model = program.command('model').description('models: diagrams of codes and their relations');
  model.command('create <project> <name>').description('create a model')
    .option('--paradigm', 'lay the nodes out by their paradigm roles (conditions → phenomenon → strategies → consequences)')
    .option('--description <text>', 'what the model shows').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, name: string, o: { paradigm?: boolean; description?: string }) => {
      const m = await ctx.run(COMMANDS.createModel, { name, description: o.description ?? null, layout: o.paradigm ? 'paradigm' : 'free' }, project);
      ctx.print(m, () => `Created the model "${m.name}"${o.paradigm ? ' (paradigm layout)' : ''}.`);
    }));
  model.command('list <project>').description('the models of a project').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const models = await listModels(ctx.store, await ctx.projectId(project));
      ctx.print(models, () => models.length === 0 ? 'No models yet: create one with `sparks model create PROJECT NAME`.'
        : models.map((m) => `${m.name}  (${m.layout}, ${plural(m.nodes, 'node', 'nodes')})`));
    }));
  model.command('show <project> <model>').description('a model\'s nodes, with codings, cases and frequency label, and the relations between them')
    .option('--coder <user>', SCOPE_HELP.coder).option('--kind <kind>', SCOPE_HELP.kind, 'interview').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, o: ScopeOptions) => {
      const projectId = await ctx.projectId(project);
      const v = await modelView(ctx.store, projectId, ref, await scopeOf(ctx, projectId, o));
      ctx.print(v, () => showText(v));
    }));
  model.command('add <project> <model> <refs...>').description(`place codes, memos or segments on a model, in a row after its nodes or from --at; each is ${END_HELP}`)
    .option('--at <x,y>', 'where to place the first (the others follow to its right); moves those already on the model').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, codes: string[], o: { at?: string }) => {
      const start = o.at === undefined ? undefined : parseAt(o.at);
      const projectId = await ctx.projectId(project);
      const m = await modelByRef(ctx.store, projectId, ref);
      const ends = codes.map(parseEnd);
      const ids = await Promise.all(ends.map((e) => endTargetId(ctx.store, projectId, e)));
      const placed = new Set((await ctx.store.adapter.db.selectFrom('model_node').select('targetId').where('modelId', '=', m.id).execute()).map((n) => n.targetId));
      // Without --at a node already on the model stays where it is; a code named twice is placed once.
      const wanted = ends.filter((_, i) => ids.indexOf(ids[i]!) === i && (o.at !== undefined || !placed.has(ids[i]!)));
      if (wanted.length === 0) throw new UserError(`${codes.length === 1 ? quoteName(codes[0]!) + ' is' : 'They are all'} on the model ${quoteName(m.name)} already; give --at X,Y to move ${codes.length === 1 ? 'it' : 'them'}.`);
      const at = await placements(ctx, m.id, wanted.length, start);
      const r = await ctx.run(COMMANDS.placeNodes, { model: m.id, nodes: wanted.map((e, i) => ({ ...e, ...at[i]! })) }, project);
      const done = [r.added.length ? `placed ${plural(r.added.length, 'node', 'nodes')}` : '', r.moved ? `moved ${plural(r.moved, 'node', 'nodes')}` : ''].filter(Boolean).join(' and ');
      ctx.print(r, () => done ? `${done[0]!.toUpperCase()}${done.slice(1)} on ${quoteName(m.name)}.` : `Nothing changed: those nodes are at ${start!.x},${start!.y} already.`);
    }));
  model.command('remove <project> <model> <refs...>').description(`take nodes off a model (their relations stay); each is ${END_HELP}, or frame:TITLE`)
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, codes: string[]) => {
      const r = await ctx.run(COMMANDS.removeNodes, { model: ref, nodes: codes.map(parseNodeRef) }, project);
      ctx.print(r, () => `Took ${plural(r.removed, 'node', 'nodes')} off the model; their relations stay in the project.`);
    }));
  model.command('delete <project> <model>').description('delete a model (its relations stay; undo restores it)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string) => {
      const r = await ctx.run(COMMANDS.deleteModel, { model: ref }, project);
      const frames = r.frames ? ` and ${plural(r.frames, 'frame', 'frames')}` : '';
      ctx.print(r, () => `Deleted the model "${r.model.name}" and its ${plural(r.nodes, 'node', 'nodes')}${frames}; the relations stay (\`sparks undo\` brings it back).`);
    }));
  registerModelFrames(model);
  registerModelExport(model);
}
