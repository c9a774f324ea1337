/**
 * The editor's frame commands: add one (its title typed at once), retitle it, resize it. Each is
 * one command, so Ctrl+Z undoes it; the canvas shows the change before the server answers.
 */
import { useState } from 'react';
import type { RunCommand } from '../../project.js';
import type { FrameActions } from './FrameNode.js';
import type { NodeStyle } from './models-api.js';
import type { Rect, XY } from './model-flow.js';
import type { ModelState } from './use-model-state.js';

const q = (s: string) => `“${s}”`;

/** The stored style with a new size: `model.place` replaces a node's whole style. */
export function sizedStyle(look: NodeStyle, width: number, height: number): NodeStyle {
  return {
    ...(look.color ? { color: look.color } : {}), ...(look.shape ? { shape: look.shape } : {}),
    width: Math.round(width), height: Math.round(height),
  };
}

/** A title as the server keeps it: one line, no spaces around. */
export const cleanTitle = (t: string): string => t.replace(/\s+/g, ' ').trim();

export function useFrames({ model, editable, state, run, at }: {
  model: string; editable: boolean; state: ModelState; run: RunCommand;
  /** Where a new frame goes: its top-left corner. */
  at(): XY;
}): { actions: FrameActions; add(): Promise<void> } {
  const [editing, setEditing] = useState<string | null>(null);
  const done = (result: unknown) => result !== undefined;
  const frame = (id: string) => state.nodes.find((n) => n.id === id && n.data.kind === 'frame');

  const add = async () => {
    const { x, y } = at();
    const row = await run('model.frame', { model, x, y }, 'Added a frame: type its title and press Enter.');
    // The frame shows once the model is read again; it opens with its title field.
    if (row) setEditing(row.id);
  };

  const actions: FrameActions = {
    editable,
    editing,
    edit: setEditing,
    renamed(id, typed) {
      setEditing(null);
      const f = frame(id);
      if (typed === null || !f) return;
      const label = cleanTitle(typed);
      if (label === f.data.label) return;
      const text = label ? `Renamed the frame to ${q(label)}.` : 'The frame has no title now.';
      void state.place([{ id, at: state.savedAt(id) ?? f.position, label }], async () =>
        done(await run('model.frame', { model, frame: id, label }, text)));
    },
    resized(id, box: Rect) {
      const f = frame(id);
      if (!f) return;
      const where = { x: Math.round(box.x), y: Math.round(box.y) };
      const style = sizedStyle(f.data.look, box.width, box.height);
      void state.place([{ id, at: where, size: { width: style.width!, height: style.height! } }], async () =>
        done(await run('model.place', { model, nodes: [{ type: 'frame', ref: id, ...where, style }] })));
    },
  };
  return { actions, add };
}
