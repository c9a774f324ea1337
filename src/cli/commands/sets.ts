/** `sparks set …`: sets, groups of codes, documents and memos: list, create, rename, describe, fill, empty and delete them. */
import type { Command as Cli } from 'commander';
import { COMMANDS } from '../../core/commands/index.js';
import type { SetMemberRef } from '../../core/commands/sets.js';
import { quoteName } from '../../core/errors.js';
import { listSets } from '../../store/queries/sets.js';
import { action } from '../context.js';
import { MEMBER_OPTIONS, describeMembers, memberRefs, someMembers, type MemberOptions } from './set-members.js';

const KIND = { code: 'codes', document: 'documents', memo: 'memos' } as const;

/** How many of the named members (counted once each) the command left alone. */
const untouched = (refs: readonly SetMemberRef[], changed: number): number => new Set(refs.map((r) => r.id)).size - changed;

export function registerSets(program: Cli): void {
  const set = program.command('set').description('sets: named groups of codes, documents or memos');
  set.command('list <project>').description('the sets of a project and what each holds').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const sets = await listSets(ctx.store, await ctx.projectId(project));
      ctx.print(sets, () => sets.length === 0 ? 'No sets yet: make one with `sparks set create PROJECT NAME --codes "A; B"`.' : sets.flatMap((s) => [
        `${s.name}${s.description ? ` — ${s.description}` : ''}`,
        ...(['code', 'document', 'memo'] as const).flatMap((k) => {
          const names = s.members.filter((m) => m.type === k).map((m) => m.name);
          return names.length ? [`  ${KIND[k]}: ${names.join('; ')}`] : [];
        }),
        ...(s.members.length ? [] : ['  (empty)']),
      ]));
    }));

  const create = set.command('create <project> <name>').description('make a set, with members from the start if given')
    .option('--description <text>', 'what the set groups and why');
  for (const [flag, help] of MEMBER_OPTIONS) create.option(flag, help);
  create.option('--json', 'print JSON')
    .action(action(async (ctx, project: string, name: string, o: MemberOptions & { description?: string }) => {
      const members = await memberRefs(ctx.store, await ctx.projectId(project), o);
      const r = await ctx.run(COMMANDS.createSet, { name, description: o.description ?? null, members }, project);
      ctx.print(r, () => `Created the set ${quoteName(r.set.name)}${r.members.length ? ` with ${describeMembers(r.members)}` : ' (empty)'}.`);
    }));

  set.command('rename <project> <set> <name>').description('rename a set (named by its name or id)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, name: string) => {
      const r = await ctx.run(COMMANDS.editSet, { set: ref, name }, project);
      ctx.print(r, () => r.name === ref ? `The set is already named ${quoteName(r.name)}.` : `Renamed the set ${quoteName(ref)} to ${quoteName(r.name)}.`);
    }));

  set.command('describe <project> <set> <text>').description('set the description of a set ("" removes it)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, text: string) => {
      const r = await ctx.run(COMMANDS.editSet, { set: ref, description: text }, project);
      ctx.print(r, () => r.description ? `Updated the description of the set ${quoteName(r.name)}.` : `The set ${quoteName(r.name)} has no description now.`);
    }));

  set.command('delete <project> <set>').description('delete a set; its codes, documents and memos stay (undo restores the set)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string) => {
      const r = await ctx.run(COMMANDS.deleteSet, { set: ref }, project);
      const kept = r.members.length ? `; its ${describeMembers(r.members)} stay in the project` : '';
      ctx.print(r, () => `Deleted the set ${quoteName(r.set.name)}${kept} (\`sparks undo\` brings the set back).`);
    }));

  const add = set.command('add <project> <set>').description('put codes, documents or memos in a set (those already in it stay as they are)');
  for (const [flag, help] of MEMBER_OPTIONS) add.option(flag, help);
  add.option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, o: MemberOptions) => {
      const refs = await someMembers(ctx.store, await ctx.projectId(project), o);
      const r = await ctx.run(COMMANDS.addToSet, { set: ref, members: refs }, project);
      const already = untouched(refs, r.members.length);
      ctx.print(r, () => `Added ${describeMembers(r.members)} to the set ${quoteName(r.set.name)}${already ? `; ${already} ${already === 1 ? 'was' : 'were'} in it already` : ''}.`);
    }));

  const remove = set.command('remove <project> <set>').description('take codes, documents or memos out of a set (they stay in the project)');
  for (const [flag, help] of MEMBER_OPTIONS) remove.option(flag, help);
  remove.option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, o: MemberOptions) => {
      const refs = await someMembers(ctx.store, await ctx.projectId(project), o);
      const r = await ctx.run(COMMANDS.removeFromSet, { set: ref, members: refs }, project);
      const absent = untouched(refs, r.members.length);
      ctx.print(r, () => `Took ${describeMembers(r.members)} out of the set ${quoteName(r.set.name)}${absent ? `; ${absent} ${absent === 1 ? 'was' : 'were'} not in it` : ''}.`);
    }));
}
