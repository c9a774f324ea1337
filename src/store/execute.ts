/** Runs a core command and appends its event, in one transaction: both land or neither does. */
import { randomUUID } from 'node:crypto';
import { COMMANDS_BY_NAME, type Command } from '../core/commands/index.js';
import { UserError } from '../core/errors.js';
import { PatchBuilder, compactPatch, serializePatch } from '../core/patch.js';
import type { Role } from '../core/types.js';
import type { Store } from './store.js';
import { KyselyTx } from './tx.js';

const RANK: Record<Role, number> = { viewer: 0, coder: 1, owner: 2 };

export interface Invocation<P> {
  actorId: string;
  projectId?: string | null;
  payload: P;
}

/** Execute a command object (typed) on behalf of a user. */
export async function execute<P, R>(store: Store, command: Command<P, R>, inv: Invocation<unknown>): Promise<R> {
  if (COMMANDS_BY_NAME.get(command.name) !== (command as unknown)) throw new Error(`unknown command ${command.name}`);
  const parsed = command.schema.safeParse(inv.payload);
  if (!parsed.success) throw new Error(`invalid payload for ${command.name}: ${parsed.error.message}`);
  const projectId = inv.projectId ?? null;
  if (command.scope === 'project' && !projectId) throw new Error(`${command.name} needs a project`);
  return store.adapter.transaction(async (trx) => {
    const tx = new KyselyTx(trx, store.adapter);
    const actor = await tx.get('user', inv.actorId);
    if (!actor) throw new UserError('The acting user no longer exists; choose another with --as.');
    if (command.scope === 'project') await authorise(tx, projectId!, actor.id, actor.isAdmin === 1, command.role);
    const patch = new PatchBuilder();
    const now = new Date().toISOString();
    const ctx = { tx, actorId: actor.id, projectId, now, newId: randomUUID, patch };
    const result = await command.run(ctx, parsed.data);
    const logged = command.logged ? command.logged(parsed.data, result) : parsed.data;
    await trx.insertInto('event').values({
      id: randomUUID(), projectId: command.eventProject?.(result) ?? projectId,
      actorId: actor.id, at: now, command: command.name, payload: JSON.stringify(logged),
      inverse: command.undoable ? serializePatch(compactPatch(patch.build())) : null, undoes: command.undoes?.(result) ?? null,
    }).execute();
    return result;
  });
}

async function authorise(tx: KyselyTx, projectId: string, userId: string, isAdmin: boolean, needed: Role): Promise<void> {
  const project = await tx.get('project', projectId);
  if (!project) throw new UserError('That project does not exist; list projects with `sparks project list`.');
  if (isAdmin) return;
  const [m] = await tx.find('membership', { projectId, userId });
  if (!m) throw new UserError(`You are not a member of ${project.name}; ask its owner to add you with \`sparks member add\`.`);
  if (RANK[m.role] < RANK[needed]) {
    throw new UserError(`Your role in ${project.name} is ${m.role}; this needs the ${needed} role, which the project owner can give.`);
  }
}
