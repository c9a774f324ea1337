/** The logged-in user of a request, or a 401 saying how to log in. */
import type { FastifyRequest } from 'fastify';
import type { UserRecord } from '../core/records.js';

export function requireUser(req: FastifyRequest): UserRecord {
  if (!req.user) throw Object.assign(new Error('You are not logged in; open the address Sparks printed when it started.'), { statusCode: 401 });
  return req.user;
}
