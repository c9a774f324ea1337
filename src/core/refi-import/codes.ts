/** The code tree, with colours and descriptions; names are kept, made unique among siblings where they clash. */
import { cleanName } from '../names.js';
import type { CodeRecord } from '../records.js';
import type { RefiCode } from '../refi.js';
import { uniqueName, warnMany, type ImportState } from './state.js';

export async function importCodes(s: ImportState): Promise<void> {
  const rows: CodeRecord[] = [];
  const renamed: string[] = [];
  let grouping = 0;
  const walk = (codes: RefiCode[], parentId: string | null): void => {
    const taken = new Set<string>();
    codes.forEach((c, position) => {
      const clean = cleanName(c.name.trim() || 'Unnamed code', 'code name');
      const name = uniqueName(taken, clean);
      if (name !== clean) renamed.push(clean);
      if (!c.codable) grouping++;
      const row: CodeRecord = {
        id: s.ctx.newId(), projectId: s.projectId, parentId, name, definition: c.description.normalize('NFC').trim(), color: c.color && /^#[0-9a-fA-F]{6}$/.test(c.color) ? c.color.toUpperCase() : null,
        inVivo: 0, attributes: '{}', position, createdBy: s.ctx.actorId, createdAt: s.ctx.now, version: 1,
      };
      rows.push(row);
      s.ids.set(c.guid, { kind: 'code', id: row.id });
      walk(c.children, row.id);
    });
  };
  walk(s.refi.codes, null);
  if (rows.length) await s.ctx.tx.insert('code', rows);
  s.counts.codes = rows.length;
  warnMany(s, renamed.length, ['1 code shared a name with a sibling and was numbered to tell them apart', '{n} codes shared a name with a sibling and were numbered to tell them apart'], renamed);
  warnMany(s, grouping, ['1 code was marked as not for coding (grouping only); in Sparks every code can be applied', '{n} codes were marked as not for coding (grouping only); in Sparks every code can be applied']);
}
