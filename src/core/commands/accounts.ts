/** Passwords of user accounts: set by the user, or by an administrator (the local owner is one). */
import { z } from 'zod';
import { UserError } from '../errors.js';
import { userByName } from '../resolve.js';
import { defineCommand, type CommandContext } from './command.js';

/** Whether the acting user may manage other accounts: an administrator, or the local owner. */
export async function actsAsAdmin(ctx: CommandContext): Promise<boolean> {
  const actor = await ctx.tx.get('user', ctx.actorId);
  return !!actor && (actor.isAdmin === 1 || actor.isLocalOwner === 1);
}

export const setPassword = defineCommand({
  name: 'user.password',
  /** The hash, never the password: hashing happens at the edge (server or command line). */
  schema: z.object({ user: z.string(), passwordHash: z.string().startsWith('$argon2id$') }),
  scope: 'global',
  role: 'viewer',
  undoable: false,
  // The log keeps who changed whose password, never the hash.
  logged: (p) => ({ user: p.user }),
  async run(ctx, p): Promise<{ user: string }> {
    const user = await userByName(ctx.tx, p.user);
    if (user.id !== ctx.actorId && !(await actsAsAdmin(ctx))) {
      throw new UserError(`Only ${user.name} or an administrator can change ${user.name}'s password.`);
    }
    await ctx.tx.update('user', user.id, { passwordHash: p.passwordHash });
    return { user: user.name };
  },
});
