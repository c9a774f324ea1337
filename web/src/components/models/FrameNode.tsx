/**
 * A frame on the canvas: a titled box behind the nodes it groups. It has no handles (a relation
 * never starts or ends on a frame); selected, it can be resized from its edges and corners. Its
 * title is edited in place: double-click it, or use the Rename button of a selected frame.
 */
import { NodeResizer, type NodeProps, type OnResizeEnd } from '@xyflow/react';
import { createContext, memo, useCallback, useContext, useRef } from 'react';
import { FRAME_TEXT, frameMinWidth } from '../../../../src/analysis/model-frames.js';
import { FrameTitleInput } from './FrameTitleInput.js';
import type { FlowNode, Rect } from './model-flow.js';

export interface FrameActions {
  editable: boolean;
  /** The frame whose title is being typed, if any. */
  editing: string | null;
  edit(id: string): void;
  /** The typed title, or null to keep the title as it was. */
  renamed(id: string, title: string | null): void;
  resized(id: string, box: Rect): void;
}

const NO_ACTIONS: FrameActions = { editable: false, editing: null, edit() {}, renamed() {}, resized() {} };
/** A context, because xyflow builds node props itself. */
export const FrameContext = createContext<FrameActions>(NO_ACTIONS);

/** Below this a frame's title and a node inside it no longer fit. */
const MIN_HEIGHT = FRAME_TEXT.header + 2 * FRAME_TEXT.padding;

export const FrameNode = memo(function FrameNode({ id, data, selected }: NodeProps<FlowNode>) {
  const frames = useContext(FrameContext);
  const editing = frames.editable && frames.editing === id;
  const title = data.label || 'Untitled frame';
  // Stable: the resizer starts over whenever its callback changes, which would end a resize mid-way.
  const latest = useRef(frames);
  latest.current = frames;
  const onResizeEnd = useCallback<OnResizeEnd>((_, p) => latest.current.resized(id, p), [id]);
  return (
    <div className={`model-frame${selected ? ' selected' : ''}`} data-frame={data.label}
      style={{ borderColor: data.color, fontSize: FRAME_TEXT.fontSize }}>
      {frames.editable && (
        <NodeResizer isVisible={selected && !editing} minWidth={Math.max(40, frameMinWidth(data.label))} minHeight={MIN_HEIGHT}
          color="var(--accent)" onResizeEnd={onResizeEnd} />
      )}
      <div className="model-frame-header" style={{ height: FRAME_TEXT.header, paddingInline: FRAME_TEXT.padding }}>
        {editing
          ? <FrameTitleInput title={data.label} onDone={(t) => frames.renamed(id, t)} />
          : (
            // nopan: a double-click here renames the frame rather than zooming the canvas.
            <span className={`model-frame-title nopan${data.label ? '' : ' untitled'}`} title={frames.editable ? 'Double-click to rename' : undefined}
              onDoubleClick={frames.editable ? () => frames.edit(id) : undefined}>
              {title}
            </span>
          )}
        {frames.editable && selected && !editing && (
          <button type="button" className="model-frame-rename nodrag nopan" aria-label={`Rename the frame ${title}`} onClick={() => frames.edit(id)}>
            Rename
          </button>
        )}
      </div>
    </div>
  );
});
