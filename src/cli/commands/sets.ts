/** `sparks set list`: the sets a project holds (groups of codes, documents and memos, brought in from other programs). */
import type { Command as Cli } from 'commander';
import { listSets } from '../../store/queries/sets.js';
import { action } from '../context.js';

const KIND = { code: 'codes', document: 'documents', memo: 'memos' } as const;

export function registerSets(program: Cli): void {
  const set = program.command('set').description('sets: groups of codes, documents or memos, as other programs keep them');
  set.command('list <project>').description('the sets of a project and what each holds').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const sets = await listSets(ctx.store, await ctx.projectId(project));
      ctx.print(sets, () => sets.length === 0 ? 'No sets: sets come with projects and codebooks imported from other programs.' : sets.flatMap((s) => [
        `${s.name}${s.description ? ` — ${s.description}` : ''}`,
        ...(['code', 'document', 'memo'] as const).flatMap((k) => {
          const names = s.members.filter((m) => m.type === k).map((m) => m.name);
          return names.length ? [`  ${KIND[k]}: ${names.join('; ')}`] : [];
        }),
        ...(s.members.length ? [] : ['  (empty)']),
      ]));
    }));
}
