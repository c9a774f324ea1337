/**
 * What an import of a REFI-QDA project keeps while it writes: the new project, the id each GUID of
 * the file became (ids are always fresh, so a file imported twice gives two independent
 * projects), and the warnings for whatever could not come across.
 */
import type { CommandContext } from '../commands/command.js';
import type { RefiProject } from '../refi.js';

export type Imported = 'user' | 'code' | 'document' | 'case' | 'segment' | 'memo' | 'relation' | 'model';

export interface ImportCounts {
  coders: number; codes: number; documents: number; segments: number; codings: number; memos: number;
  cases: number; attributes: number; relations: number; models: number; sets: number;
}

export interface ImportState {
  ctx: CommandContext & { projectId: string };
  projectId: string;
  refi: RefiProject;
  /** A GUID of the file (lower case, no braces) → what it became. */
  ids: Map<string, { kind: Imported; id: string }>;
  warnings: string[];
  counts: ImportCounts;
}

export function idOf(s: ImportState, guid: string | null | undefined, kind?: Imported): string | null {
  const hit = guid ? s.ids.get(guid) : undefined;
  return hit && (!kind || hit.kind === kind) ? hit.id : null;
}

/** `name`, or `name (2)`, `name (3)`… when it is taken; the result is taken from then on. */
export function uniqueName(taken: Set<string>, name: string): string {
  let out = name;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${name} (${n})`;
  taken.add(out.toLowerCase());
  return out;
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Warn once about `n` things of one kind, naming a few: `forms` is the sentence for one and for many ({n} is the number). */
export function warnMany(s: ImportState, n: number, forms: readonly [string, string], examples: string[] = []): void {
  if (n === 0) return;
  const some = examples.slice(0, 3).map((e) => `"${e}"`).join(', ');
  const what = (n === 1 ? forms[0] : forms[1]).replace('{n}', String(n));
  s.warnings.push(`${what}${some ? ` (${some}${examples.length > 3 ? ', …' : ''})` : ''}.`);
}
