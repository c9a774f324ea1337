/** `sparks relation …`: typed links between codes (or memos, segments) for axial coding, and their types. */
import type { Command as Cli } from 'commander';
import type { RelationTypeView, RelationView } from '../../contract/models.js';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError } from '../../core/errors.js';
import { PARADIGM_ROLES, type ParadigmRole } from '../../core/relation-types.js';
import { relationsCsv, relationsMarkdown } from '../../formats/report/relations-table.js';
import { relationsOf, relationTypesOf } from '../../store/queries/relations.js';
import { action, type CliContext } from '../context.js';
import { usage } from '../errors.js';
import { END_HELP, parseEnd } from './end-ref.js';

/**
 * How many characters of an id `relation list` shows, and `relation delete` accepts at least: the
 * last ones, since ids (version 7 UUIDs) begin with the time they were made and differ at the end.
 */
const SHORT_ID = 8;
const shortId = (id: string): string => id.slice(-SHORT_ID);
const MAX_EVIDENCE = 500;

/** "Source —type→ Target"; a symmetric type reads both ways. */
export const arrow = (r: Pick<RelationView, 'source' | 'target' | 'type' | 'symmetric'>): string =>
  `${r.source.label} —${r.type}${r.symmetric ? '—' : '→'} ${r.target.label}`;

const oneLine = (text: string, max = 60): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

function relationLine(r: RelationView): string {
  const extra = [
    r.evidence.length ? `${r.evidence.length} ${r.evidence.length === 1 ? 'segment' : 'segments'}` : '',
    r.memo ? `“${oneLine(r.memo)}”` : '',
  ].filter(Boolean);
  return `${shortId(r.id)}  ${arrow(r)}${extra.length ? `  · ${extra.join(' · ')}` : ''}`;
}

function typeLine(t: RelationTypeView): string {
  const traits = [t.label !== t.name ? `label "${t.label}"` : '', t.symmetric ? 'symmetric' : '', t.paradigm ? `paradigm: ${t.paradigm}` : ''].filter(Boolean);
  return `${t.name}${traits.length ? `  (${traits.join(', ')})` : ''}  — ${t.uses} ${t.uses === 1 ? 'relation' : 'relations'}`;
}

function evidenceIds(raw: string | undefined): string[] {
  const ids = (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (ids.length > MAX_EVIDENCE) throw usage(`--evidence takes at most ${MAX_EVIDENCE} segment ids; cite the rest with a second relation or a memo.`);
  return ids;
}

/** A relation by its full id or by the last characters `relation list` shows. */
async function relationNamed(ctx: CliContext, projectId: string, ref: string): Promise<RelationView> {
  const { relations } = await relationsOf(ctx.store, projectId);
  const id = ref.trim().toLowerCase();
  const found = relations.filter((r) => r.id === id || (id.length >= SHORT_ID && r.id.endsWith(id)));
  if (found.length === 1) return found[0]!;
  if (found.length > 1) throw new UserError(`${found.length} relations have ids ending in ${ref}; give more of the id (\`sparks relation list --json\` shows them whole).`);
  throw new UserError(`There is no relation ${ref} in this project; list relations with \`sparks relation list\`.`);
}

export function registerRelations(program: Cli): void {
  const relation = program.command('relation').description('relations between codes, memos and segments (axial coding)');
  relation.command('add <project> <from> <type> <to>').description(`link two things with a relation type; FROM and TO are each ${END_HELP}`)
    .option('--memo <text>', 'why the relation holds').option('--evidence <ids>', 'segment ids cited as evidence, comma-separated (`sparks segments`)')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, from: string, type: string, to: string, o: { memo?: string; evidence?: string }) => {
      const r = await ctx.run(COMMANDS.addRelation, { from: parseEnd(from), type, to: parseEnd(to), memo: o.memo ?? null, evidence: evidenceIds(o.evidence) }, project);
      const cited = r.evidence.length ? `, citing ${r.evidence.length} ${r.evidence.length === 1 ? 'segment' : 'segments'}` : '';
      const view = ctx.json ? undefined : (await relationsOf(ctx.store, r.projectId)).relations.find((x) => x.id === r.id);
      ctx.print(r, () => `Added the relation ${view ? arrow(view) : `${from} —${type}→ ${to}`}${cited} (id ${shortId(r.id)}).`);
    }));
  relation.command('list <project>').description('every relation: "Source —type→ Target", or a table for a methods appendix with --csv or --md')
    .option('--csv', 'print the relations table as CSV').option('--md', 'print the relations table as Markdown')
    .option('--quotes', 'in --csv and --md, quote the evidence instead of counting it').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: { csv?: boolean; md?: boolean; quotes?: boolean; json?: boolean }) => {
      if ([o.csv, o.md, o.json].filter(Boolean).length > 1) throw usage('Give one of --csv, --md or --json.');
      const { relations } = await relationsOf(ctx.store, await ctx.projectId(project));
      const evidence = o.quotes ? 'quotes' : 'count';
      if (o.csv) return void process.stdout.write(relationsCsv(relations, { evidence }));
      if (o.md) return void process.stdout.write(relationsMarkdown(relations, { evidence, title: `Relations of ${project}` }));
      ctx.print(relations, () => relations.length === 0
        ? 'No relations yet: link two codes with `sparks relation add PROJECT FROM TYPE TO`.'
        : relations.map(relationLine));
    }));
  relation.command('delete <project> <id>').description('delete a relation (by id, or the 8 characters `relation list` shows); undo restores it')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string) => {
      const r = await relationNamed(ctx, await ctx.projectId(project), ref);
      const deleted = await ctx.run(COMMANDS.deleteRelation, { relation: r.id }, project);
      ctx.print(deleted, () => `Deleted the relation ${arrow(r)} (\`sparks undo\` brings it back).`);
    }));
  relation.command('types <project>').description('the relation types of a project, with how many relations use each').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const types = await relationTypesOf(ctx.store, await ctx.projectId(project));
      ctx.print(types, () => types.length === 0 ? 'No relation types: add one with `sparks relation type add PROJECT NAME`.' : types.map(typeLine));
    }));
  const type = relation.command('type').description('the library of relation types');
  type.command('add <project> <name>').description('add a relation type')
    .option('--label <label>', 'the short form drawn on arrows (default: the name)').option('--symmetric', 'the relation reads the same both ways')
    .option('--paradigm <role>', `the source's role in the paradigm model: ${PARADIGM_ROLES.join(', ')}`).option('--json', 'print JSON')
    .action(action(async (ctx, project: string, name: string, o: { label?: string; symmetric?: boolean; paradigm?: string }) => {
      if (o.paradigm !== undefined && !(PARADIGM_ROLES as readonly string[]).includes(o.paradigm)) throw usage(`--paradigm must be one of ${PARADIGM_ROLES.join(', ')}.`);
      if (o.label !== undefined && o.label.trim().length > 80) throw usage(`--label has ${o.label.trim().length} characters; use at most 80.`);
      const t = await ctx.run(COMMANDS.addRelationType, { name, label: o.label ?? null, symmetric: !!o.symmetric, paradigm: (o.paradigm as ParadigmRole | undefined) ?? null }, project);
      ctx.print(t, () => `Added the relation type "${t.name}"${t.symmetric ? ' (symmetric)' : ''}${t.paradigm ? ` for the paradigm role ${t.paradigm}` : ''}.`);
    }));
}
