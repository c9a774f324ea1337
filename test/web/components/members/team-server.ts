/** A fake Sparks server for the Members view's team tests: members, the team set-up, recorded commands. */
import { vi } from 'vitest';
import type { TeamView } from '../../../../web/src/components/members/team-api.js';

export interface Sent { name: string; payload: unknown }

export interface TeamServer {
  role: string;
  members: { name: string; email: string | null; role: string }[];
  team: TeamView;
  sent: Sent[];
  teamLoads: number;
  /** What the server answers a command: an object, or a refusal sentence. */
  answer: unknown;
}

export function teamServer(): TeamServer {
  const server: TeamServer = {
    role: 'owner',
    members: [
      { name: 'ana', email: null, role: 'owner' },
      { name: 'luis', email: null, role: 'coder' },
      { name: 'marta', email: null, role: 'viewer' },
    ],
    team: {
      phase: 'comparison',
      assignments: [{ document: 'Sesión 2', coders: ['luis'] }, { document: 'Sesión 1', coders: [] }, { document: 'Entrevista 3', coders: [] }],
    },
    sent: [],
    teamLoads: 0,
    answer: {},
  };
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const command = /\/commands\/([^/]+)$/.exec(url)?.[1];
    if (command && init?.method === 'POST') {
      server.sent.push({ name: decodeURIComponent(command), payload: JSON.parse(String(init.body)) });
      return server.answer instanceof Error ? json({ error: server.answer.message }, 400) : json(server.answer);
    }
    if (url === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
    if (url === '/api/projects/p1/role') return json({ role: server.role });
    if (url === '/api/projects/p1/members') return json(server.members);
    if (url === '/api/projects/p1/team') {
      server.teamLoads++;
      return json(server.team);
    }
    return json({ error: `No fake answer for ${url}.` }, 404);
  }));
  vi.stubGlobal('EventSource', class { onmessage = null; onopen = null; close() {} });
  return server;
}
