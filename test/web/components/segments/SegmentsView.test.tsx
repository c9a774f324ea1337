// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SegmentPage } from '../../../../src/store/queries/segments.js';
import { SegmentsView } from '../../../../web/src/components/segments/SegmentsView.js';
import { hrefOf, parseRoute } from '../../../../web/src/lib/route.js';
import { parseSegmentQuery } from '../../../../web/src/lib/segment-query.js';
import { ProjectProvider } from '../../../../web/src/project.js';

/** The query of the segments route in the address bar. */
const addressQuery = () => {
  const route = parseRoute(window.location.hash);
  return route.view === 'segments' ? route.query : undefined;
};

const codes = [
  { id: 'c1', name: 'Emociones', path: 'Emociones', parent: null, depth: 0, color: '#E07A5F', definition: '', attributes: {}, codings: 0, codingsWithChildren: 2 },
  { id: 'c2', name: 'Alegría 😊', path: 'Emociones/Alegría 😊', parent: 'Emociones', depth: 1, color: '#81B29A', definition: '', attributes: {}, codings: 2, codingsWithChildren: 2 },
  { id: 'c3', name: 'Humor', path: 'Humor', parent: null, depth: 0, color: '#F2CC8F', definition: '', attributes: {}, codings: 1, codingsWithChildren: 1 },
];
const documents = [{ id: 'd7', name: 'Entrevista T7', kind: 'interview', case: 'T7', sequence: 1, length: 120, format: 'txt', originalName: 'T7.txt', turns: 0, codings: 3, createdAt: '' }];
const cases = [{ id: 'k7', label: 'T7', attributes: { años: 12, orientación: 'humanista' }, documents: 1 }];
const page: SegmentPage = {
  total: 1, offset: 0, limit: 200, coders: ['Ana', 'owner'],
  items: [{
    id: 's1', documentId: 'd7', doc: 'Entrevista T7', case: 'T7', start: 41, end: 58, text: 'Nos reímos juntos',
    before: 'P: Bien, con un poco de miedo 😊. ', after: ' y algo cambió en la sala.', coder: 'owner', createdAt: '', orphaned: false,
    codes: [{ path: 'Emociones/Alegría 😊', color: '#81B29A' }, { path: 'Humor', color: '#F2CC8F' }],
  }],
};

const requested: string[] = [];
beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal('EventSource', class { onmessage = null; onopen = null; close() {} });
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    requested.push(url);
    const body = url.endsWith('/api/me') ? { id: 'u', name: 'owner', email: null, isAdmin: false }
      : url.endsWith('/role') ? { role: 'owner' }
      : url.endsWith('/codes') ? codes : url.endsWith('/documents') ? documents : url.endsWith('/cases') ? cases : page;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('SegmentsView', () => {
  it('reads its filters from the address, shows the quotes, and writes changed filters back into the address', async () => {
    const query = 'code=Emociones&mode=all&attr=a%C3%B1os%3E%3D10';
    window.location.hash = hrefOf({ view: 'segments', projectId: 'p1', query });
    render(<ProjectProvider projectId="p1"><SegmentsView projectId="p1" query={addressQuery()} /></ProjectProvider>);

    const list = await screen.findByRole('list', { name: 'Coded segments' });
    const item = within(list).getAllByRole('listitem')[0]!;
    expect(item.textContent).toContain('miedo 😊. Nos reímos juntos y algo cambió en la sala. (T7)');
    expect(within(item).getByRole('link', { name: /Entrevista T7/ }).getAttribute('href'))
      .toBe(hrefOf({ view: 'document', projectId: 'p1', documentId: 'd7', at: 41 }));
    expect(screen.getByRole('status').textContent).toBe('1 coded segment');
    expect(requested.some((u) => u.startsWith(`/api/projects/p1/segments?${query}&limit=200&offset=0`))).toBe(true);
    expect(screen.getByRole('link', { name: 'CSV (spreadsheet)' }).getAttribute('href')).toBe(`/api/projects/p1/segments.csv?${query}`);

    expect((await screen.findByRole('checkbox', { name: 'Emociones' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /All of them/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Value' }) as HTMLInputElement).value).toBe('10');
    expect((screen.getByRole('combobox', { name: 'Comparison' }) as HTMLSelectElement).value).toBe('>=');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Alegría 😊' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Ana' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Value' }), { target: { value: '5' } });
    await waitFor(() => expect(window.location.hash).toMatch(/coder=Ana/));
    expect(parseSegmentQuery(addressQuery())).toEqual({
      codes: ['Emociones', 'Emociones/Alegría 😊'], mode: 'all', documents: [], coders: ['Ana'],
      attributes: [{ key: 'años', op: '>=', value: '5' }],
    });
    await waitFor(() => expect(requested.at(-1)).toMatch(/coder=Ana/));
  });

  it('adds and removes participant conditions from the case attributes', async () => {
    render(<ProjectProvider projectId="p1"><SegmentsView projectId="p1" /></ProjectProvider>);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a condition' }));
    const attribute = screen.getByRole('combobox', { name: 'Attribute' }) as HTMLSelectElement;
    expect([...attribute.options].map((o) => o.value)).toEqual(['años', 'orientación']);
    fireEvent.change(attribute, { target: { value: 'orientación' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Value' }), { target: { value: 'humanista' } });
    await waitFor(() => expect(window.location.hash).toBe(`#/projects/p1/segments?attr=${encodeURIComponent('orientación=humanista')}`));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(window.location.hash).toBe('#/projects/p1/segments'));
  });
});
