import { describe, expect, it } from 'vitest';
import { redoable } from '../../../src/core/commands/undo.js';
import type { EventRecord } from '../../../src/core/ports.js';

let seq = 0;
const ev = (command: string, reverted = false): EventRecord & { reverted: boolean } => ({
  seq: ++seq, id: String(seq), projectId: 'p', actorId: 'u', at: '', command, payload: '{}', inverse: '{}', undoes: null, reverted,
});

describe('redoable', () => {
  it('takes the newest undo that was not redone, skipping redos and reverted events', () => {
    const u1 = ev('undo');
    expect(redoable([ev('redo'), ev('undo', true), u1, ev('code.create', true)])).toBe(u1);
  });
  it('finds nothing once a new change follows the undo', () => {
    expect(redoable([ev('code.rename'), ev('undo'), ev('code.create', true)])).toBeUndefined();
    expect(redoable([])).toBeUndefined();
  });
});
