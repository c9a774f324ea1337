// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchPage } from '../../../../src/store/queries/search.js';
import { NoticeLine } from '../../../../web/src/components/NoticeLine.js';
import { SearchView } from '../../../../web/src/components/search/SearchView.js';
import { hrefOf, parseRoute } from '../../../../web/src/lib/route.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { RoleProbe, roleLoaded } from '../role-probe.js';

const codes = [
  { id: 'c1', name: 'Encuentro', path: 'Encuentro', parent: null, depth: 0, color: '#E07A5F', definition: '', attributes: {}, codings: 0, codingsWithChildren: 0 },
  { id: 'c2', name: 'Momento 🌟', path: 'Encuentro/Momento 🌟', parent: 'Encuentro', depth: 1, color: '#81B29A', definition: '', attributes: {}, codings: 0, codingsWithChildren: 0 },
];
const hit = (i: number) => ({
  documentId: 'd7', document: 'Entrevista T7', case: 'T7', start: 100 * i + 10, end: 100 * i + 16, text: 'sesión',
  before: `${i}. ¿Cómo fue la `, after: ' con el niño? 😊', turnSpeaker: 'P',
});
const pages: Record<string, SearchPage> = {
  0: { total: 3, offset: 0, limit: 2, hits: [hit(0), hit(1)] },
  2: { total: 3, offset: 2, limit: 50, hits: [hit(2)] },
};

const calls: { method: string; url: string; body?: unknown }[] = [];
let role = 'owner';
beforeEach(() => {
  calls.length = 0;
  role = 'owner';
  vi.stubGlobal('EventSource', class { onmessage = null; onopen = null; close() {} });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    calls.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const u = new URL(url, 'http://x');
    const body = u.pathname.endsWith('/api/me') ? { id: 'u', name: 'owner', email: null, isAdmin: false }
      : u.pathname.endsWith('/role') ? { role }
      : u.pathname.endsWith('/codes') ? codes
      : u.pathname.endsWith('/autocode') ? { applied: 3, skipped: 0, hits: 3, ranges: 3 }
      : pages[u.searchParams.get('offset') ?? '0'];
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = (q: string) => render(<ProjectProvider projectId="p1"><RoleProbe /><NoticeLine /><SearchView projectId="p1" q={q} /></ProjectProvider>);

describe('SearchView', () => {
  it('puts the search in the address when Enter is pressed', async () => {
    window.location.hash = hrefOf({ view: 'search', projectId: 'p1' });
    view('');
    const box = screen.getByRole('searchbox', { name: 'Words to find' });
    fireEvent.change(box, { target: { value: '"momento de encuentro" niño' } });
    fireEvent.submit(box.closest('form')!);
    expect(parseRoute(window.location.hash)).toEqual({ view: 'search', projectId: 'p1', q: '"momento de encuentro" niño' });
  });

  it('lists hits in context with the participant, opening the document there, and shows more', async () => {
    view('sesion');
    const list = await screen.findByRole('list', { name: 'Search results' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Entrevista T7 (T7)');
    expect(items[0]!.textContent).toContain('¿Cómo fue la sesión con el niño? 😊');
    expect(items[0]!.querySelector('mark')!.textContent).toBe('sesión');
    expect(within(items[1]!).getByRole('link').getAttribute('href')).toBe(hrefOf({ view: 'document', projectId: 'p1', documentId: 'd7', at: 110 }));
    expect(screen.getByText('3 passages match').getAttribute('role')).toBe('status');
    fireEvent.click(screen.getByRole('button', { name: /Show more/ }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  it('auto-codes every hit with a chosen code and unit in one request, and says Ctrl+Z undoes it', async () => {
    view('sesion');
    fireEvent.click(await screen.findByRole('button', { name: 'Auto-code all 3 hits…' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Find a code' }), { target: { value: 'moment' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'The whole speaker turn' }));
    await waitFor(() => expect(within(dialog).getByRole('option', { name: 'Encuentro/Momento 🌟' })).toBeTruthy());
    fireEvent.click(within(dialog).getByRole('button', { name: 'Code with Encuentro/Momento 🌟' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/projects/p1/search/autocode', body: { q: 'sesion', code: 'Encuentro/Momento 🌟', unit: 'turn' },
    });
    await waitFor(() => expect(document.body.textContent).toContain('Coded 3 passages with Encuentro/Momento 🌟. Ctrl+Z undoes it.'));
  });

  it('shows a viewer the hits but offers no auto-coding', async () => {
    role = 'viewer';
    view('sesion');
    await screen.findByRole('list', { name: 'Search results' });
    await roleLoaded('viewer');
    expect(screen.queryByRole('button', { name: /Auto-code/ })).toBeNull();
  });
});
