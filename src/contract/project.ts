/**
 * The API contract for projects, their reads, commands and live feed: request schemas validated by
 * the server and typed for the web app, which imports this module and nothing else of the server.
 */
import { z } from 'zod';
import type { Command } from '../core/commands/command.js';
import type { COMMANDS } from '../core/commands/index.js';

export const loginQuery = z.object({ token: z.string().max(200) });
/** A login by name (or e-mail) and password; lengths capped so nobody can make the server hash a novel. */
export const loginBody = z.object({ name: z.string().min(1).max(320), password: z.string().min(1).max(1000) });
export const presenceBody = z.object({ memo: z.string().uuid(), leaving: z.boolean().optional() });
export const passwordBody = z.object({ current: z.string().max(1000), next: z.string().max(1000) });
export const projectParams = z.object({ projectId: z.string().uuid() });
export const documentParams = projectParams.extend({ documentId: z.string().uuid() });
export const commandParams = projectParams.extend({ name: z.string().max(100) });
export const eventsQuery = z.object({ limit: z.coerce.number().int().positive().max(10_000).optional() });
export const liveQuery = z.object({ after: z.coerce.number().int().nonnegative().optional() });
export const createProjectBody = z.object({ name: z.string() });

/** Who the request acts as. */
export interface Me { id: string; name: string; email: string | null; isAdmin: boolean; hasPassword: boolean }

/** One change as the live feed sends it. */
export interface LiveEvent { seq: number; at: string; actor: string; command: string; payload: unknown; undoes: number | null }

type AnyCommand = (typeof COMMANDS)[keyof typeof COMMANDS];
/** Every command's name. */
export type CommandName = AnyCommand['name'];
/** The payload a command accepts over `POST /api/projects/:id/commands/:name` (defaults may be left out). */
export type CommandPayload<N extends CommandName> = z.input<Extract<AnyCommand, { name: N }>['schema']>;
/** What a command answers. */
export type CommandResult<N extends CommandName> = Extract<AnyCommand, { name: N }> extends Command<unknown, infer R> ? R : never;
