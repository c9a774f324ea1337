/** Frames on the canvas: what a dragged frame takes along, the palette's memo filter, a resized frame's style, the framed auto-layout. */
import { describe, expect, it } from 'vitest';
import { arrange } from '../../../../web/src/components/models/auto-layout.js';
import { boxesOf, carriedBy, carriedTo, withCarried } from '../../../../web/src/components/models/frame-flow.js';
import { matchMemos } from '../../../../web/src/components/models/MemoPalette.js';
import { toFlowEdges, toFlowNodes, type FlowNode } from '../../../../web/src/components/models/model-flow.js';
import { cleanTitle, sizedStyle } from '../../../../web/src/components/models/use-frames.js';
import type { MemoListing } from '../../../../web/src/api.js';
import { FRAMED, TYPES } from './fixtures.js';

const sized = (nodes: FlowNode[]): FlowNode[] => nodes.map((n) => (n.type === 'frame' ? n : { ...n, measured: { width: 190, height: 60 } }));
const NODES = sized(toFlowNodes(FRAMED, new Map(), new Map(), []));

describe('what a dragged frame carries', () => {
  it('reads the frame’s boxes at their stored size and the nodes at their measured one', () => {
    expect(boxesOf(NODES).find((b) => b.id === 'f1')).toEqual({ id: 'f1', x: -20, y: -40, width: 560, height: 200, frame: true });
    expect(boxesOf(NODES).find((b) => b.id === 'c1')).toEqual({ id: 'c1', x: 0, y: 0, width: 190, height: 60, frame: false });
  });

  it('takes what lies inside the frame when the drag starts, and moves it by as much as the frame', () => {
    const carry = carriedBy(NODES, ['f1']);
    expect([...carry.nodes.keys()].sort()).toEqual(['c1', 'c2']);
    const at = carriedTo(carry, [{ id: 'f1', position: { x: 80, y: -10 } }]);
    expect(Object.fromEntries(at)).toEqual({ c1: { x: 100, y: 30 }, c2: { x: 400, y: 30 } });
    const moved = withCarried(NODES, at, true);
    expect(moved.find((n) => n.id === 'c2')).toMatchObject({ position: { x: 400, y: 30 }, dragging: true });
    expect(moved.find((n) => n.id === 'memo1')!.position).toEqual({ x: 600, y: 0 });
  });

  it('leaves out nodes dragged themselves (selected with the frame), and carries nothing for a dragged node', () => {
    expect([...carriedBy(NODES, ['f1', 'c1']).nodes.keys()]).toEqual(['c2']);
    expect(carriedBy(NODES, ['c1']).nodes.size).toBe(0);
    expect(carriedBy(NODES, ['f2']).nodes.size).toBe(0);
  });

  it('carries a frame inside the frame, and what that one holds, once', () => {
    const inner = { ...NODES[1]!, position: { x: 0, y: 0 }, width: 400, height: 120 };
    const nodes = NODES.map((n) => (n.id === 'f2' ? inner : n));
    const carry = carriedBy(nodes, ['f1']);
    expect([...carry.nodes.keys()].sort()).toEqual(['c1', 'c2', 'f2']);
    expect([...carry.nodes.values()].every((c) => c.frame === 'f1')).toBe(true);
  });
});

describe('the memo list’s filter', () => {
  const memo = (id: string, title: string, body = ''): MemoListing =>
    ({ id, title, body, type: 'theoretical', author: 'ana', links: [], createdAt: '', updatedAt: '', version: 1 }) as unknown as MemoListing;
  const MEMOS = [memo('a', 'Por qué la risa'), memo('b', 'Reacción del terapeuta', 'la risa abre'), memo('c', 'Otro')];
  it('lists every memo when nothing is typed, else those whose title (first) or text hold every word, ignoring accents', () => {
    expect(matchMemos(MEMOS, '').map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(matchMemos(MEMOS, 'RISA').map((m) => m.id)).toEqual(['a', 'b']);
    expect(matchMemos(MEMOS, 'reaccion').map((m) => m.id)).toEqual(['b']);
    expect(matchMemos(MEMOS, 'risa otro')).toEqual([]);
  });
});

describe('a frame’s style and title as sent', () => {
  it('keeps the colour and shape, and sets the new size in whole units', () => {
    expect(sizedStyle({ color: '#225588', width: 10, height: 10 }, 300.4, 199.6)).toEqual({ color: '#225588', width: 300, height: 200 });
    expect(sizedStyle({}, 260, 160)).toEqual({ width: 260, height: 160 });
  });
  it('keeps a title on one line without spaces around', () => {
    expect(cleanTitle('  Condiciones \n del  terapeuta ')).toBe('Condiciones del terapeuta');
  });
});

describe('auto-layout with frames', () => {
  it('stacks what a frame holds inside it, sizes the frame to fit, and places every node', async () => {
    const edges = toFlowEdges(FRAMED, new Set(NODES.map((n) => n.id)), []);
    const { at, sizes } = await arrange(NODES, edges, TYPES, 'layered');
    expect([...at.keys()].sort()).toEqual(['c1', 'c2', 'f1', 'f2', 'memo1']);
    expect([...sizes.keys()].sort()).toEqual(['f1', 'f2']);
    const f = { ...at.get('f1')!, ...sizes.get('f1')! };
    for (const id of ['c1', 'c2']) {
      const p = at.get(id)!;
      expect(p.x).toBeGreaterThanOrEqual(f.x);
      expect(p.x + 190).toBeLessThanOrEqual(f.x + f.width);
      expect(p.y).toBeGreaterThan(f.y);
      expect(p.y).toBeLessThan(f.y + f.height);
    }
    expect(at.get('c2')!.y).toBeGreaterThan(at.get('c1')!.y);
    expect([...at.values()].every((p) => Number.isInteger(p.x) && Number.isInteger(p.y))).toBe(true);
  });
});
