/**
 * The Memos view's "Memo sets" section, below the list (ATLAS.ti's memo groups, NVivo's sets):
 * sets of memos, with the codes and documents they also hold. A memo chosen in a set opens beside
 * the list, which is scrolled into sight since the section sits below a list that may be long.
 */
import { useMemo } from 'react';
import type { SetView } from '../../../../src/contract/sets.js';
import type { MemoListing } from '../../api.js';
import { shortDate } from '../memos/memo-text.js';
import { KindSets, type SetCandidate } from './KindSets.js';

/** Memos by title; two memos of one title (several "Untitled memo") are told apart by author and date. */
export function memoCandidates(memos: readonly MemoListing[]): SetCandidate[] {
  const uses = new Map<string, number>();
  for (const m of memos) uses.set(m.title, (uses.get(m.title) ?? 0) + 1);
  return [...memos]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((m) => ({ id: m.id, name: m.title, label: uses.get(m.title)! > 1 ? `${m.title} (${m.author}, ${shortDate(m.updatedAt)})` : m.title }));
}

export interface MemoSetsProps {
  projectId: string;
  sets: readonly SetView[];
  memos: readonly MemoListing[];
  /** The memo open now, marked in the cards. */
  currentId?: string | undefined;
  /** Told when a memo is chosen in a set, to bring the memo's editor into sight. */
  onOpen?: () => void;
}

export function MemoSets({ projectId, sets, memos, currentId, onOpen }: MemoSetsProps) {
  const candidates = useMemo(() => memoCandidates(memos), [memos]);
  return (
    <KindSets projectId={projectId} kind="memo" title="Memo sets" sets={sets} candidates={candidates} listed={['memo', 'code', 'document']}
      intro="Sets group memos, for example by theme, by phase of the analysis or by the question they pursue."
      currentId={currentId ?? null} onChoose={(m) => { if (m.type === 'memo') onOpen?.(); }} />
  );
}
