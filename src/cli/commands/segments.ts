/** `sparks segments` and `sparks document list`: retrieving what was coded and what was imported. */
import type { Command as Cli } from 'commander';
import { segmentFilterQuery } from '../../contract/segments.js';
import { UserError } from '../../core/errors.js';
import { documentByName } from '../../store/queries/documents.js';
import { listDocuments } from '../../store/queries/listings.js';
import { listSegments, resolveSegmentFilter } from '../../store/queries/segments.js';
import { action } from '../context.js';

interface SegmentOptions { code: string[]; doc: string[]; coder: string[]; mode: string; caseAttr: string[] }

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerRetrieval(program: Cli): void {
  program.command('segments <project>')
    .description('list coded segments, optionally of codes (each with the codes below it), documents, coders or cases')
    .option('--code <path>', 'code path (repeat for several)', collect, [])
    .option('--mode <mode>', 'with several codes: any, all (on one segment) or overlap (overlapping text)', 'any')
    .option('--doc <name>', 'document name (repeat for several)', collect, [])
    .option('--coder <user>', 'coder name (repeat for several)', collect, [])
    .option('--case-attr <condition>', 'case attribute condition such as years>=10 or gender=mujer (repeat: all must hold)', collect, [])
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: SegmentOptions) => {
      const projectId = await ctx.projectId(project);
      const parsed = segmentFilterQuery.safeParse({ code: o.code, mode: o.mode, doc: o.doc, coder: o.coder, attr: o.caseAttr });
      if (!parsed.success) throw new UserError(`The segments options are wrong: ${parsed.error.issues[0]?.message ?? 'invalid input'}.`);
      const filter = await resolveSegmentFilter(ctx.store, projectId, parsed.data);
      const rows = await listSegments(ctx.store, projectId, filter);
      ctx.print(rows, () => rows.length === 0 ? 'No coded segments match.' : rows.flatMap((s) => [
        `${s.doc}${s.case ? ` (${s.case})` : ''} ${s.start}–${s.end}  [${s.codes.join('; ')}]  ${s.coder}`,
        `    “${s.text.length > 300 ? `${s.text.slice(0, 300)}…` : s.text}”`,
      ]));
    }));

  const doc = program.command('document').alias('documents').description('imported documents');
  doc.command('list <project>').description('list documents in interview order').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const rows = await listDocuments(ctx.store, await ctx.projectId(project));
      ctx.print(rows, () => rows.length === 0 ? 'No documents yet: import transcripts with `sparks import PROJECT FILE…`.'
        : rows.map((d) => `${d.sequence}. ${d.name}  ${d.kind}${d.case ? `, case ${d.case}` : ''}, ${d.length} characters, ${d.turns} turns, ${d.codings} codings`));
    }));
  doc.command('show <project> <name>').description('print a document\'s text')
    .action(action(async (ctx, project: string, name: string) => {
      const d = await documentByName(ctx.store, await ctx.projectId(project), name);
      process.stdout.write(`${d.text}\n`);
    }));
}
