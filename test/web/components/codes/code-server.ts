/** A fake Sparks server for the code system's component tests: codes to list, commands recorded, a live feed to push. */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { CodeListing } from '../../../../web/src/api.js';

export interface FakeServer {
  codes: CodeListing[];
  commands: { name: string; payload: Record<string, unknown> }[];
  /** The user's role in the project (default owner). */
  role: string;
  /** What the next command answers (default `{}`), with which HTTP status (default 200; 409 with `current` for an outdated edit). */
  reply: unknown;
  status: number;
  /** Say, as the live feed would, that something changed elsewhere. */
  push(): void;
}

const json = (data: unknown, status = 200) => new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });

export function fakeServer(codes: CodeListing[]): FakeServer {
  const sources: { onmessage: ((m: { data: string }) => void) | null }[] = [];
  const server: FakeServer = {
    codes,
    commands: [],
    role: 'owner',
    reply: {},
    status: 200,
    push: () => sources.forEach((s) => s.onmessage?.({ data: '[]' })),
  };
  vi.stubGlobal('EventSource', class {
    onmessage: ((m: { data: string }) => void) | null = null;
    onopen: (() => void) | null = null;
    constructor() {
      sources.push(this);
    }
    close() {}
  });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me') return json({ id: 'u1', name: 'owner', email: null, isAdmin: true });
    if (url.endsWith('/codes')) return json(server.codes);
    if (url.endsWith('/role')) return json({ role: server.role });
    const command = /\/commands\/([^/]+)$/.exec(url);
    if (command && init?.method === 'POST') {
      server.commands.push({ name: decodeURIComponent(command[1]!), payload: JSON.parse(String(init.body)) as Record<string, unknown> });
      return json(server.reply, server.status);
    }
    return json({ error: 'Not found.' }, 404);
  }));
  return server;
}

/** A fresh fake server with the test codebook before each test, torn down after it; read `.current` inside tests. */
export function useCodeServer(codebook: readonly CodeListing[]): { current: FakeServer } {
  const holder = {} as { current: FakeServer };
  beforeEach(() => {
    holder.current = fakeServer(structuredClone([...codebook]));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
  return holder;
}
