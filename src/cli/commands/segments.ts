/** `sparks segments` and `sparks document list`: retrieving what was coded and what was imported. */
import type { Command as Cli } from 'commander';
import { codeIdByPath, codeSubtreeIds } from '../../store/queries/codes.js';
import { documentByName } from '../../store/queries/documents.js';
import { listDocuments } from '../../store/queries/listings.js';
import { userNamed } from '../../store/queries/projects.js';
import { listSegments, type SegmentFilter } from '../../store/queries/segments.js';
import { action } from '../context.js';

interface SegmentOptions { code?: string; doc?: string; coder?: string }

export function registerRetrieval(program: Cli): void {
  program.command('segments <project>').description('list coded segments, optionally of one code (and the codes below it), document or coder')
    .option('--code <path>', 'code path').option('--doc <name>', 'document name').option('--coder <user>', 'coder name')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: SegmentOptions) => {
      const projectId = await ctx.projectId(project);
      const filter: SegmentFilter = {};
      if (o.code) filter.codeIds = await codeSubtreeIds(ctx.store, projectId, await codeIdByPath(ctx.store, projectId, o.code));
      if (o.doc) filter.documentId = (await documentByName(ctx.store, projectId, o.doc)).id;
      if (o.coder) filter.coderId = (await userNamed(ctx.store, o.coder)).id;
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
