// @vitest-environment happy-dom
/** The lines under the tabs: the viewer's note, and the reminder of blind coding, which follows the phase live. */
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoleNote } from '../../../web/src/components/RoleNote.js';
import { ProjectProvider } from '../../../web/src/project.js';
import { RoleProbe, roleLoaded } from './role-probe.js';

const BLIND = 'Blind coding: you see only your own codings until an owner moves the project to comparison.';
let role: string;
let phase: string;
let teamFails: boolean;
let live: { onmessage?: (m: { data: string }) => void } | null;

beforeEach(() => {
  role = 'coder';
  phase = 'independent';
  teamFails = false;
  live = null;
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (url === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
    if (url === '/api/projects/p1/role') return json({ role });
    if (url === '/api/projects/p1/team') return teamFails ? json({ error: 'Sparks failed unexpectedly.' }, 500) : json({ phase, assignments: [] });
    return json({ error: `No fake answer for ${url}.` }, 404);
  }));
  vi.stubGlobal('EventSource', class {
    onmessage?: (m: { data: string }) => void;
    onopen = null;
    constructor() {
      live = this; // eslint-disable-line @typescript-eslint/no-this-alias
    }
    close() {}
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const note = () => render(<ProjectProvider projectId="p1"><RoleProbe /><RoleNote /></ProjectProvider>);

describe('RoleNote', () => {
  it('reminds everyone of blind coding in the independent phase, and drops it when the phase moves on', async () => {
    note();
    await roleLoaded('coder');
    expect((await screen.findByRole('note')).textContent).toBe(BLIND);
    phase = 'comparison';
    await act(async () => live?.onmessage?.({ data: '[]' }));
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
  });

  it('shows a viewer both lines', async () => {
    role = 'viewer';
    note();
    await roleLoaded('viewer');
    await waitFor(() => expect(screen.getAllByRole('note').map((n) => n.textContent)).toEqual([
      'You can read this project; its owner can give you the coder role to code.', BLIND,
    ]));
  });

  it('says nothing outside blind coding, or when the phase cannot be loaded', async () => {
    phase = 'consensus';
    const { unmount } = note();
    await roleLoaded('coder');
    await waitFor(() => expect(vi.mocked(fetch).mock.calls.some(([url]) => url === '/api/projects/p1/team')).toBe(true));
    expect(screen.queryByRole('note')).toBeNull();
    unmount();
    teamFails = true;
    note();
    await roleLoaded('coder');
    expect(screen.queryByRole('note')).toBeNull();
  });
});
