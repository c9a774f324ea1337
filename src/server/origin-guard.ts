/**
 * Writes from other web sites are refused: a browser names the page that sent a request in its
 * Origin header, and a write must come from a page of this server. Session cookies are already
 * SameSite=Strict; this is the second line. Requests without an Origin (scripts, the command line's
 * tools) carry no browser's cookies by accident and pass.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function originGuard() {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!WRITES.has(req.method)) return;
    const origin = req.headers.origin;
    if (origin === undefined) return;
    let host: string | null = null;
    try {
      host = new URL(origin).host.toLowerCase();
    } catch {
      host = null;
    }
    if (host === null || host !== (req.headers.host ?? '').toLowerCase()) {
      await reply.code(403).send({ error: 'Sparks accepts changes only from its own pages; open Sparks at its own address and try again.' });
    }
  };
}

/**
 * Headers every answer carries: no guessing of content types, no referrer, never inside a frame.
 * Answers other than the web app's own pages (which set their policy) may run and load nothing.
 */
export async function securityHeaders(_req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
  reply.header('X-Content-Type-Options', 'nosniff');
  reply.header('Referrer-Policy', 'no-referrer');
  reply.header('X-Frame-Options', 'DENY');
}
