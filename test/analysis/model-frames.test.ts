/** Which frame holds what (by where things lie), and the layout that keeps frames round their contents. */
import { describe, expect, it } from 'vitest';
import { FRAME_TEXT, contentsOf, frameOf, layoutFramed, stack, type Placed } from '../../src/analysis/model-frames.js';

const box = (id: string, x: number, y: number, width = 100, height = 40): Placed => ({ id, x, y, width, height, frame: false });
const frame = (id: string, x: number, y: number, width: number, height: number): Placed => ({ id, x, y, width, height, frame: true });

describe('frames', () => {
  const boxes = [
    frame('outer', 0, 0, 600, 400), frame('inner', 20, 40, 300, 200),
    box('a', 40, 80), box('b', 400, 100), box('c', 700, 100),
    // Its centre lies outside the inner frame, although its corner is inside.
    box('d', 280, 200),
  ];

  it('puts each box in the smallest frame around its centre, frames in frames', () => {
    expect(Object.fromEntries(frameOf(boxes))).toEqual({ inner: 'outer', a: 'inner', b: 'outer', d: 'outer' });
  });

  it('moves everything inside a frame with it, at any depth', () => {
    expect(contentsOf('outer', boxes).sort()).toEqual(['a', 'b', 'd', 'inner']);
    expect(contentsOf('inner', boxes)).toEqual(['a']);
    expect(contentsOf('a', boxes)).toEqual([]);
  });

  it('never lets two frames of one size hold each other', () => {
    const twins = [frame('f1', 0, 0, 200, 200), frame('f2', 0, 0, 200, 200), box('x', 50, 50)];
    const parent = frameOf(twins);
    expect(parent.has('f1') || parent.has('f2')).toBe(false);
    expect(parent.get('x')).toBe('f1');
  });

  it('stacks a frame\'s contents under its title and sizes it to fit', () => {
    const s = stack([{ id: 'a', width: 100, height: 40 }, { id: 'b', width: 160, height: 60 }], 'Of the therapist');
    expect(s.size).toEqual({ width: 160 + 2 * FRAME_TEXT.padding, height: FRAME_TEXT.header + 40 + FRAME_TEXT.gap + 60 + FRAME_TEXT.padding });
    expect(s.at.get('a')).toEqual({ x: 44, y: FRAME_TEXT.header });
    expect(s.at.get('b')).toEqual({ x: FRAME_TEXT.padding, y: FRAME_TEXT.header + 40 + FRAME_TEXT.gap });
    // A long title widens the frame.
    expect(stack([{ id: 'a', width: 40, height: 40 }], 'Conditions of the therapist and of the patient').size.width).toBeGreaterThan(200);
  });

  it('lays out a model with frames: contents stay in their frames, frames follow their relations into paradigm columns', async () => {
    const model = [
      frame('effects', 0, 0, 200, 200), box('effect', 10, 20), box('effect2', 10, 5),
      frame('causes', 500, 500, 300, 300), box('trigger', 520, 540),
      box('moment', 200, 200),
    ];
    const edges = [
      { id: 'e1', source: 'trigger', target: 'moment', paradigm: 'causal' as const },
      { id: 'e2', source: 'effect', target: 'moment', paradigm: 'consequence' as const },
    ];
    const { at, sizes } = await layoutFramed(model, edges, new Map([['effects', 'Effects'], ['causes', 'Causes']]), 'paradigm');
    const rect = (id: string) => ({ ...at.get(id)!, ...(sizes.get(id) ?? { width: 100, height: 40 }) });
    const inside = (b: string, f: string) => {
      const r = rect(b);
      const o = rect(f);
      return r.x >= o.x && r.y >= o.y && r.x + r.width <= o.x + o.width && r.y + r.height <= o.y + o.height;
    };
    expect(inside('effect', 'effects') && inside('effect2', 'effects') && inside('trigger', 'causes')).toBe(true);
    // In their present order, top to bottom: effect2 was above effect.
    expect(at.get('effect2')!.y).toBeLessThan(at.get('effect')!.y);
    expect(rect('causes').x + rect('causes').width).toBeLessThanOrEqual(rect('moment').x);
    expect(rect('moment').x + 100).toBeLessThanOrEqual(rect('effects').x);
    expect(sizes.get('effects')).toEqual({ width: 100 + 2 * FRAME_TEXT.padding, height: FRAME_TEXT.header + 2 * 40 + FRAME_TEXT.gap + FRAME_TEXT.padding });
  });
});
