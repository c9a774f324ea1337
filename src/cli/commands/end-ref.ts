/**
 * How the command line names the objects relations link and models show: a code by its path, or
 * with a prefix `code:PATH`, `memo:TITLE` (or id) or `segment:ID`.
 */
import type { EndRef } from '../../core/commands/relations.js';
import { codeByPath, memoByRef } from '../../core/resolve.js';
import { UserError } from '../../core/errors.js';
import { readTx } from '../../store/tx.js';
import type { Store } from '../../store/store.js';

export const END_HELP = 'a code path, or code:PATH, memo:TITLE or segment:ID';

const PREFIX = /^(code|memo|segment):(.*)$/s;

/** A code path unless it starts with one of the prefixes. */
export function parseEnd(raw: string): EndRef {
  const m = PREFIX.exec(raw);
  return m ? { type: m[1] as EndRef['type'], ref: m[2]! } : { type: 'code', ref: raw };
}

/** The id of the object an end names, found as the commands find it (same errors). */
export async function endTargetId(store: Store, projectId: string, end: EndRef): Promise<string> {
  const tx = readTx(store);
  switch (end.type) {
    case 'code': return (await codeByPath(tx, projectId, end.ref)).id;
    case 'memo': return (await memoByRef(tx, projectId, end.ref)).id;
    case 'segment': {
      const s = await tx.get('segment', end.ref);
      if (!s || s.projectId !== projectId) throw new UserError('That segment does not exist; list segments with `sparks segments`.');
      return s.id;
    }
  }
}
