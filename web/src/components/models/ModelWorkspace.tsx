/**
 * The model editor's body: the code and memo lists, the canvas, the clicked relation, and the
 * question of a new relation's type. Every change is one workbench command, so Ctrl+Z undoes it
 * like any other.
 */
import { useReactFlow } from '@xyflow/react';
import { useRef, useState } from 'react';
import { FRAME_SIZE } from '../../../../src/analysis/model-frames.js';
import type { CodeListing, MemoListing } from '../../api.js';
import { useCommand, useProject } from '../../project.js';
import { arrange } from './auto-layout.js';
import { ProjectIdContext } from './CodeNode.js';
import { CodePalette } from './CodePalette.js';
import { FrameContext } from './FrameNode.js';
import { isFrame } from './frame-flow.js';
import { MemoPalette } from './MemoPalette.js';
import { ModelCanvas, type CanvasActions } from './ModelCanvas.js';
import { ModelToolbar } from './ModelToolbar.js';
import { freeSpot, nodeOfCode, nodeOfMemo, rectOf, type FlowEdge, type FlowNode, type Rect, type XY } from './model-flow.js';
import type { ModelView } from './models-api.js';
import { Palette } from './Palette.js';
import { RelationPanel } from './RelationPanel.js';
import { TypeChooser } from './TypeChooser.js';
import { sizedStyle, useFrames } from './use-frames.js';
import { useModelState } from './use-model-state.js';

const q = (s: string) => `“${s}”`;
const ends = (n: FlowNode) => ({ type: n.data.kind, ref: n.data.ref });
const many = (n: number, one: string, other: string) => (n === 1 ? `1 ${one}` : `${n} ${other}`);

const NO_CODES: readonly CodeListing[] = [];

/** What a delete says: frames go, what they held stays; nodes go, their relations stay. */
function removedText(nodes: readonly FlowNode[]): string {
  const frames = nodes.filter(isFrame).length;
  const back = `Ctrl+Z puts ${nodes.length === 1 ? 'it' : 'them'} back.`;
  if (frames === nodes.length) return `Removed ${many(frames, 'frame', 'frames')}; what ${frames === 1 ? 'it' : 'they'} held stays on the model. ${back}`;
  return `Took ${many(nodes.length, 'node', 'nodes')} off the model; ${nodes.length === 1 ? 'its' : 'their'} relations stay in the project. ${back}`;
}

