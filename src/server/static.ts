/**
 * Serving the built web app (dist/web) at `/`. When it has not been built, the server keeps its
 * placeholder page, so the JSON API works without the web build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where the built app lies: next to the compiled server (dist/server → dist/web), or dist/web when run from source. */
const CANDIDATES = [new URL('../web/', import.meta.url), new URL('../../dist/web/', import.meta.url)].map((u) => fileURLToPath(u));

/** The folder holding the built app's index.html, or null when the app has not been built. */
export function webRoot(candidates: readonly string[] = CANDIDATES): string | null {
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Nothing may come from another origin: the pages hold clinical data. Style attributes are
 * allowed because highlights are coloured per code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

/** Serves the app from `root` at `/`; hashed assets are cached for good, index.html never. */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    dotfiles: 'deny',
    setHeaders: (reply, path) => {
      reply.header('X-Content-Type-Options', 'nosniff');
      reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      reply.header('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
