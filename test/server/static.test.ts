/** The built web app served at `/`: its page, its bundled assets, and nothing fetched from elsewhere. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { webRoot } from '../../src/server/static.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';
const DIST_WEB = fileURLToPath(new URL('../../dist/web/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the served web app', () => {
  let t: TestStore;
  let app: FastifyInstance;
  const get = (url: string, host = HOST) => app.inject({ method: 'GET', url, headers: { host } });

  beforeAll(async () => {
    t = await freshStore('sqlite');
    app = await buildServer({ store: t.store, allowedHosts: allowedHosts('127.0.0.1', 4173) });
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('is built into dist/web by the test setup, and found there from the source tree', () => {
    expect(webRoot()).not.toBeNull();
    expect(readFileSync(join(webRoot()!, 'index.html'), 'utf8')).toContain('<div id="root">');
  });

  it('serves index.html at / with a strict same-origin content policy and no caching', async () => {
    const r = await get('/');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.body).toContain('<div id="root"></div>');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(r.headers['cache-control']).toBe('no-cache');
  });

  it('serves the bundled script and stylesheet it references, cached for good', async () => {
    const page = (await get('/')).body;
    const script = /<script[^>]*src="([^"]+\.js)"/.exec(page)?.[1];
    const style = /<link[^>]*href="([^"]+\.css)"/.exec(page)?.[1];
    expect(script).toMatch(/^\/assets\//);
    const js = await get(script!);
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(js.headers['cache-control']).toMatch(/immutable/);
    expect(js.body).toContain('createRoot');
    const css = await get(style!);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('keeps the JSON API and the host check in front of the app', async () => {
    expect((await get('/api/projects')).statusCode).toBe(401);
    expect((await get('/', 'evil.example:4173')).statusCode).toBe(403);
    expect((await get('/assets/nothing-here.js')).statusCode).toBe(404);
    expect((await get('/../package.json')).statusCode).not.toBe(200);
  });

  it('loads nothing from the internet', () => {
    const files = filesUnder(DIST_WEB).filter((f) => /\.(html|js|css)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const body = readFileSync(file, 'utf8');
      expect(body).not.toMatch(/<(script|link|img|iframe)[^>]*(src|href)=["']?(https?:)?\/\//i);
      expect(body).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
      expect(body).not.toMatch(/@import\s/i);
      expect(body).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      expect(body).not.toMatch(/\bfetch\s*\(\s*["'`]https?:/);
      // The only absolute URLs left are XML namespace names (the layout engine's are eclipse.org's) and
      // links quoted in libraries' and the bundle's messages (the diagram library also names its site
      // in an attribution Sparks hides).
      const hosts = new Set([...body.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase()));
      for (const host of hosts) expect(['www.w3.org', 'www.eclipse.org', 'react.dev', 'github.com', 'reactflow.dev', 'rolldown.rs'], `${file} mentions ${host}`).toContain(host);
    }
  });
});

describe('without a built web app', () => {
  it('finds no web root in folders without index.html, and finds one that has it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sparks-web-'));
    try {
      expect(webRoot([dir])).toBeNull();
      writeFileSync(join(dir, 'index.html'), '<div id="root"></div>');
      expect(webRoot([join(dir, 'missing'), dir])).toBe(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
