/** The project's memos, newest change first, filtered by type (and by set, as chosen above) and searched by title and text. */
import { useState } from 'react';
import type { MemoListing } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import { MEMO_TYPE_INFO, MEMO_TYPES, byLastChange, matchesSearch, shortDate, typeLabel, type MemoType } from './memo-text.js';

export type TypeFilter = MemoType | 'all';
const LINKS_SHOWN = 3;

export interface MemoListProps {
  projectId: string;
  memos: readonly MemoListing[];
  selectedId?: string | undefined;
  filter: TypeFilter;
  onFilter(filter: TypeFilter): void;
  /** Whether the reader may write memos (the empty list then invites the first one). */
  canWrite?: boolean;
  /** The ids of the memos in the set the list is narrowed to; null or absent for every memo. */
  inSet?: ReadonlySet<string> | null | undefined;
}

export function MemoList({ projectId, memos, selectedId, filter, onFilter, canWrite = true, inSet = null }: MemoListProps) {
  const [search, setSearch] = useState('');
  // The type counts are of the chosen set's memos, so they add up to what the list can show.
  const pool = inSet ? memos.filter((m) => inSet.has(m.id)) : memos;
  const counts = new Map<string, number>();
  for (const m of pool) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const shown = pool.filter((m) => (filter === 'all' || m.type === filter) && matchesSearch(m, search)).sort(byLastChange);
  const filters: readonly { value: TypeFilter; label: string; n: number }[] = [
    { value: 'all', label: 'All', n: pool.length },
    ...MEMO_TYPES.map((t) => ({ value: t, label: MEMO_TYPE_INFO[t].label, n: counts.get(t) ?? 0 })),
  ];

  return (
    <div className="memo-list-pane">
      <div className="memo-filters" role="group" aria-label="Memo type">
        {filters.map((f) => (
          <button
            key={f.value} type="button" aria-pressed={filter === f.value} onClick={() => onFilter(f.value)}
            title={f.value === 'all' ? (inSet ? 'Every memo in the chosen set' : 'Every memo') : MEMO_TYPE_INFO[f.value].hint}
          >
            {f.label} <span className="badge">{f.n}</span>
          </button>
        ))}
      </div>
      <input
        type="search" className="memo-search" value={search} onChange={(e) => setSearch(e.target.value)}
        placeholder="Search titles and text" aria-label="Search memos by title and text"
      />
      <p className="meta" role="status">
        {shown.length === memos.length ? `${memos.length} memo(s)` : `Showing ${shown.length} of ${memos.length} memo(s)`}
      </p>
      {shown.length === 0
        ? <p className="status">{memos.length === 0 ? (canWrite ? 'No memos yet: write the first one.' : 'No memos yet.')
          : pool.length === 0 ? 'No memo in this set.' : `No memo matches; try other words${inSet ? ', another type or another set' : ' or another type'}.`}</p>
        : (
          <ul className="memo-list" aria-label="Memos">
            {shown.map((m) => (
              <li key={m.id}>
                <a className="memo-entry" href={hrefOf({ view: 'memos', projectId, memoId: m.id })} aria-current={m.id === selectedId ? 'true' : undefined}>
                  <span className="memo-entry-title">{m.title}</span>
                  <span className="memo-entry-meta">
                    <span className="badge">{typeLabel(m.type)}</span> {m.author}, {shortDate(m.updatedAt)}
                  </span>
                  {m.links.length > 0 && (
                    <span className="memo-entry-links">
                      On {m.links.slice(0, LINKS_SHOWN).map((l) => l.label).join(', ')}
                      {m.links.length > LINKS_SHOWN && ` and ${m.links.length - LINKS_SHOWN} more`}
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        )}
    </div>
  );
}
