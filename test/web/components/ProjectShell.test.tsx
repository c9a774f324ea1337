// @vitest-environment happy-dom
/** The project's frame by role: undo and redo (buttons and keys) for those who may change it, a note for viewers. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectShell } from '../../../web/src/components/ProjectShell.js';
import { ProjectProvider } from '../../../web/src/project.js';

let role: string | Error;
let commands: string[];

beforeEach(() => {
  role = 'owner';
  commands = [];
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const command = /\/commands\/([^/]+)$/.exec(url)?.[1];
    if (command && init?.method === 'POST') {
      commands.push(decodeURIComponent(command));
      return json({});
    }
    if (url === '/api/me') return json({ id: 'u1', name: 'lectora', email: null, isAdmin: false });
    if (url.endsWith('/role')) return role instanceof Error ? json({ error: role.message }, 500) : json({ role });
    return json([]);
  }));
  vi.stubGlobal('EventSource', class { onmessage = null; onopen = null; close() {} });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const shell = () => render(
  <ProjectProvider projectId="p1">
    <ProjectShell route={{ view: 'documents', projectId: 'p1' }}><p>The view</p></ProjectShell>
  </ProjectProvider>,
);
const ctrlZ = (shiftKey = false) => act(() => {
  fireEvent.keyDown(window, { key: 'z', code: 'KeyZ', ctrlKey: true, shiftKey });
});
/** Lets the requests a key press may have started reach the fake server. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

describe('ProjectShell', () => {
  it('gives an owner Undo and Redo, by button and by Ctrl+Z / Ctrl+Shift+Z, and no note', async () => {
    shell();
    await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('button', { name: 'Redo' })).toBeTruthy();
    // The key handler is bound by an effect of the same render: let effects run before pressing.
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    ctrlZ();
    ctrlZ(true);
    await waitFor(() => expect(commands).toEqual(['undo', 'redo']));
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('tells a viewer once what they can do, shows no Undo or Redo, and sends nothing on Ctrl+Z', async () => {
    role = 'viewer';
    shell();
    const note = await screen.findByRole('note');
    expect(note.textContent).toBe('You can read this project; its owner can give you the coder role to code.');
    expect(screen.getAllByRole('note')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Redo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Help' })).toBeTruthy();
    ctrlZ();
    ctrlZ(true);
    await settle();
    expect(commands).toEqual([]);
  });

  it('offers no change while the role is unknown, says why when it cannot load, and asks again on request', async () => {
    role = new Error('The server could not answer.');
    shell();
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('The server could not answer.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    ctrlZ();
    await settle();
    expect(commands).toEqual([]);
    role = 'coder';
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(screen.queryByRole('note')).toBeNull();
  });
});
