/** The changes a coder makes to sets, each sent as a command with a one-line notice; every one is undone with Ctrl+Z. */
import { useMemo } from 'react';
import type { SetMemberType, SetView } from '../../../../src/contract/sets.js';
import { quoted } from '../../lib/code-tree.js';
import { useCommand } from '../../project.js';

/** A code, document or memo as a set holds it; the name is only for the notice. */
export interface MemberRef { type: SetMemberType; id: string; name: string }

export interface SetActions {
  create(name: string): Promise<boolean>;
  rename(set: SetView, name: string): Promise<boolean>;
  describe(set: SetView, description: string): Promise<boolean>;
  remove(set: SetView): Promise<boolean>;
  add(set: SetView, member: MemberRef): Promise<boolean>;
  take(set: SetView, member: MemberRef): Promise<boolean>;
}

export function useSetActions(): SetActions {
  const run = useCommand();
  return useMemo<SetActions>(() => {
    const done = (p: Promise<unknown>) => p.then((r) => r !== undefined);
    const one = (m: MemberRef) => [{ type: m.type, id: m.id }];
    return {
      create: (name) => done(run('set.create', { name }, `Created the set ${quoted(name.trim())}.`)),
      rename: (set, name) => done(run('set.edit', { set: set.id, name }, `Renamed the set ${quoted(set.name)} to ${quoted(name.trim())}.`)),
      describe: (set, description) => done(run('set.edit', { set: set.id, description }, `Saved the description of ${quoted(set.name)}.`)),
      remove: (set) => done(run('set.delete', { set: set.id }, `Deleted the set ${quoted(set.name)}; its members stay in the project. Ctrl+Z brings it back.`)),
      add: (set, m) => done(run('set.add', { set: set.id, members: one(m) }, `Added ${quoted(m.name)} to the set ${quoted(set.name)}.`)),
      take: (set, m) => done(run('set.remove', { set: set.id, members: one(m) }, `Took ${quoted(m.name)} out of the set ${quoted(set.name)}.`)),
    };
  }, [run]);
}
