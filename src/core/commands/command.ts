/**
 * A named change to a project. The store runs `run` and writes the event (actor, time, command,
 * payload, inverse patch) in the same transaction, so the log and the data never disagree.
 */
import type { z } from 'zod';
import type { PatchBuilder } from '../patch.js';
import type { Tx } from '../ports.js';
import type { Role } from '../types.js';

export interface CommandContext {
  tx: Tx;
  actorId: string;
  /** The acting user's name and role in the project, when the runner read them already (it checks them first). */
  actor?: { name: string; role: Role | null };
  /** The project the command acts on; null for commands outside any project (users, new projects). */
  projectId: string | null;
  now: string;
  newId(): string;
  /** Collects what undo must revert. */
  patch: PatchBuilder;
}

export interface Command<P = unknown, R = unknown> {
  name: string;
  schema: z.ZodType<P>;
  /** 'project' commands need a project and the acting user's role in it. */
  scope: 'global' | 'project';
  role: Role;
  undoable: boolean;
  /** What the event log keeps of the payload (large bodies such as a document's text are left out). */
  logged?(payload: P, result: R): unknown;
  /** The project the event belongs to, when the command creates it. */
  eventProject?(result: R): string;
  /** The event this command reverts (undo). */
  undoes?(result: R): number;
  run(ctx: CommandContext, payload: P): Promise<R>;
}

/** Declare a command, keeping its literal name so the API contract can type payloads by name. */
export function defineCommand<const N extends string, S extends z.ZodType, R>(
  command: Omit<Command<z.output<S>, R>, 'name' | 'schema'> & { name: N; schema: S },
): Command<z.output<S>, R> & { name: N; schema: S } {
  return command as Command<z.output<S>, R> & { name: N; schema: S };
}

/** The project id of a project-scoped command; the executor guarantees it is set. */
export function projectOf(ctx: CommandContext): string {
  if (!ctx.projectId) throw new Error('project command run without a project');
  return ctx.projectId;
}
