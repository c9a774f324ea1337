/** Sets of codes, documents and memos as Sparks sets, members the file does not define left out with a warning. */
import type { ObjectSetMemberRecord, ObjectSetRecord } from '../records.js';
import { idOf, uniqueName, warnMany, type ImportState } from './state.js';

export async function importSets(s: ImportState): Promise<void> {
  const { ctx } = s;
  const taken = new Set<string>();
  const sets: ObjectSetRecord[] = [];
  const members: ObjectSetMemberRecord[] = [];
  let missing = 0;
  for (const set of s.refi.sets) {
    const row: ObjectSetRecord = { id: ctx.newId(), projectId: s.projectId, name: uniqueName(taken, set.name.trim().slice(0, 200) || 'Set'), description: set.description.trim(), createdAt: ctx.now };
    sets.push(row);
    const seen = new Set<string>();
    const add = (guids: readonly string[], kind: 'code' | 'document' | 'memo'): void => {
      for (const g of guids) {
        const id = idOf(s, g, kind);
        if (!id) missing++;
        else if (!seen.has(id)) {
          seen.add(id);
          members.push({ id: ctx.newId(), setId: row.id, targetType: kind, targetId: id });
        }
      }
    };
    add(set.codes, 'code');
    add(set.sources, 'document');
    add(set.notes ?? [], 'memo');
  }
  if (sets.length) await ctx.tx.insert('object_set', sets);
  if (members.length) await ctx.tx.insert('object_set_member', members);
  s.counts.sets = sets.length;
  warnMany(s, missing, ['1 set member was something the file does not define (or Sparks does not keep) and was left out', '{n} set members were things the file does not define (or Sparks does not keep) and were left out']);
}
