/**
 * The Memos view: the list of memos beside the one being written (route `memos/ID`, so a reload
 * keeps it), and the memo sets below. Those who may not write memos read them instead, and are
 * offered no new one.
 */
import { useRef, useState } from 'react';
import { api } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import { useCommand, useProject, useProjectResource } from '../../project.js';
import { MemoSets } from '../sets/MemoSets.js';
import { SetFilter } from '../sets/SetFilter.js';
import { idsInSet, setsHolding } from '../sets/set-filter.js';
import { useSets } from '../sets/use-sets.js';
import { Loaded } from '../Status.js';
import { MemoEditor } from './MemoEditor.js';
import { MemoList, type TypeFilter } from './MemoList.js';
import { MemoReader } from './MemoReader.js';
import { MEMO_TYPE_INFO, MEMO_TYPES, type MemoType } from './memo-text.js';
import './memos.css';

export function MemosView({ projectId, memoId }: { projectId: string; query?: string | undefined; memoId?: string | undefined }) {
  const memos = useProjectResource(() => api.memos(projectId), [projectId]);
  const sets = useSets(projectId);
  const run = useCommand();
  const { canCode } = useProject();
  const [filter, setFilter] = useState<TypeFilter>('all');
  const [inSet, setInSet] = useState('');
  const [newType, setNewType] = useState<MemoType>('reflexive');
  const [created, setCreated] = useState<string | null>(null);
  const pane = useRef<HTMLDivElement>(null);
  const open = (id?: string) => { window.location.hash = hrefOf({ view: 'memos', projectId, ...(id ? { memoId: id } : {}) }); };
  // A set chosen, then deleted or emptied of memos elsewhere, no longer narrows: the filter offers it no more either.
  const chosenSet = setsHolding(sets, 'memo').some((s) => s.id === inSet) ? inSet : '';
  const memosInSet = idsInSet(sets, chosenSet, 'memo');

  const create = async () => {
    const memo = await run('memo.add', { title: 'Untitled memo', body: '', type: newType, links: [] });
    if (!memo) return;
    setCreated(memo.id);
    open(memo.id);
  };
  const onFilter = (f: TypeFilter) => {
    setFilter(f);
    if (f !== 'all') setNewType(f);
  };

  return (
    <section className="memos-view" aria-labelledby="memos-title">
      <div className="memos-head">
        <h1 id="memos-title">Memos</h1>
        {canCode && (
          <div className="memo-new" role="group" aria-label="New memo">
            <label>
              <span className="memo-new-label">Type of the new memo</span>
              <select value={newType} onChange={(e) => setNewType(e.target.value as MemoType)}>
                {MEMO_TYPES.map((t) => <option key={t} value={t}>{MEMO_TYPE_INFO[t].label}</option>)}
              </select>
            </label>
            <button type="button" className="primary" onClick={() => void create()}>New memo</button>
          </div>
        )}
      </div>
      <Loaded resource={memos}>
        {(list) => {
          const memo = memoId ? list.find((m) => m.id === memoId) : undefined;
          return (
            <>
              <div className="memos-layout">
                <div className="memo-list-column">
                  <SetFilter kind="memo" sets={sets} value={chosenSet} onChange={setInSet} />
                  <MemoList projectId={projectId} memos={list} selectedId={memoId} filter={filter} onFilter={onFilter} canWrite={canCode} inSet={memosInSet} />
                </div>
                <div className="memo-editor-pane" ref={pane}>
                  {memo
                    ? canCode
                      ? <MemoEditor key={memo.id} projectId={projectId} memo={memo} sets={sets} autoFocusTitle={memo.id === created || (memo.body === '' && memo.createdAt === memo.updatedAt)} onDeleted={() => open()} />
                      : <MemoReader key={memo.id} projectId={projectId} memo={memo} sets={sets} />
                    : memoId && memoId === created
                      ? <p className="status" role="status">Loading…</p>
                      : memoId
                        ? <p className="status">This memo no longer exists; Undo brings back a memo you deleted. <a href={hrefOf({ view: 'memos', projectId })}>Back to all memos</a></p>
                        : <p className="status">{canCode ? 'Choose a memo to read or edit it, or write a new one.' : 'Choose a memo to read it.'}</p>}
                </div>
              </div>
              <MemoSets projectId={projectId} sets={sets} memos={list} currentId={memoId}
                onOpen={() => requestAnimationFrame(() => pane.current?.scrollIntoView?.({ block: 'start' }))} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
