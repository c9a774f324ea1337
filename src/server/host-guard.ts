/**
 * Refuse requests whose Host header is not the address the server was started for: a web page
 * elsewhere cannot then reach a local Sparks through DNS rebinding.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export function allowedHosts(host: string, port: number): Set<string> {
  const names = host === '127.0.0.1' || host === 'localhost' || host === '::1' ? ['127.0.0.1', 'localhost', '[::1]'] : [host];
  return new Set(names.flatMap((n) => [`${n}:${port}`, ...(port === 80 ? [n] : [])]));
}

export function hostGuard(allowed: Set<string> | null) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (allowed === null) return;
    const host = (req.headers.host ?? '').toLowerCase();
    if (!allowed.has(host)) {
      await reply.code(403).send({ error: `Sparks answers only at ${[...allowed][0]}; open that address instead.` });
    }
  };
}
