/** The canvas's view of a model: server data merged with changes on their way, facing sides, free spots. */
import { describe, expect, it } from 'vitest';
import { FRAME_SIZE } from '../../../../src/analysis/model-frames.js';
import {
  FRAME_Z, freeSpot, nodeOfCode, nodeOfMemo, settle, toFlowEdges, toFlowNodes, withSides, type FlowNode, type Pending,
} from '../../../../web/src/components/models/model-flow.js';
import type { CodeListing } from '../../../../web/src/api.js';
import { FRAMED, VIEW } from './fixtures.js';

const code = (id: string, name: string, path = name): CodeListing => ({
  id, name, path, parent: null, depth: 0, definition: '', color: '#123456', attributes: {}, codings: 2, codingsWithChildren: 5, cases: 1, casesWithChildren: 3, version: 1,
});
const CODES = new Map([['c1', code('c1', 'Condiciones', 'Enabling/Condiciones')], ['c2', code('c2', 'Humor 😊', 'Triggers/Humor 😊')], ['c3', code('c3', 'Alivio')]]);

describe('toFlowNodes', () => {
  it('keys nodes by the object they show, with the code’s name, path, colour, counts and what commands call it', () => {
    const nodes = toFlowNodes(VIEW, CODES, new Map(), []);
    expect(nodes.map((n) => [n.id, n.position.x, n.data.label, n.data.title, n.data.color, n.data.ref, n.data.codePath])).toEqual([
      ['c1', 0, 'Condiciones', 'Enabling/Condiciones', '#336699', 'Enabling/Condiciones', 'Enabling/Condiciones'],
      ['c2', 300, 'Humor 😊', 'Triggers/Humor 😊', '#123456', 'Triggers/Humor 😊', 'Triggers/Humor 😊'],
      ['memo1', 600, 'Por qué la risa', 'Por qué la risa', '#aa3300', 'memo1', null],
    ]);
    expect(nodes[0]!.data.counts).toEqual({ codings: 4, cases: 3, label: 'variant' });
    expect(nodes.every((n) => Number(n.style?.width) >= 80)).toBe(true);
  });

  it('lays pending moves, additions and removals over the server’s data, and keeps selection and a drag in progress', () => {
    const pending = new Map<string, Pending>([
      ['c1', { at: { x: 50, y: 60 }, done: 0 }],
      ['memo1', { gone: true, done: 7 }],
      ['c3', { at: { x: 900, y: 10 }, node: nodeOfCode(CODES.get('c3')!, { x: 900, y: 10 }), done: 3 }],
    ]);
    const previous = toFlowNodes(VIEW, CODES, new Map(), []).map((n): FlowNode =>
      (n.id === 'c2' ? { ...n, selected: true, dragging: true, position: { x: 333, y: 44 }, measured: { width: 150, height: 60 } } : n));
    const nodes = toFlowNodes(VIEW, CODES, pending, previous);
    expect(nodes.map((n) => [n.id, n.position])).toEqual([['c1', { x: 50, y: 60 }], ['c2', { x: 333, y: 44 }], ['c3', { x: 900, y: 10 }]]);
    expect(nodes[1]).toMatchObject({ selected: true, measured: { width: 150, height: 60 } });
    expect(nodes[2]!.data).toMatchObject({ label: 'Alivio', counts: { codings: 5, cases: 3, label: null } });
    // Read at 5: holds what was answered at 3, not what was answered at 7 or is still on its way.
    settle(pending, 5);
    expect([...pending.keys()]).toEqual(['c1', 'memo1']);
  });
});

