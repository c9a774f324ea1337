/** One memo for a reader who may not change it: title, type, author and dates, the rendered text, its links and its sets. */
import { lazy, Suspense } from 'react';
import type { SetView } from '../../../../src/contract/sets.js';
import type { MemoListing } from '../../api.js';
import { SetMembership } from '../sets/SetMembership.js';
import { MemoLinks } from './MemoLinks.js';
import { MEMO_TYPE_INFO, shortDate, typeLabel, type MemoType } from './memo-text.js';

// As in the editor: the Markdown renderer loads only when a memo is first shown.
const MemoPreview = lazy(() => import('./MemoPreview.js').then((m) => ({ default: m.MemoPreview })));

export function MemoReader({ projectId, memo, sets }: { projectId: string; memo: MemoListing; sets: readonly SetView[] }) {
  const hint = MEMO_TYPE_INFO[memo.type as MemoType]?.hint;
  return (
    <article className="memo-editor memo-reader" aria-labelledby={`memo-title-${memo.id}`}>
      <h2 id={`memo-title-${memo.id}`} className="memo-reader-title">{memo.title}</h2>
      <p className="meta">
        <span className="badge" title={hint}>{typeLabel(memo.type)}</span>{' '}
        By {memo.author}, written {shortDate(memo.createdAt)}, last changed {shortDate(memo.updatedAt)}.
      </p>
      <section className="memo-preview-pane" aria-label="Text">
        <Suspense fallback={<p className="status">Preparing the text…</p>}><MemoPreview body={memo.body} /></Suspense>
      </section>
      <MemoLinks projectId={projectId} memo={memo} editable={false} />
      <SetMembership sets={sets} member={{ type: 'memo', id: memo.id, name: memo.title }} heading={<h2>Sets</h2>} />
    </article>
  );
}
