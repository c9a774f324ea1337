/**
 * A coder's codings are their own: others may read them (outside blind coding) but only their coder
 * or a project owner may remove, replace or mark them, or code in someone else's name. Without this,
 * one coder's slip would change another's work and the agreement between them.
 */
import { UserError } from '../errors.js';
import type { CodingRecord } from '../records.js';
import type { CommandContext } from './command.js';

/** Owners (and administrators, who act without a membership) may act for the whole team. */
export function actsForTeam(ctx: CommandContext): boolean {
  return !ctx.actor || ctx.actor.role === 'owner' || ctx.actor.role === null;
}

const refused = (message: string): UserError => Object.assign(new UserError(message), { statusCode: 403 });

/** Refuse a change to another coder's coding unless the actor is an owner. */
export function assertMayChange(ctx: CommandContext, coding: CodingRecord, coderName = 'another coder'): void {
  if (coding.coderId === ctx.actorId || actsForTeam(ctx)) return;
  throw refused(`That coding is ${coderName}'s; only they or a project owner can change it, so nothing was changed.`);
}

/** Refuse coding in another user's name unless the actor is an owner. */
export function assertMayCodeAs(ctx: CommandContext, coderId: string, coderName: string): void {
  if (coderId === ctx.actorId || actsForTeam(ctx)) return;
  throw refused(`Only a project owner can code in ${coderName}'s name; code as yourself, so nothing was changed.`);
}
