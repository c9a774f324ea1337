/** The HTTP server: JSON API over the store, every request acting as a logged-in user. */
import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { ConflictError, UserError } from '../core/errors.js';
import type { UserRecord } from '../core/records.js';
import type { Store } from '../store/store.js';
import { hostGuard } from './host-guard.js';
import { UserCache } from './user-cache.js';
import { originGuard, securityHeaders } from './origin-guard.js';
import { LiveFeed } from './live.js';
import { registerAgreementRoutes } from './routes/agreement.js';
import { registerAnalysisRoutes } from './routes/analysis.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerCommandRoutes } from './routes/commands.js';
import { registerExchangeRoutes } from './routes/exchange.js';
import { registerImportRoutes } from './routes/imports.js';
import { registerModelRoutes } from './routes/models.js';
import { registerPresenceRoutes } from './routes/presence.js';
import { registerReadRoutes } from './routes/reads.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerSegmentRoutes } from './routes/segments.js';
import { registerSetRoutes } from './routes/sets.js';
import { registerTeamRoutes } from './routes/team.js';
import { SESSION_COOKIE, Sessions } from './sessions.js';
import { registerWebApp, webRoot } from './static.js';

export interface ServerOptions {
  store: Store;
  sessions?: Sessions;
  /** Host headers accepted; null accepts any (behind a reverse proxy that checks it). */
  allowedHosts: Set<string> | null;
  /** Send cookies only over HTTPS. */
  secureCookies?: boolean;
  logger?: boolean;
  /** Largest transcript file accepted by uploads, in bytes (default MAX_FILE_BYTES). */
  maxImportBytes?: number;
}

declare module 'fastify' {
  interface FastifyRequest { user: UserRecord | null }
}

export async function buildServer(o: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: 2 * 1024 * 1024 });
  const sessions = o.sessions ?? new Sessions(o.store);
  const live = new LiveFeed(o.store);
  app.addHook('onClose', async () => live.stop());
  await app.register(cookie);
  app.decorateRequest('user', null);
  app.addHook('onRequest', hostGuard(o.allowedHosts));
  app.addHook('onRequest', originGuard());
  app.addHook('onSend', securityHeaders);
  const users = new UserCache(o.store);
  app.addHook('onRequest', async (req) => {
    const userId = await sessions.user(req.cookies[SESSION_COOKIE]);
    req.user = userId ? await users.get(userId) : null;
  });
  app.setErrorHandler(async (err: unknown, _req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ConflictError) return reply.code(409).send({ error: err.message, current: err.current });
    if (err instanceof UserError) return reply.code((err as { statusCode?: number }).statusCode ?? 400).send({ error: err.message });
    if (err instanceof ZodError) return reply.code(400).send({ error: `The request is malformed: ${err.issues[0]?.message ?? 'invalid input'}.` });
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status < 500) return reply.code(status).send({ error: (err as Error).message });
    app.log.error(err);
    return reply.code(500).send({ error: 'Sparks failed unexpectedly; nothing was changed by this request.' });
  });
  registerAuthRoutes(app, { store: o.store, sessions, users, secure: !!o.secureCookies });
  registerReadRoutes(app, o.store);
  registerSegmentRoutes(app, o.store);
  registerSearchRoutes(app, o.store);
  registerAnalysisRoutes(app, o.store);
  registerAgreementRoutes(app, o.store);
  registerModelRoutes(app, o.store);
  registerPresenceRoutes(app, o.store);
  registerTeamRoutes(app, o.store);
  registerSetRoutes(app, o.store);
  registerCommandRoutes(app, o.store);
  await registerImportRoutes(app, { store: o.store, maxFileBytes: o.maxImportBytes });
  await registerExchangeRoutes(app, o.store);
  live.register(app);
  const web = webRoot();
  if (web) await registerWebApp(app, web);
  else app.get('/', async (_req, reply) => reply.type('text/html').send(
    '<!doctype html><meta charset="utf-8"><title>Sparks</title><p>Sparks is running, but its browser workbench has not been built; run <code>npm run build</code>, or use the <code>sparks</code> command line or the JSON API under <code>/api</code>.</p>',
  ));
  return app;
}
