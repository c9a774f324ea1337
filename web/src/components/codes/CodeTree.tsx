/**
 * The code tree as a WAI-ARIA tree: one tab stop, arrows to move, expand and collapse, Home/End, Enter to
 * select, F2 to rename, type-ahead; codes are dragged onto codes (or onto the top level) to nest or merge.
 * Renaming and dragging are there only when `editable` (readers browse the same tree).
 */
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { solid } from '../../lib/color.js';
import { findByPrefix, type DropDecision, type TreeRow } from '../../lib/code-tree.js';
import { RenameInput } from './RenameInput.js';
import { plural } from './words.js';

export interface CodeTreeProps {
  rows: readonly TreeRow[];
  selectedId: string | null;
  renamingId: string | null;
  /** Whether codes may be renamed and dragged. */
  editable: boolean;
  onSelect: (id: string) => void;
  onToggle: (ids: readonly string[], open: boolean) => void;
  onRenameStart: (id: string) => void;
  onRenameEnd: (id: string, name: string | null) => void;
  decide: (from: string, to: string | null) => DropDecision;
  onDrop: (from: string, to: string | null) => void;
}

const DRAG_TYPE = 'application/x-sparks-code';

export function CodeTree(props: CodeTreeProps) {
  const { rows, selectedId, renamingId, editable } = props;
  const items = useRef(new Map<string, HTMLLIElement>());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [overId, setOverId] = useState<string | null | undefined>(undefined);
  const [hint, setHint] = useState('');
  const typed = useRef({ text: '', at: 0 });

  const has = (id: string | null) => id !== null && rows.some((r) => r.code.id === id);
  const tabStop = has(focusId) ? focusId : has(selectedId) ? selectedId : rows[0]?.code.id ?? null;
  const focusAt = (i: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (row) items.current.get(row.code.id)?.focus();
  };

  const onKey = (e: KeyboardEvent<HTMLLIElement>, i: number) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const row = rows[i]!;
    const id = row.code.id;
    switch (e.key) {
      case 'ArrowDown': focusAt(i + 1); break;
      case 'ArrowUp': focusAt(i - 1); break;
      case 'Home': focusAt(0); break;
      case 'End': focusAt(rows.length - 1); break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) props.onToggle([id], true);
        else if (row.expanded) focusAt(i + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded) props.onToggle([id], false);
        else if (row.parentId) items.current.get(row.parentId)?.focus();
        break;
      case 'Enter': case ' ': props.onSelect(id); break;
      case 'F2': if (editable) props.onRenameStart(id); break;
      case '*': props.onToggle(rows.filter((r) => r.parentId === row.parentId && r.hasChildren).map((r) => r.code.id), true); break;
      default: {
        if (e.key.length !== 1 || e.key === '?' || e.key.trim() === '') return;
        const now = Date.now();
        typed.current = { text: (now - typed.current.at < 700 ? typed.current.text : '') + e.key, at: now };
        const found = findByPrefix(rows, typed.current.text.length > 1 ? i - 1 : i, typed.current.text);
        if (found >= 0) focusAt(found);
      }
    }
    e.preventDefault();
  };

  const dragOver = (e: DragEvent, to: string | null) => {
    if (dragId === null) return;
    // Accept even a refused drop: the status line says why while hovering, and the drop itself
    // leaves the sentence in the notice line (a browser-refused drop would vanish without a word).
    e.preventDefault();
    const decision = props.decide(dragId, to);
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
    setOverId(to);
    setHint(decision.kind === 'refuse' ? decision.reason
      : decision.kind === 'top' ? 'Drop to make it a top-level category.' : 'Drop to choose: nest it under this code, or merge it into it.');
  };
  const drop = (e: DragEvent, to: string | null) => {
    e.preventDefault();
    const from = dragId;
    endDrag();
    if (from !== null) props.onDrop(from, to);
  };
  const endDrag = () => {
    setDragId(null);
    setOverId(undefined);
    setHint('');
  };

  return (
    <div className="code-tree-box">
      <ul className="code-tree" role="tree" aria-label="Codes">
        {rows.map((row, i) => {
          const { code } = row;
          const renaming = renamingId === code.id;
          return (
            <li key={code.id} role="treeitem" ref={(el) => void (el ? items.current.set(code.id, el) : items.current.delete(code.id))}
              aria-level={row.level} aria-setsize={row.setSize} aria-posinset={row.posInSet}
              aria-expanded={row.hasChildren ? row.expanded : undefined} aria-selected={selectedId === code.id}
              aria-label={`${code.name}, ${plural(code.codingsWithChildren, 'coding')}, ${plural(code.casesWithChildren, 'case')}`}
              tabIndex={tabStop === code.id ? 0 : -1} draggable={editable && !renaming}
              className={['code-item', overId === code.id ? 'over' : '', dragId === code.id ? 'dragging' : ''].join(' ').trim()}
              style={{ paddingInlineStart: `${(row.level - 1) * 1.25 + 0.25}rem` }}
              onFocus={(e) => e.target === e.currentTarget && setFocusId(code.id)}
              onClick={() => {
                props.onSelect(code.id);
                items.current.get(code.id)?.focus();
              }}
              onKeyDown={(e) => onKey(e, i)}
              onDragStart={(e) => {
                if (!editable) return;
                setDragId(code.id);
                e.dataTransfer?.setData(DRAG_TYPE, code.id);
                e.dataTransfer?.setData('text/plain', code.path);
                if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => dragOver(e, code.id)} onDrop={(e) => drop(e, code.id)} onDragEnd={endDrag}>
              <span className="code-toggle" aria-hidden="true" onClick={(e) => {
                e.stopPropagation();
                if (row.hasChildren) props.onToggle([code.id], !row.expanded);
              }}>{row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}</span>
              <span className="code-swatch" aria-hidden="true" style={{ background: code.color ? solid(code.color) : undefined }} />
              {renaming
                ? <RenameInput name={code.name} onDone={(name) => {
                  props.onRenameEnd(code.id, name);
                  items.current.get(code.id)?.focus();
                }} />
                : <span className="code-name">{code.name}</span>}
              <span className="code-count" title="Codings, sub-codes included">{code.codingsWithChildren}</span>
              <span className="code-count cases" title="Cases (participants), sub-codes included">{code.casesWithChildren}</span>
            </li>
          );
        })}
      </ul>
      {/* Below the tree and always there for those who may drag, so starting a drag never shifts the rows under the pointer. */}
      {editable && <>
        <div className={['drop-top', dragId !== null ? 'active' : '', overId === null ? 'over' : ''].join(' ').trim()}
          onDragOver={(e) => dragOver(e, null)} onDrop={(e) => drop(e, null)} onDragLeave={() => setOverId(undefined)}>
          Top level: drop a code here to make it a category
        </div>
        <p className="meta drag-hint" role="status">{hint}</p>
      </>}
    </div>
  );
}
