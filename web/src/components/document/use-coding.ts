/** The coding actions of the document view, sent as commands; each ends with one notice. */
import { useCallback, useMemo } from 'react';
import type { CodeListing } from '../../api.js';
import { fold, inVivoName, type CreateTarget } from '../../lib/picker-filter.js';
import { recentCodes, rememberCode } from '../../lib/recent-codes.js';
import type { TextRange } from '../../lib/selection.js';
import { useCommand, useProject } from '../../project.js';

/** What the picker chose: an existing code, or a code to create first. */
export type Choice = { code: Pick<CodeListing, 'id' | 'path'> } | { create: CreateTarget; inVivo?: boolean };


export interface CodingActions {
  /** The codes this user applied last, newest first. */
  recent(): string[];
  /** Codes a range with the choice (creating the code first when asked); resolves to the coding's id. */
  code(range: TextRange, choice: Choice, coder?: string): Promise<string | undefined>;
  /** Codes a range with a new code named by its words (or the top-level code of that name). */
  inVivo(range: TextRange): Promise<string | undefined>;
  remove(codingId: string, path: string): Promise<void>;
  /** Marks or unmarks the coding's text as an example quote of its code, for the Table I report. */
  exemplar(codingId: string, path: string, on: boolean): Promise<void>;
  /** Applies another code to the coding's range, then removes the old coding. */
  recode(range: TextRange, coder: string, old: { id: string; path: string }, choice: Choice): Promise<void>;
}

export function useCoding(doc: { name: string; text: string }, codes: readonly CodeListing[]): CodingActions {
  const run = useCommand();
  const { projectId, me, notify } = useProject();
  const user = me?.name ?? '';

  /** One command per user action, so one Ctrl+Z undoes it whole (creating a code included). */
  const apply = useCallback(async (range: TextRange, choice: Choice, extra: { coder?: string; replaces?: string }, done: (path: string) => string) => {
    const target = 'code' in choice
      ? { code: choice.code.path }
      : { newCode: { name: choice.create.name, parent: choice.create.parent, ...(choice.inVivo ? { inVivo: true } : {}) } };
    const payload = { document: doc.name, start: range.start, end: range.end, ...target, ...extra };
    const applied = await run('coding.apply', payload);
    if (!applied) return undefined;
    rememberCode(projectId, user, applied.coding.codeId);
    notify('info', done(applied.code));
    return applied;
  }, [run, notify, doc.name, projectId, user]);

  return useMemo<CodingActions>(() => {
    const code: CodingActions['code'] = async (range, choice, coder) => {
      const created = 'create' in choice ? `Created “${choice.create.name}” and coded` : 'Coded';
      return (await apply(range, choice, coder ? { coder } : {}, (path) => `${created} with ${path}.`))?.coding.id;
    };
    return {
      recent: () => recentCodes(projectId, user),
      code,
      inVivo(range) {
        const name = inVivoName(doc.text.slice(range.start, range.end));
        const existing = codes.find((c) => c.depth === 0 && fold(c.name) === fold(name));
        return code(range, existing ? { code: existing } : { create: { name, parent: null }, inVivo: true });
      },
      async remove(codingId, path) {
        await run('coding.remove', { coding: codingId }, `Removed ${path} from the segment.`);
      },
      async exemplar(codingId, path, on) {
        await run('coding.exemplar', { coding: codingId, exemplar: on }, on ? `Marked as an example quote of ${path}.` : `No longer an example quote of ${path}.`);
      },
      async recode(range, coder, old, choice) {
        await apply(range, choice, { coder, replaces: old.id }, (path) => `Re-coded from ${old.path} to ${path}.`);
      },
    };
  }, [apply, run, projectId, user, doc.text, codes]);
}
