/**
 * The drawing surface: @xyflow/react with the project's conventions. A drag saves once, at its end
 * (a frame's with everything inside it); nodes moved with the arrow keys are saved once the keys
 * rest. Delete takes nodes off the model and deletes selected relations — through the workbench's
 * commands, never xyflow's own removal.
 */
import {
  applyEdgeChanges, applyNodeChanges, Background, ConnectionMode, Controls, MiniMap, ReactFlow, useReactFlow,
  type Connection, type EdgeChange, type FinalConnectionState, type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type DragEvent } from 'react';
import { CODE_DRAG_TYPE } from './CodePalette.js';
import { NODE_TYPES } from './node-types.js';
import { carriedBy, carriedTo, withCarried, type Carry } from './frame-flow.js';
import { MEMO_DRAG_TYPE } from './MemoPalette.js';
import { NODE_SIZE, withSides, type FlowEdge, type FlowNode, type XY } from './model-flow.js';
import type { ModelState } from './use-model-state.js';

/** Arrow-key moves come one press at a time; save when they have rested this long. */
const KEY_MOVE_REST_MS = 600;
const DELETE_KEYS = ['Delete', 'Backspace'];

export interface CanvasActions {
  /** Nodes the user has finished moving, at their new places. */
  moved(nodes: readonly FlowNode[]): void;
  /** A code or a memo dropped from the list, at the point under the pointer. */
  dropped(kind: 'code' | 'memo', id: string, at: XY): void;
  /** A relation drawn from one node to another; its type is asked next. */
  connected(source: string, target: string): void;
  deleted(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): void;
}

export function ModelCanvas({ state, editable, actions }: { state: ModelState; editable: boolean; actions: CanvasActions }) {
  const { nodes, setNodes, setEdges } = state;
  const edges = useMemo(() => withSides(state.edges, nodes), [state.edges, nodes]);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const dragging = useRef(false);
  const carry = useRef<Carry | null>(null);
  const keyMoved = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const act = useRef(actions);
  act.current = actions;
  const hold = useRef(state.hold);
  hold.current = state.hold;
  useEffect(() => () => clearTimeout(timer.current), []);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    setNodes((ns) => applyNodeChanges(changes, ns));
    if (dragging.current) return;
    // A resize from the top or left moves the frame too; the resize's end saves both.
    const resizing = new Set(changes.flatMap((c) => (c.type === 'dimensions' && c.resizing !== undefined ? [c.id] : [])));
    const keyed = changes.filter((c) => c.type === 'position' && c.position && !c.dragging && !resizing.has(c.id));
    if (keyed.length === 0) return;
    for (const c of keyed) {
      if (c.type !== 'position' || !c.position) continue;
      keyMoved.current.add(c.id);
      hold.current(c.id, c.position);
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const ids = keyMoved.current;
      keyMoved.current = new Set();
      act.current.moved(flow.getNodes().filter((n) => ids.has(n.id)));
    }, KEY_MOVE_REST_MS);
  }, [setNodes, flow]);
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => setEdges((es) => applyEdgeChanges(changes, es)), [setEdges]);

  // A dragged frame takes what lies inside it along, live; all are saved together at the end.
  const selectionDragStart = useCallback((_: unknown, dragged: FlowNode[]) => {
    dragging.current = true;
    const c = carriedBy(flow.getNodes(), dragged.map((n) => n.id));
    carry.current = c.nodes.size ? c : null;
  }, [flow]);
  const selectionDrag = useCallback((_: unknown, dragged: FlowNode[]) => {
    const c = carry.current;
    if (c) setNodes((ns) => withCarried(ns, carriedTo(c, dragged), true));
  }, [setNodes]);
  const selectionDragStop = useCallback((_: unknown, dragged: FlowNode[]) => {
    dragging.current = false;
    const c = carry.current;
    carry.current = null;
    if (!c) return act.current.moved(dragged);
    const at = carriedTo(c, dragged);
    setNodes((ns) => withCarried(ns, at, false));
    const others = flow.getNodes().filter((n) => at.has(n.id)).map((n) => ({ ...n, position: at.get(n.id)!, dragging: false }));
    act.current.moved([...dragged, ...others]);
  }, [flow, setNodes]);
  const nodeDragStart = useCallback((e: unknown, _node: FlowNode, dragged: FlowNode[]) => selectionDragStart(e, dragged), [selectionDragStart]);
  const nodeDrag = useCallback((e: unknown, _node: FlowNode, dragged: FlowNode[]) => selectionDrag(e, dragged), [selectionDrag]);
  const nodeDragStop = useCallback((e: unknown, _node: FlowNode, dragged: FlowNode[]) => selectionDragStop(e, dragged), [selectionDragStop]);

  const isFrameId = (id: string) => flow.getNode(id)?.data.kind === 'frame';
  const onConnect = useCallback((c: Connection) => act.current.connected(c.source, c.target), []);
  /** Dropped on a node's body rather than on its handle: that node is meant. */
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, s: FinalConnectionState) => {
    if (s.isValid || !s.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!point) return;
    const id = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node')?.getAttribute('data-id');
    if (!id || id === s.fromNode.id) return;
    if (s.fromHandle?.type === 'target') act.current.connected(id, s.fromNode.id);
    else act.current.connected(s.fromNode.id, id);
  }, []);

  const onBeforeDelete = useCallback(async ({ nodes: gone, edges: cut }: { nodes: FlowNode[]; edges: FlowEdge[] }) => {
    // xyflow adds the edges of deleted nodes; only relations selected themselves are deleted.
    act.current.deleted(gone, cut.filter((e) => e.selected));
    return false;
  }, []);

  const onDragOver = (e: DragEvent) => {
    const types = e.dataTransfer.types;
    if (!editable || !(types.includes(CODE_DRAG_TYPE) || types.includes(MEMO_DRAG_TYPE))) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    const code = e.dataTransfer.getData(CODE_DRAG_TYPE);
    const memo = e.dataTransfer.getData(MEMO_DRAG_TYPE);
    if (!editable || !(code || memo)) return;
    e.preventDefault();
    const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    act.current.dropped(code ? 'code' : 'memo', code || memo, { x: Math.round(at.x - NODE_SIZE.width / 2), y: Math.round(at.y - NODE_SIZE.height / 2) });
  };

  return (
    <div className="model-canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<FlowNode, FlowEdge> nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} aria-label="Model canvas"
        onNodesChange={onNodesChange} onEdgesChange={onEdgesChange}
        onNodeDragStart={nodeDragStart} onNodeDrag={nodeDrag} onNodeDragStop={nodeDragStop}
        onSelectionDragStart={selectionDragStart} onSelectionDrag={selectionDrag} onSelectionDragStop={selectionDragStop}
        onConnect={onConnect} onConnectEnd={onConnectEnd} connectionMode={ConnectionMode.Loose}
        isValidConnection={(c) => c.source !== c.target && !isFrameId(c.source) && !isFrameId(c.target)} elevateNodesOnSelect={false}
        onBeforeDelete={onBeforeDelete} deleteKeyCode={editable ? DELETE_KEYS : null}
        nodesDraggable={editable} nodesConnectable={editable} edgesReconnectable={false}
        fitView fitViewOptions={{ padding: 0.1, maxZoom: 1 }} minZoom={0.1} maxZoom={2.5} proOptions={{ hideAttribution: true }}>
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable ariaLabel="Overview of the model"
          nodeColor={(n) => ((n as FlowNode).data.kind === 'frame' ? 'rgba(125, 140, 163, 0.25)' : (n as FlowNode).data.color)} />
        <Background gap={24} />
      </ReactFlow>
    </div>
  );
}
