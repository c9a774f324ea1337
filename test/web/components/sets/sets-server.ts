/** A fake server for the set panels' tests: reads answered by how the URL ends, the caller's role, and the commands sent. */
import { vi } from 'vitest';

export interface SentCommand { name: string; payload: unknown }

export function stubSetsServer(reads: Record<string, () => unknown>, role: () => string): SentCommand[] {
  const commands: SentCommand[] = [];
  const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const command = /\/commands\/([^/]+)$/.exec(url);
    if (command && init?.method === 'POST') {
      commands.push({ name: decodeURIComponent(command[1]!), payload: JSON.parse(String(init.body)) });
      return json({});
    }
    if (url === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
    if (url.endsWith('/role')) return json({ role: role() });
    const read = Object.entries(reads).find(([end]) => url.endsWith(end));
    return json(read ? read[1]() : []);
  }));
  vi.stubGlobal('EventSource', class { close() {} });
  return commands;
}
