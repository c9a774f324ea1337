/** Memos linked to one object (a code, document, case or segment), shown beside it, and (for coders) a way to write one. */
import { api } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import { useCommand, useProject, useProjectResource } from '../../project.js';
import { firstLine, typeLabel, type MemoType } from './memo-text.js';
import './memos.css';

export interface LinkedMemosProps {
  /** What the memos are linked to. */
  type: 'code' | 'document' | 'case' | 'segment';
  /** The object's id (memo links store ids). */
  id: string;
  /** How commands address the object: a code's path, a document's name, a case's label, a segment's id. */
  refName: string;
}

/** The kind of memo a study usually writes about each kind of object; the editor can change it. */
const DEFAULT_TYPE: Record<LinkedMemosProps['type'], MemoType> = {
  code: 'theoretical', segment: 'theoretical', document: 'reflexive', case: 'reflexive',
};

/** The title a new memo starts with (a segment's id means nothing to a reader). */
export function titleAbout(type: LinkedMemosProps['type'], refName: string): string {
  return type === 'segment' ? 'Memo on a passage' : `Memo on ${refName}`;
}

export function LinkedMemos({ type, id, refName }: LinkedMemosProps) {
  const { projectId, canCode } = useProject();
  const run = useCommand();
  const memos = useProjectResource(() => api.memos(projectId), [projectId]);
  const linked = memos.state === 'ready' ? memos.data.filter((m) => m.links.some((l) => l.type === type && l.id === id)) : [];

  const write = async () => {
    const memo = await run('memo.add', {
      title: titleAbout(type, refName), body: '', type: DEFAULT_TYPE[type], links: [{ type, ref: refName }],
    });
    if (memo) window.location.hash = hrefOf({ view: 'memos', projectId, memoId: memo.id });
  };

  if (linked.length === 0 && !canCode) return null;
  return (
    <div className="linked-memos">
      {linked.length > 0 && (
        <ul className="linked-memo-list" aria-label="Memos about this">
          {linked.map((m) => (
            <li key={m.id}>
              <a href={hrefOf({ view: 'memos', projectId, memoId: m.id })}>{m.title}</a>{' '}
              <span className="badge">{typeLabel(m.type)}</span>
              {firstLine(m.body) && <span className="linked-memo-line">{firstLine(m.body, 90)}</span>}
            </li>
          ))}
        </ul>
      )}
      {canCode && <button type="button" className="linked-memo-write" onClick={() => void write()}>Write a memo about this</button>}
    </div>
  );
}
