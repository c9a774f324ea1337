/** "Move to…" and "Merge into…": the keyboard way to do what dragging a code does. */
import { useId, useState, type FormEvent } from 'react';
import type { CodeListing } from '../../api.js';
import { mergeTargets, moveTargets } from '../../lib/code-tree.js';
import { useProject } from '../../project.js';

/** The select's value for "make it a top-level category". */
const TOP = '\u0000top';

export function MoveMerge({ code, codes, onMove, onMerge }: {
  code: CodeListing;
  codes: readonly CodeListing[];
  onMove: (parent: CodeListing | null) => void;
  onMerge: (into: CodeListing) => void;
}) {
  const { notify } = useProject();
  const moveId = useId();
  const mergeId = useId();
  const [moveTo, setMoveTo] = useState('');
  const [mergeInto, setMergeInto] = useState('');
  const byId = new Map(codes.map((c) => [c.id, c]));

  const move = (e: FormEvent) => {
    e.preventDefault();
    if (moveTo === TOP) onMove(null);
    else if (byId.has(moveTo)) onMove(byId.get(moveTo)!);
    else notify('error', 'Choose where to move the code first.');
  };
  const merge = (e: FormEvent) => {
    e.preventDefault();
    const into = byId.get(mergeInto);
    if (into) onMerge(into);
    else notify('error', 'Choose the code to merge into first.');
  };

  return (
    <>
      <form className="inline-form" onSubmit={move}>
        <label htmlFor={moveId}>Move to…</label>
        <select id={moveId} value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
          <option value="">Choose a new parent</option>
          {code.parent !== null && <option value={TOP}>Top level (make it a category)</option>}
          {moveTargets(codes, code.id).map((c) => <option key={c.id} value={c.id}>{c.path}</option>)}
        </select>
        <button type="submit">Move</button>
      </form>
      <form className="inline-form" onSubmit={merge}>
        <label htmlFor={mergeId}>Merge into…</label>
        <select id={mergeId} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">Choose a code</option>
          {mergeTargets(codes, code.id).map((c) => <option key={c.id} value={c.id}>{c.path}</option>)}
        </select>
        <button type="submit">Merge…</button>
      </form>
    </>
  );
}