describe('toFlowEdges and withSides', () => {
  it('draws the relations between drawn nodes with their type label, an arrow unless the type works both ways', () => {
    const edges = toFlowEdges(VIEW, new Set(['c1', 'c2', 'memo1']), [{ id: 'r2', source: 'c2', target: 'memo1', selected: true }]);
    expect(edges.map((e) => [e.id, e.source, e.target, e.label, e.markerEnd !== undefined, e.selected])).toEqual([
      ['r1', 'c1', 'c2', 'causal condition of', true, false],
      ['r2', 'c2', 'memo1', 'is associated with', false, true],
    ]);
    expect(toFlowEdges(VIEW, new Set(['c1', 'c2']), []).map((e) => e.id)).toEqual(['r1']);
  });

  it('joins the facing sides: right to left forwards, left to right for a relation pointing back', () => {
    const nodes = toFlowNodes(VIEW, CODES, new Map(), []);
    const edges = toFlowEdges(VIEW, new Set(nodes.map((n) => n.id)), []);
    expect(withSides(edges, nodes).map((e) => [e.sourceHandle, e.targetHandle])).toEqual([['right', 'left'], ['right', 'left']]);
    const back = nodes.map((n) => (n.id === 'c1' ? { ...n, position: { x: 1000, y: 0 } } : n));
    expect(withSides(edges, back)[0]).toMatchObject({ sourceHandle: 'left', targetHandle: 'right' });
  });
});

describe('freeSpot', () => {
  const area = { x: 0, y: 0, width: 1000, height: 600 };
  it('takes the first place row by row that touches no node, and goes below everything when the area is full', () => {
    expect(freeSpot([], area)).toEqual({ x: 24, y: 24 });
    expect(freeSpot([{ x: 20, y: 20, width: 190, height: 78 }], area)).toEqual({ x: 238, y: 24 });
    const full = [{ x: 0, y: 0, width: 1000, height: 600 }];
    expect(freeSpot(full, area)).toEqual({ x: 24, y: 624 });
  });
});

describe('frames in toFlowNodes', () => {
  it('draws frames first (larger ones first), behind everything, unconnectable, at their stored or default size', () => {
    const nodes = toFlowNodes(FRAMED, CODES, new Map(), []);
    expect(nodes.map((n) => n.id)).toEqual(['f1', 'f2', 'c1', 'c2', 'memo1']);
    const [f1, f2] = nodes;
    expect(f1).toMatchObject({ type: 'frame', width: 560, height: 200, zIndex: FRAME_Z, connectable: false, position: { x: -20, y: -40 } });
    expect(f1!.data).toMatchObject({ kind: 'frame', label: 'Condiciones del terapeuta', ref: 'f1', color: '#225588', codePath: null, look: { width: 560, height: 200, color: '#225588' } });
    expect(f2).toMatchObject({ width: FRAME_SIZE.width, height: FRAME_SIZE.height, ariaLabel: 'Frame without a title' });
    expect(nodes.filter((n) => n.type === 'code').every((n) => n.zIndex === undefined)).toBe(true);
  });

  it('lays a pending resize and a pending title over the frame, and keeps a resize in progress', () => {
    const pending = new Map<string, Pending>([['f1', { at: { x: 0, y: 0 }, size: { width: 300, height: 120 }, label: 'Del terapeuta', done: 0 }]]);
    const nodes = toFlowNodes(FRAMED, CODES, pending, []);
    // Smaller now than the other frame: drawn over it.
    expect(nodes.map((n) => n.id).slice(0, 2)).toEqual(['f2', 'f1']);
    const f1 = nodes[1];
    expect(f1).toMatchObject({ position: { x: 0, y: 0 }, width: 300, height: 120, data: { label: 'Del terapeuta' } });
    const resizing = { ...f1!, resizing: true, width: 410, height: 150, position: { x: 5, y: 6 } };
    const again = toFlowNodes(FRAMED, CODES, new Map(), [resizing]).find((n) => n.id === 'f1');
    expect(again).toMatchObject({ width: 410, height: 150, position: { x: 5, y: 6 } });
  });

  it('shapes a memo not yet on the model as the server will send it back', () => {
    const pending = new Map<string, Pending>([['memo2', { at: { x: 10, y: 20 }, node: nodeOfMemo({ id: 'memo2', title: 'Risa compartida' }, { x: 10, y: 20 }), done: 0 }]]);
    const memo = toFlowNodes(VIEW, CODES, pending, []).find((n) => n.id === 'memo2');
    expect(memo).toMatchObject({ type: 'code', position: { x: 10, y: 20 }, data: { kind: 'memo', label: 'Risa compartida', ref: 'memo2', codePath: null } });
  });
});
