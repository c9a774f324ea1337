/**
 * Undo and redo of the acting user's own commands, each itself recorded as an event. Undo applies
 * a command's inverse patch and records the patch that reverts that (its own inverse); redo applies
 * that recorded patch, and records in turn how to undo it again.
 */
import { z } from 'zod';
import { InUseError, UserError } from '../errors.js';
import { applyPatch, parsePatch } from '../patch.js';
import type { EventRecord } from '../ports.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';

export interface UndoOutcome { undid: number; command: string; at: string }
export interface RedoOutcome { redid: number; command: string }

/** How far back redo looks for an undo of the user's that nothing newer has superseded. */
const REDO_WINDOW = 500;

async function revert(ctx: CommandContext, event: EventRecord, label: string): Promise<void> {
  try {
    await applyPatch(ctx.tx, parsePatch(event.inverse!), label, ctx.patch);
  } catch (err) {
    if (err instanceof InUseError) throw new UserError(`Cannot ${label}: later work uses what it created; remove that work first.`);
    throw err;
  }
}

export const undo = defineCommand({
  name: 'undo',
  schema: z.object({}),
  scope: 'project',
  role: 'viewer',
  undoable: true,
  undoes: (outcome: UndoOutcome) => outcome.undid,
  async run(ctx): Promise<UndoOutcome> {
    const event = await ctx.tx.lastUndoable(projectOf(ctx), ctx.actorId);
    if (!event) throw new UserError('There is nothing of yours to undo in this project.');
    const what = event.command === 'redo' ? 'redo' : event.command;
    if (event.inverse === null) {
      throw new UserError(`Your last command (${what}) cannot be undone; there is nothing earlier of yours to undo after it.`);
    }
    await revert(ctx, event, `undo ${what} (event ${event.seq})`);
    return { undid: event.seq, command: event.command, at: event.at };
  },
});

/**
 * The undo a redo would reverse: the user's newest undo not yet redone, provided the user has done
 * nothing new since (a new change clears what can be redone, as in any editor).
 */
export function redoable(newestFirst: readonly (EventRecord & { reverted: boolean })[]): EventRecord | undefined {
  for (const e of newestFirst) {
    if (e.reverted || e.command === 'redo') continue;
    return e.command === 'undo' ? e : undefined;
  }
  return undefined;
}

export const redo = defineCommand({
  name: 'redo',
  schema: z.object({}),
  scope: 'project',
  role: 'viewer',
  undoable: true,
  undoes: (outcome: RedoOutcome) => outcome.redid,
  async run(ctx): Promise<RedoOutcome> {
    const event = redoable(await ctx.tx.recentEvents(projectOf(ctx), ctx.actorId, REDO_WINDOW));
    if (!event) throw new UserError('There is nothing of yours to redo in this project; redo works right after an undo.');
    if (event.inverse === null) throw new UserError('That undo was made by an older version of Sparks and cannot be redone.');
    const original = event.undoes === null ? 'change' : `event ${event.undoes}`;
    await revert(ctx, event, `redo ${original}`);
    return { redid: event.seq, command: 'redo' };
  },
});
