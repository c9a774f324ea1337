/** Logging in with the printed one-time token, and who am I. */
import type { FastifyInstance } from 'fastify';
import { loginQuery, type Me } from '../../contract/project.js';
import { requireUser } from '../require-user.js';
import { SESSION_COOKIE, type Sessions } from '../sessions.js';

export function registerAuthRoutes(app: FastifyInstance, sessions: Sessions, o: { secure: boolean }): void {
  app.get('/login', async (req, reply) => {
    const { token } = loginQuery.parse(req.query);
    const sessionId = sessions.redeem(token);
    if (!sessionId) {
      return reply.code(401).type('text/plain').send('This login link was already used or is not valid; restart Sparks to get a new one.');
    }
    reply.setCookie(SESSION_COOKIE, sessionId, { httpOnly: true, sameSite: 'strict', secure: o.secure, path: '/' });
    return reply.redirect('/');
  });
  app.post('/api/logout', async (req, reply) => {
    sessions.end(req.cookies[SESSION_COOKIE]);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });
  app.get('/api/me', async (req): Promise<Me> => {
    const u = requireUser(req);
    return { id: u.id, name: u.name, email: u.email, isAdmin: u.isAdmin === 1 };
  });
}
