/** The coding actions of the document view, sent as commands; each ends with one notice. */
import { useCallback, useMemo } from 'react';
import type { CodeListing } from '../../api.js';
import { escapeName, fold, inVivoName, type CreateTarget } from '../../lib/picker-filter.js';
import { recentCodes, rememberCode } from '../../lib/recent-codes.js';
import type { TextRange } from '../../lib/selection.js';
import { useCommand, useProject } from '../../project.js';

/** What the picker chose: an existing code, or a code to create first. */
export type Choice = { code: Pick<CodeListing, 'id' | 'path'> } | { create: CreateTarget; inVivo?: boolean };

interface Applied { coding: { id: string; codeId: string }; code: string }
interface Created { id: string; name: string }

export interface CodingActions {
  /** The codes this user applied last, newest first. */
  recent(): string[];
  /** Codes a range with the choice (creating the code first when asked); resolves to the coding's id. */
  code(range: TextRange, choice: Choice, coder?: string): Promise<string | undefined>;
  /** Codes a range with a new code named by its words (or the top-level code of that name). */
  inVivo(range: TextRange): Promise<string | undefined>;
  remove(codingId: string, path: string): Promise<void>;
  /** Applies another code to the coding's range, then removes the old coding. */
  recode(range: TextRange, coder: string, old: { id: string; path: string }, choice: Choice): Promise<void>;
}

export function useCoding(doc: { name: string; text: string }, codes: readonly CodeListing[]): CodingActions {
  const run = useCommand();
  const { projectId, me } = useProject();
  const user = me?.name ?? '';

  const pathOf = useCallback(async (choice: Choice): Promise<string | undefined> => {
    if ('code' in choice) return choice.code.path;
    const { name, parent } = choice.create;
    const created = await run<Created>('code.create', { name, parent, ...(choice.inVivo ? { inVivo: true } : {}) });
    if (!created) return undefined;
    return parent ? `${parent}/${escapeName(created.name)}` : escapeName(created.name);
  }, [run]);

  const apply = useCallback(async (range: TextRange, path: string, coder: string | undefined, done: string | undefined) => {
    const payload = { document: doc.name, start: range.start, end: range.end, code: path, ...(coder ? { coder } : {}) };
    const applied = await run<Applied>('coding.apply', payload, done);
    if (applied) rememberCode(projectId, user, applied.coding.codeId);
    return applied;
  }, [run, doc.name, projectId, user]);

  return useMemo<CodingActions>(() => {
    const code: CodingActions['code'] = async (range, choice, coder) => {
      const path = await pathOf(choice);
      if (path === undefined) return undefined;
      const created = 'create' in choice ? `Created “${choice.create.name}” and coded` : 'Coded';
      return (await apply(range, path, coder, `${created} with ${path}.`))?.coding.id;
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
      async recode(range, coder, old, choice) {
        const path = await pathOf(choice);
        if (path === undefined) return;
        if (!(await apply(range, path, coder, undefined))) return;
        await run('coding.remove', { coding: old.id }, `Re-coded from ${old.path} to ${path}.`);
      },
    };
  }, [pathOf, apply, run, projectId, user, doc.text, codes]);
}
