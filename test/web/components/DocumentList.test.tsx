// @vitest-environment happy-dom
/** The Documents view: its columns, live reloads, and the import zone for the project's cases. */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseListing, DocumentListing } from '../../../web/src/api.js';
import { DocumentList } from '../../../web/src/components/DocumentList.js';
import { ProjectProvider } from '../../../web/src/project.js';

const listing = (id: string, name: string, more: Partial<DocumentListing> = {}): DocumentListing => ({
  id, name, kind: 'interview', case: null, sequence: 1, length: 12_345, format: 'pdf', originalName: `${name}.pdf`, turns: 48, codings: 3,
  createdAt: '2026-01-01T00:00:00.000Z', ...more,
});

let documents: DocumentListing[];
let live: { onmessage?: (m: { data: string }) => void } | null;

beforeEach(() => {
  documents = [listing('d1', 'Entrevista María', { case: 'T1', kind: 'session' })];
  const cases: CaseListing[] = [{ id: 'c1', label: 'T1', attributes: {}, documents: 1 }];
  const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (url === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
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
    expect(screen.getByRole('button', { name: 'Import files…' })).toBeTruthy();
    expect(document.querySelector('datalist option')?.getAttribute('value')).toBe('T1');

    documents = [...documents, listing('d2', 'Sesión 2 😊')];
    await act(async () => live?.onmessage?.({ data: JSON.stringify([{ seq: 5, at: '', actor: 'cli', command: 'document.import', payload: {}, undoes: null }]) }));
    expect(await screen.findByRole('link', { name: 'Sesión 2 😊' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Entrevista María' })).toBeTruthy();
  });
});
