/** `sparks code …`: the code tree and applying codes to text. */
import type { Command as Cli } from 'commander';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError } from '../../core/errors.js';
import { findQuote } from '../../core/quote.js';
import { codeIdByPath, listCodes } from '../../store/queries/codes.js';
import { documentText } from '../../store/queries/documents.js';
import { codingOn } from '../../store/queries/segments.js';
import { action, type CliContext } from '../context.js';
import { usage } from '../errors.js';

interface ApplyOptions { doc: string; start?: string; end?: string; text?: string; code: string; coder?: string }

function integer(value: string | undefined, flag: string): number {
  if (value === undefined || !/^\d+$/.test(value)) throw usage(`${flag} must be a whole number of characters from the start of the document.`);
  return Number(value);
}

async function applyCode(ctx: CliContext, project: string, o: ApplyOptions): Promise<void> {
  if ((o.text === undefined) === (o.start === undefined && o.end === undefined)) {
    throw usage('Say what to code with either --text "exact words" or --start N --end M.');
  }
  let start: number;
  let end: number;
  if (o.text !== undefined) {
    const text = await documentText(ctx.store, await ctx.projectId(project), o.doc);
    ({ start, end } = findQuote(text, o.text, o.doc));
  } else {
    start = integer(o.start, '--start');
    end = integer(o.end, '--end');
  }
  const r = await ctx.run(COMMANDS.applyCode, { document: o.doc, start, end, code: o.code, coder: o.coder ?? null }, project);
  ctx.print(
    { segment: r.segment.id, coding: r.coding.id, doc: r.document, start: r.segment.start, end: r.segment.end, text: r.segment.exact, code: r.code, coder: r.coder },
    () => `Coded ${r.document} ${r.segment.start}–${r.segment.end} with ${r.code} (coder ${r.coder}).`,
  );
}

export function registerCodes(program: Cli): void {
  const code = program.command('code').description('the code tree (categories and codes) and coding');
  code.command('create <project> <name>').description('create a code, under --parent for a property of a category')
    .option('--parent <path>', 'parent code path, e.g. "Triggers of moments of meeting"')
    .option('--definition <text>', 'what the code means').option('--color <#RRGGBB>', 'display colour').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, name: string, o: { parent?: string; definition?: string; color?: string }) => {
      const c = await ctx.run(COMMANDS.createCode, { name, parent: o.parent ?? null, definition: o.definition ?? null, color: o.color ?? null }, project);
      ctx.print(c, () => `Created code ${o.parent ? `${o.parent}/` : ''}${c.name}.`);
    }));
  code.command('list <project>').description('list every code with its path and number of codings').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const rows = await listCodes(ctx.store, await ctx.projectId(project));
      ctx.print(rows, () => rows.length === 0 ? 'No codes yet: create one, or apply the template with `sparks template apply PROJECT mom`.'
        : rows.map((r) => `${'  '.repeat(r.depth)}${r.name}  (${r.codingsWithChildren})`));
    }));
  code.command('apply <project>').description('code a span of a document')
    .requiredOption('--doc <name>', 'document name').option('--start <n>', 'first character (from 0)').option('--end <m>', 'character after the last')
    .option('--text <exact>', 'the exact words to code (must occur once)').requiredOption('--code <path>', 'code path, Category/Code')
    .option('--coder <user>', 'whose coding this is (default: the acting user)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: ApplyOptions) => applyCode(ctx, project, o)));
  code.command('unapply <project>').description('remove a coding from a segment (segment ids: `sparks segments`)')
    .requiredOption('--segment <id>', 'segment id').requiredOption('--code <path>', 'code path').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: { segment: string; code: string }) => {
      const projectId = await ctx.projectId(project);
      const codeId = await codeIdByPath(ctx.store, projectId, o.code);
      const target = await codingOn(ctx.store, projectId, o.segment, codeId);
      if (!target) throw new UserError(`Segment ${o.segment} has no coding with ${o.code}; list segments with \`sparks segments\`.`);
      const removed = await ctx.run(COMMANDS.removeCoding, { coding: target }, project);
      ctx.print(removed, () => `Removed ${o.code} from segment ${o.segment}.`);
    }));
  code.command('rename <project> <path> <name>').description('rename a code').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, path: string, name: string) => {
      const c = await ctx.run(COMMANDS.renameCode, { code: path, name }, project);
      ctx.print(c, () => `Renamed ${path} to ${c.name}.`);
    }));
  code.command('move <project> <path>').description('move a code under another parent (or to the top with --top)')
    .option('--parent <path>', 'new parent').option('--top', 'make it a top-level category').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, path: string, o: { parent?: string; top?: boolean }) => {
      if (!o.parent === !o.top) throw usage('Give either --parent PATH or --top.');
      const c = await ctx.run(COMMANDS.moveCode, { code: path, parent: o.parent ?? null }, project);
      ctx.print(c, () => `Moved ${c.name} ${o.parent ? `under ${o.parent}` : 'to the top level'}.`);
    }));
  code.command('merge <project> <from> <into>').description('merge one code into another, moving its codings').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, from: string, into: string) => {
      const r = await ctx.run(COMMANDS.mergeCodes, { from, into }, project);
      ctx.print(r, () => `Merged ${from} into ${into}: ${r.moved} codings moved, ${r.duplicates} duplicates dropped.`);
    }));
  code.command('delete <project> <path>').description('delete a code, its sub-codes and their codings (undo restores them)')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, path: string) => {
      const r = await ctx.run(COMMANDS.deleteCode, { code: path }, project);
      const relations = r.relations ? ` and ${r.relations} ${r.relations === 1 ? 'relation' : 'relations'} it took part in` : '';
      ctx.print(r, () => `Deleted ${path}: ${r.codes} codes and ${r.codings} codings${relations} (\`sparks undo\` brings them back).`);
    }));
  code.command('recolor <project> <path> <color>').description('set a code colour (#RRGGBB)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, path: string, color: string) => {
      const c = await ctx.run(COMMANDS.recolorCode, { code: path, color }, project);
      ctx.print(c, () => `${path} is now ${c.color}.`);
    }));
  code.command('define <project> <path> <definition>').description('set a code definition').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, path: string, definition: string) => {
      const c = await ctx.run(COMMANDS.defineCode, { code: path, definition }, project);
      ctx.print(c, () => `Updated the definition of ${path}.`);
    }));
}
