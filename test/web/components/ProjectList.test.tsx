// @vitest-environment happy-dom
/** The project list and its "New project" form. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectList } from '../../../web/src/components/ProjectList.js';

const posted: unknown[] = [];

beforeEach(() => {
  posted.length = 0;
  window.location.hash = '#/';
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { name: string };
      posted.push(body);
      if (body.name === 'Estudio') return json({ error: 'A project named "Estudio" already exists; choose another name.' }, 400);
      return json({ id: 'p2', name: body.name });
    }
    if (url === '/api/projects') {
      return json([{ id: 'p1', name: 'Estudio', createdAt: '', cases: 6, documents: 7, codes: 45, codings: 293, memos: 2 }]);
    }
    return json([]);
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ProjectList', () => {
  it('lists each project with its document, code and coding counts', async () => {
    render(<ProjectList />);
    const row = (await screen.findByRole('link', { name: 'Estudio' })).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['7', '45', '293']);
  });

  it('creates a project and opens it, or says in one sentence why not', async () => {
    const user = userEvent.setup();
    render(<ProjectList />);
    expect(screen.getByRole('form', { name: 'New project' })).toBeTruthy();
    const name = screen.getByLabelText('Name of a new project');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(screen.getByRole('alert').textContent).toBe('Type a name for the new project, then choose Create project.');
    expect(posted).toEqual([]);
    await user.type(name, 'Estudio');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A project named "Estudio" already exists; choose another name.');
    expect(window.location.hash).toBe('#/');
    await user.clear(name);
    await user.type(name, '  Momentos de encuentro 2026 ');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/projects/p2'));
    expect(posted.at(-1)).toEqual({ name: 'Momentos de encuentro 2026' });
  });
});
