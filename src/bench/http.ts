/**
 * The measurements through the real server: Sparks' Fastify app listening on 127.0.0.1 in this
 * process, two users logged in with one-time tokens, one downloading the full CSV export while the
 * other codes.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../server/app.js';
import { Sessions } from '../server/sessions.js';
import type { Store } from '../store/store.js';
import { corpusCodePaths } from './corpus.js';
import { percentile } from './figures.js';
import type { LoadedStudy, Phases } from './load.js';
import { documentSizes, spanPicker } from './measure.js';

/** fetch, with the network error's cause in the message (fetch itself only says "fetch failed"). */
async function request(what: string, url: string, init?: RequestInit, retry = !init?.method): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (err) {
    const cause = (err as { cause?: { message?: string; code?: string } }).cause;
    // A kept-alive connection the server has just closed: a GET can safely be sent again once.
    if (retry && cause?.code === 'ECONNRESET') return request(what, url, init, false);
    throw new Error(`${what} could not reach the server (${cause?.code ?? ''} ${cause?.message ?? (err as Error).message})`);
  }
}

export interface BenchServer { base: string; login(userId: string): Promise<string>; close(): Promise<void> }

/** Start the server on a free port of 127.0.0.1. */
export async function startServer(store: Store): Promise<BenchServer> {
  const sessions = new Sessions(store);
  const app: FastifyInstance = await buildServer({ store, sessions, allowedHosts: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    base,
    async login(userId) {
      const res = await request('logging in', `${base}/login?token=${sessions.issueToken(userId)}`, { redirect: 'manual' });
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error(`login failed with status ${res.status}`);
      return cookie;
    },
    close: () => app.close(),
  };
}

/** Download the project's full CSV export; resolves with its size in bytes and the time taken. */
export async function downloadExport(server: Pick<BenchServer, 'base'>, projectId: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const res = await request('the export', `${server.base}/api/projects/${projectId}/segments.csv`, { headers: { cookie } });
  if (res.status !== 200 || !res.body) throw new Error(`the export failed with status ${res.status}`);
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
  return { ms: performance.now() - t0, bytes };
}

/** Every segment as CSV, streamed: segments per second. */
export async function measureExport(store: Store, server: BenchServer, study: LoadedStudy, phases: Phases): Promise<{ rate: number; ms: number; segments: number }> {
  const phase = phases('Exporting every segment as CSV', 1);
  const cookie = await server.login(study.ownerId);
  const segments = Number((await store.adapter.db.selectFrom('segment').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('projectId', '=', study.projectId).executeTakeFirstOrThrow()).n);
  const { ms } = await downloadExport(server, study.projectId, cookie);
  phase.tick();
  phase.done();
  return { rate: segments / (ms / 1000), ms, segments };
}

/**
 * While the owner downloads the full export, a coder applies codings over HTTP one after the
 * other (with a short pause, as a person would) until the export ends: p95 of their latency.
 */
export async function measureApplyDuringExport(store: Store, server: BenchServer, study: LoadedStudy, seed: number, phases: Phases): Promise<{ p95: number; samples: number }> {
  const phase = phases("Coding during another user's export", 1);
  const [exporter, coder] = [await server.login(study.ownerId), await server.login([...study.coders.values()].at(-1)!)];
  const pick = spanPicker(await documentSizes(store, study.projectId), seed * 17 + 3);
  const { leaves } = corpusCodePaths();
  let running = true;
  const download = downloadExport(server, study.projectId, exporter).finally(() => (running = false));
  const latencies: number[] = [];
  for (let i = 0; running || latencies.length < 20; i++) {
    const t0 = performance.now();
    const res = await request('coding during the export', `${server.base}/api/projects/${study.projectId}/commands/coding.apply`, {
      method: 'POST', headers: { cookie: coder, 'content-type': 'application/json' },
      body: JSON.stringify({ ...pick(), code: leaves[i % leaves.length] }),
    });
    await res.arrayBuffer();
    if (res.status === 200) latencies.push(performance.now() - t0);
    else if (res.status >= 500) throw new Error(`coding during the export failed with status ${res.status}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  await download;
  phase.tick();
  phase.done();
  return { p95: percentile(latencies, 95), samples: latencies.length };
}
