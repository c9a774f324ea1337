/** One memo, edited in place: title, type and Markdown text saved as the researcher pauses, its links and sets, and deletion. */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { SetView } from '../../../../src/contract/sets.js';
import type { MemoListing } from '../../api.js';
import { useCommand } from '../../project.js';
import { SetMembership } from '../sets/SetMembership.js';
import { MemoConflict, type TheirMemo } from './MemoConflict.js';
import { MemoLinks } from './MemoLinks.js';
import { MEMO_TYPE_INFO, MEMO_TYPES, shortDate, type MemoType } from './memo-text.js';
import { sendEditOnUnload } from './memo-unload.js';
import { useAutosave, type SaveStatus } from './use-autosave.js';
import { othersLine, useOtherEditors } from './use-presence.js';

// The Markdown renderer is most of the app's code by size: it loads when a preview is first shown.
const MemoPreview = lazy(() => import('./MemoPreview.js').then((m) => ({ default: m.MemoPreview })));

type Mode = 'write' | 'preview' | 'both';
const MODES: readonly { mode: Mode; label: string }[] = [
  { mode: 'write', label: 'Write' }, { mode: 'preview', label: 'Preview' }, { mode: 'both', label: 'Side by side' },
];
const STATUS: Record<SaveStatus, string> = {
  saved: 'Saved', pending: 'Unsaved changes', saving: 'Saving…',
  error: 'Not saved: see the message above. Your text is kept here; change it or press Try again.',
  conflict: 'Not saved: someone else saved this memo meanwhile. Your text is kept here; choose below which version stays.',
};

const NO_SETS: readonly SetView[] = [];

/** Where a memo's unsaved text waits in this browser. */
export const draftKeyOf = (projectId: string, memoId: string) => `sparks:memo-draft:${projectId}:${memoId}`;

export interface MemoEditorProps {
  projectId: string;
  memo: MemoListing;
  /** Put the cursor in the title (a memo just created). */
  autoFocusTitle?: boolean;
  /** The project's sets, to show those holding the memo and offer "Add to set…"; none by default. */
  sets?: readonly SetView[];
  onDeleted(): void;
}

