// @vitest-environment happy-dom
/** The Documents view: its columns, live reloads, and the import zone for the project's cases. */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseListing, DocumentListing } from '../../../web/src/api.js';
import { DocumentList, filterDocuments } from '../../../web/src/components/DocumentList.js';
import { RoleNote } from '../../../web/src/components/RoleNote.js';
import { ProjectProvider } from '../../../web/src/project.js';

const listing = (id: string, name: string, more: Partial<DocumentListing> = {}): DocumentListing => ({
  id, name, kind: 'interview', case: null, sequence: 1, length: 12_345, format: 'pdf', originalName: `${name}.pdf`, turns: 48, codings: 3,
  createdAt: '2026-01-01T00:00:00.000Z', ...more,
});

let documents: DocumentListing[];
let role: string;
let live: { onmessage?: (m: { data: string }) => void; onopen?: () => void } | null;

beforeEach(() => {
  documents = [listing('d1', 'Entrevista María', { case: 'T1', kind: 'session' })];
  role = 'owner';
  const cases: CaseListing[] = [{ id: 'c1', label: 'T1', attributes: {}, documents: 1 }];
  const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (url === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
    if (url.endsWith('/role')) return json({ role });
    if (url.endsWith('/cases')) return json(cases);
    if (url.endsWith('/documents')) return json(documents);
    return json([]);
  }));
  vi.stubGlobal('EventSource', class {
    onmessage?: (m: { data: string }) => void;
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

describe('DocumentList', () => {
  it('shows case, kind, turns, length and codings, offers the import controls, and reloads on live changes', async () => {
    render(<ProjectProvider projectId="p1"><DocumentList projectId="p1" /></ProjectProvider>);
    const row = (await screen.findByRole('link', { name: 'Entrevista María' })).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['T1', 'session', '48', `${(12_345).toLocaleString()} chars`, '3']);
    expect(screen.getByRole('columnheader', { name: 'Turns' })).toBeTruthy();
    // The import controls wait for the role.
    expect(await screen.findByRole('button', { name: 'Import files…' })).toBeTruthy();
    expect(document.querySelector('datalist option')?.getAttribute('value')).toBe('T1');

    documents = [...documents, listing('d2', 'Sesión 2 😊')];
    await act(async () => live?.onmessage?.({ data: JSON.stringify([{ seq: 5, at: '', actor: 'cli', command: 'document.import', payload: {}, undoes: null }]) }));
    expect(await screen.findByRole('link', { name: 'Sesión 2 😊' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Entrevista María' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('2 documents');
  });

  it('offers a viewer the documents but no import control, and no drop target', async () => {
    role = 'viewer';
    documents = [];
    render(<ProjectProvider projectId="p1"><RoleNote /><DocumentList projectId="p1" /></ProjectProvider>);
    await screen.findByRole('note');
    expect(await screen.findByText('No documents yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Import files…' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Import transcripts' })).toBeNull();
    fireEvent.dragEnter(window, { dataTransfer: { types: ['Files'], files: [], dropEffect: 'none' } });
    expect(screen.queryByText('Drop the files to import them into this project')).toBeNull();
  });

  it('reloads when the live feed reconnects after a loss, not when it first opens', async () => {
    render(<ProjectProvider projectId="p1"><DocumentList projectId="p1" /></ProjectProvider>);
    await screen.findByRole('link', { name: 'Entrevista María' });
    const loads = () => vi.mocked(fetch).mock.calls.filter(([url]) => String(url).endsWith('/documents')).length;
    expect(loads()).toBe(1);
    await act(async () => live?.onopen?.());
    expect(loads()).toBe(1);
    documents = [...documents, listing('d2', 'Sesión 2')];
    await act(async () => live?.onopen?.());
    expect(await screen.findByRole('link', { name: 'Sesión 2' })).toBeTruthy();
    expect(loads()).toBe(2);
  });

  it('puts only the rows in view into the page for a large archive, and finds documents by name, case or kind', async () => {
    documents = Array.from({ length: 2000 }, (_, i) => listing(`d${i}`, `Sesión ${i + 1}`, { case: `T${(i % 13) + 1}`, sequence: i + 1 }));
    render(<ProjectProvider projectId="p1"><DocumentList projectId="p1" /></ProjectProvider>);
    await screen.findByRole('link', { name: 'Sesión 1' });
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    const rows = within(table).getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex'));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(100);
    // The rows not drawn still take their height, so the page scrolls through all of them.
    const spacer = table.querySelector<HTMLElement>('tr.spacer:last-child')!;
    expect(parseFloat(spacer.style.height)).toBeGreaterThan(1900 * 40 - 100 * 40);
    expect(screen.getByRole('status').textContent).toBe(`${(2000).toLocaleString()} documents`);

    const box = screen.getByLabelText('Find documents');
    await act(async () => fireEvent.change(box, { target: { value: 'SESION 1999' } }));
    expect(screen.getByRole('status').textContent).toBe(`1 of ${(2000).toLocaleString()} documents`);
    expect(within(screen.getByRole('table')).getAllByRole('link').map((a) => a.textContent)).toEqual(['Sesión 1999']);
    await act(async () => fireEvent.change(box, { target: { value: 't13' } }));
    expect(screen.getByRole('status').textContent).toBe(`153 of ${(2000).toLocaleString()} documents`);

    await act(async () => fireEvent.change(box, { target: { value: 'nothing like it' } }));
    expect(screen.getByText(/No document's name, case or kind contains “nothing like it”/)).toBeTruthy();
  });
});

describe('filterDocuments', () => {
  const list = [listing('a', 'Entrevista María', { case: 'T1' }), listing('b', 'Sesión 4', { case: 'T12', kind: 'session' })];
  it('needs every word, in the name, case or kind, ignoring case and accents', () => {
    expect(filterDocuments(list, '').map((d) => d.id)).toEqual(['a', 'b']);
    expect(filterDocuments(list, 'maria').map((d) => d.id)).toEqual(['a']);
    expect(filterDocuments(list, 'session t12').map((d) => d.id)).toEqual(['b']);
    expect(filterDocuments(list, 'sesion t1').map((d) => d.id)).toEqual(['b']);
    expect(filterDocuments(list, 'interview t12')).toEqual([]);
  });
});
