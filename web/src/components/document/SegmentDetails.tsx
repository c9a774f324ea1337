/**
 * The details of the coded segments at one spot: their text, each coding with its coder, linked
 * memos, and actions to list the code's segments and (for those who may code) to remove a coding,
 * re-code it, mark it an exemplar, or add a code.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { CodeListing, DocumentView } from '../../api.js';
import { solid } from '../../lib/color.js';
import type { Rect } from '../../lib/popover.js';
import { hrefOf } from '../../lib/route.js';
import { useProject } from '../../project.js';
import { LinkedMemos } from '../memos/LinkedMemos.js';
import { CodePicker } from './CodePicker.js';
import type { Choice, CodingActions } from './use-coding.js';
import { usePopover } from './use-popover.js';
import './document.css';

type Segment = DocumentView['segments'][number];

export interface SegmentDetailsProps {
  projectId: string;
  doc: DocumentView;
  codes: readonly CodeListing[];
  codesById: ReadonlyMap<string, CodeListing>;
  /** The segments at the spot, outermost first; those no longer in the document are left out. */
  segmentIds: readonly string[];
  anchor: Rect;
  actions: CodingActions;
  onClose(): void;
  /** Where focus goes on closing when the element that opened the box is gone. */
  fallbackFocus?: () => HTMLElement | null;
}

/** Which picker is open: for re-coding one coding, or for adding a code to a segment. */
type Picking = { segment: Segment; coding?: { id: string; path: string }; anchor: Rect };

const QUOTE_MAX = 600;
const rectOf = (el: Element): Rect => el.getBoundingClientRect();

export function SegmentDetails(props: SegmentDetailsProps) {
  const { projectId, doc, codes, codesById, segmentIds, anchor, actions, onClose } = props;
  const { canCode, canManage, me } = useProject();
  // A coder changes only their own codings; owners change anyone's (the server holds the same rule).
  const mayChange = (coder: string) => canCode && (canManage || coder === me?.name);
  const box = useRef<HTMLDivElement>(null);
  const style = usePopover(box, anchor, onClose, props.fallbackFocus);
  const [picking, setPicking] = useState<Picking | null>(null);
  const segments = segmentIds.map((id) => doc.segments.find((s) => s.id === id)).filter((s): s is Segment => !!s && !s.orphaned);
  const pathOf = (codeId: string) => codesById.get(codeId)?.path ?? 'an unknown code';

  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  const onChoose = (choice: Choice) => {
    if (!picking) return;
    const { segment, coding } = picking;
    setPicking(null);
    const range = { start: segment.start, end: segment.end };
    void (coding ? actions.recode(range, segment.coder, coding, choice) : actions.code(range, choice));
  };

  return (
    <div className="popover details" role="dialog" aria-label="Segment details" ref={box} style={style} onKeyDown={onKey}>
      <div className="details-head">
        <h2>{segments.length > 1 ? `${segments.length} overlapping segments` : 'Coded segment'}</h2>
        <button type="button" onClick={onClose} autoFocus>Close</button>
      </div>
      {segments.length === 0 && <p className="status">These codings have been removed.</p>}
      {segments.map((segment) => {
        const text = doc.text.slice(segment.start, segment.end);
        return (
          <section key={segment.id} className="details-segment" aria-label={`Segment coded by ${segment.coder}`}>
            <blockquote>{text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text}</blockquote>
            <ul className="details-codings" aria-label="Codings">
              {segment.codings.map((coding) => {
                const code = codesById.get(coding.codeId);
                const path = pathOf(coding.codeId);
                const query = new URLSearchParams({ code: path }).toString();
                return (
                  <li key={coding.id}>
                    <span className="swatch" style={{ background: solid(code?.color) }} aria-hidden="true" />
                    <span className="details-code">{path}</span>
                    <span className="meta"> by {segment.coder}</span>
                    <span className="details-actions">
                      {mayChange(segment.coder) ? <>
                        <button type="button" aria-label={`Re-code ${path}`}
                          onClick={(e) => setPicking({ segment, coding: { id: coding.id, path }, anchor: rectOf(e.currentTarget) })}>
                          Re-code
                        </button>
                        <button type="button" aria-label={`Remove ${path}`} onClick={() => void actions.remove(coding.id, path)}>Remove</button>
                        <button type="button" className="exemplar-toggle" aria-pressed={coding.exemplar} aria-label={`Example quote of ${path}`}
                          title="Example quotes are printed first in the Table I report"
                          onClick={() => void actions.exemplar(coding.id, path, !coding.exemplar)}>
                          {coding.exemplar ? '★ Exemplar' : '☆ Exemplar'}
                        </button>
                      </> : coding.exemplar && <span className="badge" title="Example quotes are printed first in the Table I report">★ Exemplar</span>}
                      <a href={hrefOf({ view: 'segments', projectId, query })}>Show in Segments</a>
                    </span>
                  </li>
                );
              })}
            </ul>
            {canCode && (
              <p className="details-more">
                <button type="button" onClick={(e) => setPicking({ segment, anchor: rectOf(e.currentTarget) })}>Add a code</button>
              </p>
            )}
            <LinkedMemos type="segment" id={segment.id} refName={segment.id} />
          </section>
        );
      })}
      {picking && canCode && (
        <CodePicker
          codes={codes}
          recent={actions.recent()}
          anchor={picking.anchor}
          title={picking.coding ? `Re-code ${picking.coding.path} as` : 'Add a code to the segment'}
          quote={doc.text.slice(picking.segment.start, picking.segment.end)}
          onChoose={onChoose}
          onClose={() => setPicking(null)}
        />
      )}
    </div>
  );
}
