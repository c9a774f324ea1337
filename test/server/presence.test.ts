/** Who else is editing a memo: heartbeats answered with the other editors, gone when they leave or fall silent. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { buildServer } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/host-guard.js';
import { Sessions } from '../../src/server/sessions.js';
import { beat, PRESENCE_MS } from '../../src/store/queries/presence.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const HOST = '127.0.0.1:4173';

describe.each(DIALECTS)('memo presence on %s', (dialect) => {
  let t: TestStore;
  let app: FastifyInstance;
  let sessions: Sessions;
  let projectId = '';
  let memoId = '';
  const ids: Record<string, string> = {};
  const ping = async (who: string, body: object, project = projectId) => app.inject({
    method: 'POST', url: `/api/projects/${project}/presence`, payload: body, headers: { host: HOST, cookie: `sparks_session=${await sessions.start(ids[who]!)}` },
  });

  beforeAll(async () => {
    t = await freshStore(dialect);
    sessions = new Sessions(t.store);
    app = await buildServer({ store: t.store, sessions, allowedHosts: allowedHosts('127.0.0.1', 4173) });
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Presencia' })).id;
    for (const name of ['ana', 'tomas', 'extraña']) ids[name] = (await owner.run(COMMANDS.addUser, { name })).id;
    for (const name of ['ana', 'tomas']) await owner.in(projectId).run(COMMANDS.addMember, { user: name, role: 'coder' });
    memoId = (await owner.in(projectId).run(COMMANDS.addMemo, { title: 'Compartida', body: '', type: 'free', links: [] })).id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('tells each editor who else has the memo open, until they leave', async () => {
    expect((await ping('ana', { memo: memoId })).json()).toEqual({ editors: [] });
    const tomas = (await ping('tomas', { memo: memoId })).json() as { editors: { name: string }[] };
    expect(tomas.editors.map((e) => e.name)).toEqual(['ana']);
    expect(((await ping('ana', { memo: memoId })).json() as { editors: { name: string }[] }).editors.map((e) => e.name)).toEqual(['tomas']);
    await ping('tomas', { memo: memoId, leaving: true });
    expect((await ping('ana', { memo: memoId })).json()).toEqual({ editors: [] });
  });

  it('forgets an editor silent for longer than the window', async () => {
    const later = new Date(Date.now() + PRESENCE_MS + 1_000);
    expect(await beat(t.store, projectId, memoId, ids.tomas!, later)).toEqual([]);
  });

  it('refuses strangers and memos of other projects', async () => {
    expect((await ping('extraña', { memo: memoId })).statusCode).toBe(403);
    const other = await (await Session.owner(t.store)).run(COMMANDS.createProject, { name: 'Otra' });
    expect((await ping('ana', { memo: memoId }, other.id)).statusCode).toBe(403);
    expect((await ping('ana', { memo: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
  });
});
