/**
 * A long report does not hold other users' requests: over real connections, a small request sent
 * while Table I is being made is answered before the report is. On SQLite every query answers at
 * once, so without turns given between batches the report would run to its end first. The slice
 * is 0, so the outcome depends on batches, not on the machine's speed.
 */
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStudy, type LoadedStudy } from '../../src/bench/load.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { setSlice } from '../../src/store/queries/yield.js';
import { localOwner } from '../../src/store/store.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';

describe('a long report on SQLite', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let study: LoadedStudy;
  let port = 0;
  let cookie = '';
  let reportStarted: () => void = () => undefined;

  /** GET over a connection of its own, resolving when the whole answer has arrived. */
  const get = (path: string): Promise<number> => new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, headers: { host: HOST, cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });

  beforeAll(async () => {
    t = await freshStore('sqlite');
    study = await loadStudy(t.store, { docs: 150, coders: 2, seed: 5, words: 250, codings: 20 }, () => ({ tick: () => undefined, done: () => undefined }));
    const sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    app.addHook('preHandler', async (req) => {
      if (req.url.includes('/reports/')) reportStarted();
    });
    const login = await app.inject({ method: 'GET', url: `/login?token=${sessions.issueToken((await localOwner(t.store)).id)}`, headers: { host: HOST } });
    cookie = String(login.headers['set-cookie']).split(';')[0]!;
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
    setSlice(0);
  }, 300_000);
  afterAll(async () => {
    setSlice();
    await app?.close();
    await t?.dispose();
  });

  it('answers a small request sent while Table I is being made before the report', async () => {
    const finished: string[] = [];
    const started = new Promise<void>((resolve) => { reportStarted = resolve; });
    const report = get(`/api/projects/${study.projectId}/reports/table.md?quotes=2`).then((status) => {
      finished.push('report');
      return status;
    });
    await started;
    const small = get(`/api/projects/${study.projectId}/role`).then((status) => {
      finished.push('small');
      return status;
    });
    expect(await Promise.all([report, small])).toEqual([200, 200]);
    expect(finished).toEqual(['small', 'report']);
  });
});