/** `codes` and `memos` are null while they load: nodes show meanwhile, the lists say so. */
export function ModelWorkspace({ projectId, view, readAt, codes, memos }: {
  projectId: string; view: ModelView; readAt: number; codes: readonly CodeListing[] | null; memos: readonly MemoListing[] | null;
}) {
  const run = useCommand();
  const { canCode, notify } = useProject();
  const state = useModelState(view, readAt, codes ?? NO_CODES);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const stage = useRef<HTMLDivElement>(null);
  const [proposal, setProposal] = useState<{ source: FlowNode; target: FlowNode } | null>(null);
  const model = view.model.name;
  const done = (result: unknown) => result !== undefined;
  const nodeOf = (id: string) => state.nodes.find((n) => n.id === id);
  const placed = new Set(state.nodes.map((n) => n.id));

  /** The part of the canvas on screen, in the diagram's coordinates. */
  const visible = (): Rect => {
    const box = stage.current?.getBoundingClientRect();
    if (!box) return { x: 0, y: 0, width: 0, height: 0 };
    const a = flow.screenToFlowPosition({ x: box.left, y: box.top });
    const b = flow.screenToFlowPosition({ x: box.right, y: box.bottom });
    return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  };
  const spotInView = (): XY => freeSpot(state.nodes.map(rectOf), visible());
  const frames = useFrames({
    model, editable: canCode, state, run,
    at: () => {
      const v = visible();
      return { x: Math.round(v.x + (v.width - FRAME_SIZE.width) / 2), y: Math.round(v.y + (v.height - FRAME_SIZE.height) / 2) };
    },
  });

  const addCode = (code: CodeListing, at: XY = spotInView()) => {
    if (nodeOf(code.id)) return notify('info', `${q(code.name)} is on the model already.`);
    void state.place([{ id: code.id, at, node: nodeOfCode(code, at) }], async () =>
      done(await run('model.place', { model, nodes: [{ type: 'code', ref: code.path, ...at }] }, `Added ${q(code.name)} to the model.`)));
  };
  const addMemo = (memo: MemoListing, at: XY = spotInView()) => {
    const title = memo.title || 'Untitled memo';
    if (nodeOf(memo.id)) return notify('info', `The memo ${q(title)} is on the model already.`);
    void state.place([{ id: memo.id, at, node: nodeOfMemo(memo, at) }], async () =>
      done(await run('model.place', { model, nodes: [{ type: 'memo', ref: memo.id, ...at }] }, `Added the memo ${q(title)} to the model.`)));
  };

  const actions: CanvasActions = {
    moved(nodes) {
      const changed = nodes.map((n) => ({ n, at: { x: Math.round(n.position.x), y: Math.round(n.position.y) } })).filter(({ n, at }) => {
        const saved = state.savedAt(n.id);
        return !saved || saved.x !== at.x || saved.y !== at.y;
      });
      // Moved back where they were: nothing to send, and the server's place counts again.
      state.release(nodes.filter((n) => !changed.some((c) => c.n === n)).map((n) => n.id));
      if (changed.length === 0) return;
      void state.place(changed.map(({ n, at }) => ({ id: n.id, at })), async () =>
        done(await run('model.place', { model, nodes: changed.map(({ n, at }) => ({ ...ends(n), ...at })) })));
    },
    dropped(kind, id, at) {
      if (kind === 'code') {
        const code = state.codesById.get(id);
        if (code) addCode(code, at);
      } else {
        const memo = memos?.find((m) => m.id === id);
        if (memo) addMemo(memo, at);
      }
    },
    connected(source, target) {
      const s = nodeOf(source);
      const t = nodeOf(target);
      if (!s || !t || s === t) return;
      if (isFrame(s) || isFrame(t)) return notify('info', 'A relation joins codes, memos or segments; frames only group them.');
      setProposal({ source: s, target: t });
    },
    deleted(nodes, edges) {
      if (nodes.length) {
        const text = removedText(nodes);
        void state.remove(nodes.map((n) => n.id), async () =>
          done(await run('model.remove', { model, nodes: nodes.map((n) => ({ type: n.data.kind, ref: n.id })) }, text)));
      }
      for (const e of edges) {
        const r = e.data?.relation;
        void run('relation.delete', { relation: e.id }, r ? `Deleted the relation ${q(r.source.label)} ${r.type} ${q(r.target.label)}; Ctrl+Z brings it back.` : 'Deleted the relation.');
      }
    },
  };

  const relate = async (type: ModelView['types'][number], memo: string) => {
    if (!proposal) return;
    const { source: s, target: t } = proposal;
    setProposal(null);
    if (s.data.kind === 'frame' || t.data.kind === 'frame') return;
    await run('relation.add', { from: { type: s.data.kind, ref: s.data.ref }, type: type.name, to: { type: t.data.kind, ref: t.data.ref }, memo: memo || null },
      `Related ${q(s.data.label)} to ${q(t.data.label)}: ${type.name}.`);
  };
  const autoLayout = async () => {
    if (state.nodes.length === 0) return notify('info', 'Add codes to the model first.');
    try {
      const { at, sizes } = await arrange(state.nodes, state.edges, view.types, view.model.layout === 'paradigm' ? 'paradigm' : 'layered');
      const moves = state.nodes.filter((n) => at.has(n.id)).map((n) => ({ n, at: at.get(n.id)!, size: sizes.get(n.id) }));
      const ok = await state.place(moves.map(({ n, at, size }) => ({ id: n.id, at, ...(size ? { size } : {}) })), async () =>
        done(await run('model.place', {
          model,
          nodes: moves.map(({ n, at, size }) => ({ ...ends(n), ...at, ...(size ? { style: sizedStyle(n.data.look, size.width, size.height) } : {}) })),
        }, 'Arranged the model; Ctrl+Z puts every node back.')));
      if (ok) requestAnimationFrame(() => void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 200 }));
    } catch (err) {
      notify('error', err instanceof Error ? err.message : String(err));
    }
  };

  const selected = state.edges.filter((e) => e.selected);
  const relation = selected.length === 1 ? view.relations.find((r) => r.id === selected[0]!.id) : undefined;
  const unselect = () => state.setEdges((es) => es.map((e) => (e.selected ? { ...e, selected: false } : e)));

  return (
    <>
      <ModelToolbar projectId={projectId} model={view.model} editable={canCode} onLayout={autoLayout} onAddFrame={frames.add} />
      {canCode && (
        <p className="meta model-help">
          Drag from a node’s dot to another node to relate them; click a relation to change it. A frame groups what lies inside it and moves
          it along. Select nodes, frames or relations and press Delete to remove them (nodes leave the model only; their relations stay in the
          project). Ctrl+Z undoes.
        </p>
      )}
      <div className={canCode ? 'model-workspace' : 'model-workspace read-only'}>
        {canCode && (
          <Palette
            codes={codes ? <CodePalette codes={codes} placed={placed} onAdd={(c) => addCode(c)} /> : <p className="status" role="status">Loading…</p>}
            memos={<MemoPalette memos={memos} placed={placed} onAdd={(m) => addMemo(m)} />} />
        )}
        <div className="model-stage" ref={stage}>
          <ProjectIdContext.Provider value={projectId}>
            <FrameContext.Provider value={frames.actions}>
              <ModelCanvas state={state} editable={canCode} actions={actions} />
            </FrameContext.Provider>
          </ProjectIdContext.Provider>
          {state.nodes.length === 0 && (
            <p className="model-empty status">{canCode ? 'An empty model: add codes or memos from the list.' : 'This model has no nodes yet.'}</p>
          )}
          {relation && (
            <RelationPanel key={relation.id} relation={relation} types={view.types} editable={canCode} onClose={unselect}
              onType={(t) => void run('relation.edit', { relation: relation.id, type: t.name, version: relation.version }, `The relation is now ${q(t.name)}.`)}
              onMemo={(memo) => void run('relation.edit', { relation: relation.id, memo, version: relation.version }, 'Saved the relation’s memo.')}
              onReverse={() => void run('relation.edit', { relation: relation.id, reverse: true, version: relation.version }, 'Reversed the relation.')}
              onDelete={() => actions.deleted([], [selected[0]!])} />
          )}
        </div>
      </div>
      {proposal && (
        <TypeChooser types={view.types} from={proposal.source.data.label} to={proposal.target.data.label}
          onChoose={(t, memo) => void relate(t, memo)} onCancel={() => setProposal(null)} />
      )}
    </>
  );
}
