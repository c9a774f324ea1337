/**
 * Logging in: with the printed one-time token, or with a name and password (argon2id, rate-limited,
 * audited, and the same answer whether the name or the password was wrong); logging out; changing
 * one's password; and who am I.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loginBody, loginQuery, passwordBody, type Me } from '../../contract/project.js';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError } from '../../core/errors.js';
import type { UserRecord } from '../../core/records.js';
import { execute } from '../../store/execute.js';
import { newId } from '../../store/ids.js';
import type { Store } from '../../store/store.js';
import { LoginLimiter } from '../login-limiter.js';
import { hashPassword, passwordProblem, verifyPassword } from '../passwords.js';
import { requireUser } from '../require-user.js';
import { SESSION_COOKIE, type Sessions } from '../sessions.js';
import type { UserCache } from '../user-cache.js';

const WRONG = 'That name or password is not right; check both and try again.';

export function registerAuthRoutes(app: FastifyInstance, o: { store: Store; sessions: Sessions; users: UserCache; secure: boolean; limiter?: LoginLimiter }): void {
  const { store, sessions } = o;
  const limiter = o.limiter ?? new LoginLimiter();
  /**
   * A session cookie, Secure whenever the browser came over HTTPS: directly, or through a reverse
   * proxy that says so (a client faking the header only keeps its own cookie off plain HTTP).
   */
  const open = async (req: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> => {
    const https = o.secure || req.protocol === 'https' || req.headers['x-forwarded-proto'] === 'https';
    reply.setCookie(SESSION_COOKIE, await sessions.start(userId), { httpOnly: true, sameSite: 'strict', secure: https, path: '/' });
  };

  app.get('/login', async (req, reply) => {
    const { token } = loginQuery.parse(req.query);
    const userId = sessions.redeemUser(token);
    if (!userId) {
      return reply.code(401).type('text/plain').send('This login link was already used or is not valid; restart Sparks to get a new one.');
    }
    await open(req, reply, userId);
    return reply.redirect('/');
  });

  app.post('/api/login', async (req, reply) => {
    const { name, password } = loginBody.parse(req.body);
    const user = await accountNamed(store, name);
    const keys = [`address:${req.ip}`, ...(user ? [`user:${user.id}`] : [])];
    const wait = limiter.blockedFor(keys);
    if (wait > 0) {
      return reply.code(429).send({ error: `Too many failed logins; wait ${wait} minute${wait === 1 ? '' : 's'} and try again, or ask an administrator to reset the password.` });
    }
    if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
      const reached = limiter.fail(keys);
      if (user) await audit(store, user.id, reached ? 'auth.locked' : 'auth.login-failed', { address: req.ip });
      return reply.code(401).send({ error: WRONG });
    }
    limiter.forgive(`user:${user.id}`);
    await audit(store, user.id, 'auth.login', { address: req.ip });
    await open(req, reply, user.id);
    return me(user);
  });

  app.post('/api/logout', async (req, reply) => {
    await sessions.end(req.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post('/api/password', async (req) => {
    // The account as stored now, not as cached: the current password must be the current one.
    const user = (await accountNamed(store, requireUser(req).name))!;
    const { current, next } = passwordBody.parse(req.body);
    if (user.passwordHash && !(await verifyPassword(user.passwordHash, current))) throw new UserError('Your current password is not right; nothing was changed.');
    const problem = passwordProblem(next);
    if (problem) throw new UserError(`${problem.replace(/\.$/, '')}; nothing was changed.`);
    await execute(store, COMMANDS.setPassword, { actorId: user.id, payload: { user: user.name, passwordHash: await hashPassword(next) } });
    // Everyone else who was logged in as this user must log in again; this session stays.
    await sessions.endAllOf(user.id, req.cookies[SESSION_COOKIE]);
    o.users.forget(user.id);
    return { ok: true };
  });

  app.get('/api/me', async (req): Promise<Me> => me(requireUser(req)));
}

const me = (u: UserRecord): Me => ({ id: u.id, name: u.name, email: u.email, isAdmin: u.isAdmin === 1, hasPassword: !!u.passwordHash });

/** The account a login names: by user name, or by an e-mail address only one account has. */
async function accountNamed(store: Store, name: string): Promise<UserRecord | undefined> {
  const wanted = name.normalize('NFC').trim();
  const db = store.adapter.db;
  const byName = await db.selectFrom('user').selectAll().where('name', '=', wanted).executeTakeFirst();
  if (byName || !wanted.includes('@')) return byName;
  const byEmail = await db.selectFrom('user').selectAll().where('email', '=', wanted).limit(2).execute();
  return byEmail.length === 1 ? byEmail[0] : undefined;
}

/** An account event in the log (no project): who logged in or failed to, and from where. */
async function audit(store: Store, actorId: string, command: string, payload: unknown): Promise<void> {
  await store.adapter.db.insertInto('event').values({
    id: newId(), projectId: null, actorId, at: new Date().toISOString(), command, payload: JSON.stringify(payload), inverse: null, undoes: null,
  }).execute();
}
