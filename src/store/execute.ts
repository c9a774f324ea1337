/** Runs a core command and appends its event, in one transaction: both land or neither does. */
import type { Kysely } from 'kysely';
import { COMMANDS_BY_NAME, type Command } from '../core/commands/index.js';
import { UserError } from '../core/errors.js';
import { PatchBuilder, compactPatch, serializePatch } from '../core/patch.js';
import type { Role } from '../core/types.js';
import { newId } from './ids.js';
import type { Database } from './schema.js';
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
  const payload = checked(command, inv);
  return store.adapter.transaction((trx) => runLogged(store, trx, command, inv, payload));
}

/**
 * Execute one command several times in a single transaction, each invocation with its own event
 * (so each is undone on its own): all of them land or none does. Sharing one commit, and one flush
 * of the full-text index, is what makes a folder of transcripts import at disk speed.
 */
export async function executeAll<P, R>(store: Store, command: Command<P, R>, invocations: readonly Invocation<unknown>[]): Promise<R[]> {
  const payloads = invocations.map((inv) => checked(command, inv));
  return store.adapter.transaction(async (trx) => {
    const out: R[] = [];
    for (const [i, inv] of invocations.entries()) out.push(await runLogged(store, trx, command, inv, payloads[i]));
    return out;
  });
}

function checked<P, R>(command: Command<P, R>, inv: Invocation<unknown>): P {
  if (COMMANDS_BY_NAME.get(command.name) !== (command as unknown)) throw new Error(`unknown command ${command.name}`);
  const parsed = command.schema.safeParse(inv.payload);
  if (!parsed.success) {
    // Scripts and API clients send payloads the options of the CLI and the web app never produce: say which field is wrong.
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw Object.assign(new UserError(`The ${command.name} request was refused (${where}${issue?.message ?? 'invalid input'}); correct it and try again. Nothing was changed.`), { statusCode: 400 });
  }
  if (command.scope === 'project' && !inv.projectId) throw new Error(`${command.name} needs a project`);
  return parsed.data as P;
}

/** Run the command inside the transaction `trx` and append its event. */
async function runLogged<P, R>(store: Store, trx: Kysely<Database>, command: Command<P, R>, inv: Invocation<unknown>, payload: P): Promise<R> {
  const projectId = inv.projectId ?? null;
  const tx = new KyselyTx(trx, store.adapter);
  const actor = await actorIn(trx, inv.actorId, command.scope === 'project' ? projectId : null);
  if (!actor) throw new UserError('The acting user no longer exists; choose another with --as.');
  if (command.scope === 'project') authorise(actor, command.role);
  const patch = new PatchBuilder();
  const now = new Date().toISOString();
  const ctx = { tx, actorId: actor.id, actor: { name: actor.name, role: actor.role }, projectId, now, newId, patch };
  const result = await command.run(ctx, payload);
  const logged = command.logged ? command.logged(payload, result) : payload;
  await trx.insertInto('event').values({
    id: newId(), projectId: command.eventProject?.(result) ?? projectId,
    actorId: actor.id, at: now, command: command.name, payload: JSON.stringify(logged),
    inverse: command.undoable ? serializePatch(compactPatch(patch.build())) : null, undoes: command.undoes?.(result) ?? null,
  }).execute();
  return result;
}

/** The acting user, with the project and their membership of it when the command needs them. */
interface Actor { id: string; name: string; isAdmin: number; projectId: string | null; projectName: string | null; role: Role | null }

/**
 * The actor, the project and the actor's role in it, read in one query: every command starts with
 * these checks, and on a server database each round trip adds to every command's latency.
 */
async function actorIn(trx: Kysely<Database>, actorId: string, projectId: string | null): Promise<Actor | undefined> {
  if (projectId === null) {
    const user = await trx.selectFrom('user').select(['id', 'name', 'isAdmin']).where('id', '=', actorId).executeTakeFirst();
    return user && { ...user, projectId: null, projectName: null, role: null };
  }
  // A membership is unique per project and user, so this is one row at most.
  return trx.selectFrom('user')
    .leftJoin('project', (join) => join.on('project.id', '=', projectId))
    .leftJoin('membership', (join) => join.onRef('membership.userId', '=', 'user.id').on('membership.projectId', '=', projectId))
    .select(['user.id', 'user.name', 'user.isAdmin', 'project.id as projectId', 'project.name as projectName', 'membership.role'])
    .where('user.id', '=', actorId)
    .executeTakeFirst();
}

/** A refusal the API answers with its status: 404 for a project that is not there, 403 for a role that is too low. */
const refused = (status: 403 | 404, message: string): UserError => Object.assign(new UserError(message), { statusCode: status });

function authorise(actor: Actor, needed: Role): void {
  if (actor.projectId === null) throw refused(404, 'That project does not exist; list projects with `sparks project list`.');
  if (actor.isAdmin === 1) return;
  if (!actor.role) throw refused(403, `You are not a member of ${actor.projectName}; ask its owner to add you with \`sparks member add\`.`);
  if (RANK[actor.role] < RANK[needed]) {
    throw refused(403, `Your role in ${actor.projectName} is ${actor.role}; this needs the ${needed} role, which the project owner can give.`);
  }
}
