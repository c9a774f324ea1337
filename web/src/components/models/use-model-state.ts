/**
 * The canvas's nodes and edges, following the server's model and ahead of it: a node moved, added
 * or taken off shows so at once, and stays so until the server's answer has been read back (or the
 * change was refused). Live changes by others arrive as new server data and merge the same way.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { CodeListing } from '../../api.js';
import type { ModelNodeView, ModelView } from './models-api.js';
import { settle, tick, toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode, type Pending, type Size, type XY } from './model-flow.js';

/** A node put at `at`; a new one carries `node`; a frame may get a new `size` or title (`label`). */
export interface Placement { id: string; at: XY; node?: ModelNodeView; size?: Size; label?: string }

export interface ModelState {
  nodes: FlowNode[];
  edges: FlowEdge[];
  setNodes: Dispatch<SetStateAction<FlowNode[]>>;
  setEdges: Dispatch<SetStateAction<FlowEdge[]>>;
  codesById: ReadonlyMap<string, CodeListing>;
  /** Where the server has (or is being told to put) a node: what a drag compares against. */
  savedAt(id: string): XY | undefined;
  /** Show nodes at their new places (or new nodes) while `send` tells the server; undone if it refuses. */
  place(entries: readonly Placement[], send: () => Promise<boolean>): Promise<boolean>;
  /** Hide nodes while `send` takes them off the model. */
  remove(ids: readonly string[], send: () => Promise<boolean>): Promise<boolean>;
  /** Keep a node where it was moved, before it is sent; `release` lets the server's place count again. */
  hold(id: string, at: XY): void;
  release(ids: readonly string[]): void;
}

/** `readAt`: the `tick()` at which the read that brought `view` started. */
export function useModelState(view: ModelView, readAt: number, codes: readonly CodeListing[]): ModelState {
  const codesById = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const pending = useRef(new Map<string, Pending>());
  const latest = useRef({ view, codesById });
  latest.current = { view, codesById };
  const [nodes, setNodes] = useState<FlowNode[]>(() => toFlowNodes(view, codesById, pending.current, []));
  const [edges, setEdges] = useState<FlowEdge[]>(() => toFlowEdges(view, new Set(nodes.map((n) => n.id)), []));

  const redraw = useCallback(() => {
    setNodes((prev) => toFlowNodes(latest.current.view, latest.current.codesById, pending.current, prev));
  }, []);
  const seenView = useRef(view);
  useEffect(() => {
    // New data from the server hold every change it had answered for when they were asked for.
    if (seenView.current !== view) settle(pending.current, readAt);
    seenView.current = view;
    redraw();
  }, [view, readAt, codesById, redraw]);
  const drawn = nodes.map((n) => n.id).join('\n');
  useEffect(() => {
    setEdges((prev) => toFlowEdges(view, new Set(drawn.split('\n')), prev));
  }, [view, drawn]);

  const track = useCallback(async (entries: readonly [string, Pending][], send: () => Promise<boolean>) => {
    for (const [id, p] of entries) pending.current.set(id, p);
    redraw();
    const ok = await send();
    for (const [id, p] of entries) {
      // A later change to the same node (a second drag) is its own, still on its way.
      if (pending.current.get(id) !== p) continue;
      if (ok) p.done = tick();
      else pending.current.delete(id);
    }
    if (!ok) redraw();
    return ok;
  }, [redraw]);

  const place = useCallback((entries: readonly Placement[], send: () => Promise<boolean>) =>
    track(entries.map(({ id, ...change }) => [id, { ...change, done: 0 }]), send), [track]);
  const remove = useCallback((ids: readonly string[], send: () => Promise<boolean>) =>
    track(ids.map((id) => [id, { gone: true, done: 0 }]), send), [track]);
  const hold = useCallback((id: string, at: XY) => {
    pending.current.set(id, { at, held: true, done: 0 });
  }, []);
  const release = useCallback((ids: readonly string[]) => {
    for (const id of ids) {
      const p = pending.current.get(id);
      if (p && 'held' in p) pending.current.delete(id);
    }
  }, []);
  const savedAt = useCallback((id: string): XY | undefined => {
    const p = pending.current.get(id);
    if (p && 'at' in p && !p.held) return p.at;
    const n = latest.current.view.nodes.find((x) => x.targetId === id);
    return n ? { x: n.x, y: n.y } : undefined;
  }, []);

  return { nodes, edges, setNodes, setEdges, codesById, savedAt, place, remove, hold, release };
}