export function MemoEditor({ projectId, memo, autoFocusTitle = false, sets = NO_SETS, onDeleted }: MemoEditorProps) {
  const run = useCommand();
  const id = useId();
  const [titleMissing, setTitleMissing] = useState(false);
  const [mode, setMode] = useState<Mode>('both');
  const [confirming, setConfirming] = useState(false);
  const [conflict, setConflict] = useState<TheirMemo | null>(null);
  const others = useOtherEditors(projectId, memo.id, true);
  const draft = useAutosave({
    server: { title: memo.title, body: memo.body, type: memo.type },
    serverAt: memo.updatedAt,
    serverVersion: memo.version,
    draftKey: draftKeyOf(projectId, memo.id),
    save: async (changes, version) => {
      // An emptied title is held back until it is filled in, rather than refused by the server mid-typing.
      const blank = changes.title !== undefined && !changes.title.trim();
      setTitleMissing(blank);
      if (blank) return false;
      const refused: { theirs?: TheirMemo } = {};
      const saved = await run('memo.edit', { memo: memo.id, ...changes, version }, undefined, {
        onConflict: (c) => { refused.theirs = { title: c.title, body: c.body, type: c.type, version: c.version ?? 1, updatedAt: c.updatedAt }; },
      });
      if (saved) return { version: saved.version };
      const { theirs } = refused;
      if (!theirs) return false;
      setConflict(theirs);
      return { conflict: { title: theirs.title, body: theirs.body, type: theirs.type } };
    },
    saveOnUnload: (changes, version) => {
      if (changes.title === undefined || changes.title.trim()) sendEditOnUnload(projectId, { memo: memo.id, ...changes, version });
    },
  });
  const { values } = draft;
  const titleInput = useRef<HTMLInputElement>(null);
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const resolve = (keepMine: boolean) => {
    if (!conflict) return;
    setConflict(null);
    void draft.resolve({ title: conflict.title, body: conflict.body, type: conflict.type }, conflict.version, keepMine);
    // The panel and its buttons go away: the writer continues in the text.
    bodyInput.current?.focus();
  };
  useEffect(() => {
    // A new memo's placeholder title is selected, so typing replaces it.
    if (autoFocusTitle) titleInput.current?.select();
  }, [autoFocusTitle]);
  const type = values.type as MemoType;

  const remove = async () => {
    await draft.flush();
    const done = await run('memo.delete', { memo: memo.id }, `Deleted the memo “${values.title}”; Undo (Ctrl+Z) brings it back.`);
    if (done === undefined) return;
    draft.discard();
    onDeleted();
  };

  return (
    <article className="memo-editor" aria-label={`Memo: ${values.title}`}>
      <div className="memo-editor-head">
        <label className="memo-title-field">
          <span>Title</span>
          <input
            ref={titleInput} value={values.title} autoFocus={autoFocusTitle}
            onChange={(e) => draft.set('title', e.target.value)} onBlur={() => void draft.flush()} aria-invalid={titleMissing}
          />
        </label>
        <label className="memo-type-field">
          <span>Type</span>
          <select
            value={type} aria-describedby={`${id}-hint`}
            onChange={(e) => { draft.set('type', e.target.value); void draft.flush(); }}
          >
            {MEMO_TYPES.map((t) => <option key={t} value={t}>{MEMO_TYPE_INFO[t].label}</option>)}
          </select>
        </label>
        <p className={`memo-save-status${draft.status === 'error' ? ' error' : ''}`} role="status" aria-live="polite">
          {titleMissing ? 'Not saved: give the memo a title.' : STATUS[draft.status]}
          {draft.status === 'error' && !titleMissing && <> <button type="button" onClick={() => void draft.flush()}>Try again</button></>}
        </p>
      </div>
      <p className="meta">
        <span id={`${id}-hint`}>{MEMO_TYPE_INFO[type]?.hint}.</span>{' '}
        By {memo.author}, written {shortDate(memo.createdAt)}, last changed {shortDate(memo.updatedAt)}.
      </p>
      {others.length > 0 && <p className="memo-others" role="status">{othersLine(others)}</p>}
      {conflict && <MemoConflict theirs={conflict} yours={values} onResolve={resolve} />}
      <div className="memo-modes" role="group" aria-label="Show">
        {MODES.map((m) => (
          <button key={m.mode} type="button" aria-pressed={mode === m.mode} onClick={() => setMode(m.mode)}>{m.label}</button>
        ))}
      </div>
      <div className={`memo-panes memo-panes-${mode}`}>
        {mode !== 'preview' && (
          <label className="memo-body-field">
            <span>Text (Markdown: **bold**, *italic*, # heading, - list)</span>
            <textarea
              ref={bodyInput} value={values.body} rows={18} spellCheck
              onChange={(e) => draft.set('body', e.target.value)} onBlur={() => void draft.flush()}
            />
          </label>
        )}
        {mode !== 'write' && (
          <section className="memo-preview-pane" aria-label="Preview">
            <Suspense fallback={<p className="status">Preparing the preview…</p>}><MemoPreview body={values.body} /></Suspense>
          </section>
        )}
      </div>
      <MemoLinks projectId={projectId} memo={memo} editable />
      <SetMembership sets={sets} member={{ type: 'memo', id: memo.id, name: memo.title }} heading={<h2>Sets</h2>} />
      <div className="memo-delete">
        {confirming
          ? (
            <div role="group" aria-label="Confirm deletion">
              <p>Delete “{values.title}” and its links? Undo (Ctrl+Z) brings it back.</p>
              <button type="button" className="danger" onClick={() => void remove()}>Delete memo</button>{' '}
              <button type="button" autoFocus onClick={() => setConfirming(false)}>Keep it</button>
            </div>
          )
          : <button type="button" className="danger" onClick={() => setConfirming(true)}>Delete memo…</button>}
      </div>
    </article>
  );
}
