/** Undo: revert the acting user's latest command in a project, itself recorded as an event. */
import { z } from 'zod';
import { InUseError, UserError } from '../errors.js';
import { applyPatch, type Patch } from '../patch.js';
import { defineCommand, projectOf } from './command.js';

export interface UndoOutcome { undid: number; command: string; at: string }

export const undo = defineCommand({
  name: 'undo',
  schema: z.object({}),
  scope: 'project',
  role: 'viewer',
  undoable: false,
  undoes: (outcome: UndoOutcome) => outcome.undid,
  async run(ctx): Promise<UndoOutcome> {
    const event = await ctx.tx.lastUndoable(projectOf(ctx), ctx.actorId);
    if (!event) throw new UserError('There is nothing of yours to undo in this project.');
    if (event.inverse === null) {
      throw new UserError(`Your last command (${event.command}) cannot be undone; there is nothing earlier of yours to undo after it.`);
    }
    const label = `${event.command} (event ${event.seq})`;
    try {
      await applyPatch(ctx.tx, JSON.parse(event.inverse) as Patch, label);
    } catch (err) {
      if (err instanceof InUseError) {
        throw new UserError(`Cannot undo ${label}: later work uses what it created; remove that work first.`);
      }
      throw err;
    }
    return { undid: event.seq, command: event.command, at: event.at };
  },
});
