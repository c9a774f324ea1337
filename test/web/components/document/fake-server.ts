/** A fake Sparks server for document-view component tests: canned reads, recorded commands, a silent live feed. */
import { vi } from 'vitest';
import type { CodeListing, DocumentView } from '../../../../web/src/api.js';

export const text = [
  'Entrevista ficticia, sesión 3.',
  'T: ¿Qué pasó cuando se rieron?',
  'P: Nos reímos juntos 😊 y algo cambió en la sala; sentí alivio.',
  'T: ¿Y después?',
  'P: Después pude hablar de mi padre.',
].join('\n');
const at = (s: string) => text.indexOf(s);
const line = (s: string) => ({ start: at(s), end: at(s) + s.length });

export const turns = [
  'T: ¿Qué pasó cuando se rieron?', 'P: Nos reímos juntos 😊 y algo cambió en la sala; sentí alivio.', 'T: ¿Y después?',
  'P: Después pude hablar de mi padre.',
].map((s) => ({ ...line(s), speaker: s[0]!, startMs: null, endMs: null }));

const code = (id: string, path: string, color: string | null): CodeListing => {
  const parts = path.split('/');
  return {
    id, name: parts.at(-1)!, path, parent: parts.length > 1 ? parts.slice(0, -1).join('/') : null, depth: parts.length - 1,
    definition: '', color, attributes: {}, codings: 1, codingsWithChildren: 1, cases: 1, casesWithChildren: 1, version: 1,
  };
};
export const codes: CodeListing[] = [
  code('c1', 'Desencadenantes', '#E07A5F'), code('c2', 'Desencadenantes/Humor', '#81B29A'),
  code('c3', 'Desencadenantes/Reacción del paciente', '#3D405B'), code('c4', 'Efectos', '#F2CC8F'), code('c5', 'Efectos/Alivio', '#6A4C93'),
];

export const segments: DocumentView['segments'] = [
  { id: 's1', ...line('Nos reímos juntos 😊 y algo cambió'), coder: 'ana', orphaned: false, codings: [{ id: 'k1', codeId: 'c2', exemplar: false }] },
  { id: 's2', ...line('algo cambió en la sala; sentí alivio'), coder: 'beatriz', orphaned: false, codings: [{ id: 'k2', codeId: 'c5', exemplar: false }, { id: 'k3', codeId: 'c3', exemplar: false }] },
  { id: 's3', start: 0, end: 10, coder: 'ana', orphaned: true, codings: [{ id: 'k4', codeId: 'c2', exemplar: false }] },
];

export const doc: DocumentView = { id: 'd1', name: 'Sesión 3', kind: 'interview', case: 'T7', text, turns, segments };

export interface Sent { name: string; payload: Record<string, unknown> }

/**
 * Installs fetch, EventSource and element sizes for a test; returns the commands sent and a way to push a live event.
 * The user is the project's owner unless `role` says otherwise.
 */
export function fakeServer({ role = 'owner', document = doc }: { role?: string; document?: DocumentView } = {}) {
  const sent: Sent[] = [];
  const reads: string[] = [];
  let live: { onmessage?: (m: { data: string }) => void } | null = null;
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const command = /\/commands\/([^/?]+)$/.exec(url)?.[1];
    if (command) {
      const payload = JSON.parse(String(init?.body)) as Record<string, unknown>;
      const name = decodeURIComponent(command);
      sent.push({ name, payload });
      if (name === 'code.create') return json({ id: 'new', name: String(payload.name).trim() });
      if (name === 'coding.apply') {
        const created = payload.newCode as { name: string; parent: string | null } | undefined;
        const path = created ? [created.parent, created.name].filter(Boolean).join('/') : payload.code;
        const known = codes.find((c) => c.path === path);
        return json({ coding: { id: 'k9', codeId: known?.id ?? 'new' }, code: path });
      }
      return json({});
    }
    reads.push(url);
    if (url === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
    if (url.endsWith('/role')) return json({ role });
    if (url.endsWith('/documents/d1')) return json(document);
    if (url.endsWith('/codes')) return json(codes);
    return json([]);
  }));
  vi.stubGlobal('EventSource', class {
    onmessage?: (m: { data: string }) => void;
    onopen?: () => void;
    constructor() {
      live = this; // eslint-disable-line @typescript-eslint/no-this-alias
    }
    close() {}
  });
  // happy-dom lays nothing out: give the transcript a height so its rows render.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  return { sent, reads, push: () => live?.onmessage?.({ data: JSON.stringify([{ seq: 9, at: '', actor: 'cli', command: 'x', payload: {}, undoes: null }]) }) };
}
