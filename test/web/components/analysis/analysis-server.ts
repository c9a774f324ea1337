/** A fake Sparks API for the Analysis view's tests: canned answers, every request recorded. */
import { vi } from 'vitest';
import type { FrequencyResponse, MatrixResult, SaturationResponse } from '../../../../web/src/api.js';

export const frequency: FrequencyResponse = {
  n: 13,
  ranges: { source: 'project', ranges: { general: [13, 14], typical: [8, 12], variant: [2, 7], rare: null } },
  rows: [
    { id: 'c1', code: 'Desencadenantes', depth: 0, cases: 9, n: 13, label: 'typical' },
    { id: 'c2', code: 'Desencadenantes/Humor 😊', depth: 1, cases: 13, n: 13, label: 'general' },
    { id: 'c3', code: 'Desencadenantes/Rupturas\\/impasse', depth: 1, cases: 1, n: 13, label: null },
  ],
};

const point = (doc: string, sequence: number, newCodes: number, cumulative: number) => ({ doc, sequence, newCodes, cumulative });

/** Twelve interviews, saturated at P10 with a base of 4 and runs of 2. */
export const saturated: SaturationResponse = {
  options: { base: 4, run: 2, threshold: 0.05 },
  needed: 6,
  perDocument: [
    point('P1', 1, 10, 10), point('P2', 2, 5, 15), point('P3', 3, 3, 18), point('P4', 4, 2, 20), point('P5', 5, 3, 23),
    point('P6', 6, 2, 25), point('P7', 7, 2, 27), point('P8', 8, 1, 28), point('P9', 9, 2, 30), point('P10', 10, 1, 31),
    point('P11', 11, 1, 32), point('P12', 12, 0, 32),
  ],
  base: { documents: 4, codes: 20 },
  runs: [
    { from: 'P5', to: 'P6', newCodes: 5, ratio: 0.25 }, { from: 'P6', to: 'P7', newCodes: 4, ratio: 0.2 },
    { from: 'P7', to: 'P8', newCodes: 3, ratio: 0.15 }, { from: 'P8', to: 'P9', newCodes: 3, ratio: 0.15 },
    { from: 'P9', to: 'P10', newCodes: 3, ratio: 0.15 }, { from: 'P10', to: 'P11', newCodes: 2, ratio: 0.1 },
    { from: 'P11', to: 'P12', newCodes: 1, ratio: 0.05 },
  ],
  saturatedAt: 'P10',
  notation: '10+2',
};

export const matrix: MatrixResult = {
  columns: 'cases', measure: 'codings', by: null, within: null,
  rows: [{ id: 'c1', label: 'Desencadenantes', depth: 0 }, { id: 'c2', label: 'Desencadenantes/Humor 😊', depth: 1 }],
  cols: [{ id: 'k1', label: 'T1' }, { id: 'k2', label: 'T2' }],
  panels: [{ group: null, cases: 2, cells: [[4, 0], [3, 0]] }],
};

export const cases = [
  { id: 'k1', label: 'T1', attributes: { 'años de experiencia': 12, género: 'mujer' }, documents: 1 },
  { id: 'k2', label: 'T2', attributes: { 'años de experiencia': 31, orientación: 'humanista' }, documents: 1 },
];

export interface FakeServer {
  requested: string[];
  answers: { frequency: unknown; saturation: unknown; matrix: unknown; command: unknown };
  /** The user's role in the project (default owner). */
  role: string;
  /** Commands sent, by name with their payload, in order. */
  commands: { name: string; payload: unknown }[];
  /** Deliver a live event, as the server's feed does when someone codes elsewhere. */
  live(): void;
}

/** Stub fetch and EventSource; answers can be swapped between requests. */
export function fakeServer(): FakeServer {
  const server: FakeServer = { requested: [], answers: { frequency, saturation: saturated, matrix, command: {} }, role: 'owner', commands: [], live: () => {} };
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    server.requested.push(url);
    const path = url.split('?')[0]!;
    const command = /\/commands\/([^/]+)$/.exec(path);
    if (command && init?.method === 'POST') {
      server.commands.push({ name: decodeURIComponent(command[1]!), payload: JSON.parse(String(init.body)) });
      const answer = server.answers.command;
      return answer instanceof Error ? json({ error: answer.message }, 403) : json(answer);
    }
    if (path === '/api/me') return json({ id: 'u1', name: 'owner', email: null, isAdmin: false });
    if (path.endsWith('/role')) return json({ role: server.role });
    if (path.endsWith('/segments')) return json({ total: 0, offset: 0, limit: 1, items: [], coders: ['Ana María', 'owner'] });
    if (path.endsWith('/cases')) return json(cases);
    for (const key of ['frequency', 'saturation', 'matrix'] as const) {
      if (path.endsWith(`/analysis/${key}`)) {
        const answer = server.answers[key];
        return answer instanceof Error ? json({ error: answer.message }, 400) : json(answer);
      }
    }
    return json({ error: `No route ${path}` }, 404);
  }));
  vi.stubGlobal('EventSource', class {
    onmessage: ((m: { data: string }) => void) | null = null;
    constructor() {
      server.live = () => this.onmessage?.({ data: JSON.stringify([{ id: 'e1', command: 'applyCode' }]) });
    }
    close() {}
  });
  return server;
}

/** The requests made to one analysis endpoint, as their query strings. */
export const queriesOf = (server: FakeServer, key: 'frequency' | 'saturation' | 'matrix') =>
  server.requested.filter((u) => u.includes(`/analysis/${key}?`)).map((u) => u.split('?')[1]);
