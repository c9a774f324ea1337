// @vitest-environment happy-dom
/** The Models tab's list: open, create (free or paradigm), rename, delete after asking; nothing to change for a reader. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ModelsView from '../../../../web/src/components/models/ModelsView.js';
import type { ModelSummary } from '../../../../web/src/components/models/models-api.js';
import { NoticeLine } from '../../../../web/src/components/NoticeLine.js';
import { ProjectProvider } from '../../../../web/src/project.js';

const MODELS: ModelSummary[] = [
  { id: 'm1', name: 'Chispas de cambio', layout: 'paradigm', description: 'La figura 1.', nodes: 4, version: 3 },
  { id: 'm2', name: 'Borrador 😊', layout: 'free', description: '', nodes: 1, version: 1 },
];

let role: string;
let commands: { name: string; payload: Record<string, unknown> }[];
let refusal: string | null;

beforeEach(() => {
  role = 'coder';
  commands = [];
  refusal = null;
  window.location.hash = '#/projects/p1/models';
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const command = /\/commands\/([^/]+)$/.exec(url)?.[1];
    if (command && init?.method === 'POST') {
      commands.push({ name: decodeURIComponent(command), payload: JSON.parse(String(init.body)) as Record<string, unknown> });
      if (refusal) return json({ error: refusal }, 400);
      return json(command === 'model.create' ? { ...MODELS[0], id: 'm9' } : {});
    }
    if (url === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
    if (url.endsWith('/role')) return json({ role });
    if (url.endsWith('/models')) return json(MODELS);
    return json([]);
  }));
  vi.stubGlobal('EventSource', class { onmessage = null; onopen = null; close() {} });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = () => render(<ProjectProvider projectId="p1"><ModelsView projectId="p1" /></ProjectProvider>);
const row = async (name: string) => (await screen.findByRole('link', { name })).closest('tr')!;

describe('the models list', () => {
  it('lists each model with its layout and nodes, linking to its editor', async () => {
    view();
    const chispas = await row('Chispas de cambio');
    expect(within(chispas).getByRole('link').getAttribute('href')).toBe('#/projects/p1/models/m1');
    expect([...chispas.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent)).toEqual(['paradigm', '4']);
    expect(chispas.textContent).toContain('La figura 1.');
    expect(within(await row('Borrador 😊')).getAllByRole('cell')[0]!.textContent).toBe('free');
  });

  it('offers the relations table for a methods appendix, as CSV and Markdown', async () => {
    view();
    await row('Chispas de cambio');
    expect(screen.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/projects/p1/relations.csv?evidence=quotes');
    expect(screen.getByRole('link', { name: 'Markdown' }).getAttribute('href')).toBe('/api/projects/p1/relations.md?evidence=quotes');
  });

  it('creates a paradigm model, explains that layout, and opens the new model', async () => {
    view();
    await screen.findByRole('button', { name: 'Create model' });
    expect(screen.getByText(/Paradigm: auto-layout puts codes in columns by their relations’ types/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('New model'), { target: { value: '  Efectos en el tiempo ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Paradigm' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create model' }));
    await waitFor(() => expect(commands).toEqual([{ name: 'model.create', payload: { name: '  Efectos en el tiempo ', layout: 'paradigm' } }]));
    await waitFor(() => expect(window.location.hash).toBe('#/projects/p1/models/m9'));
  });

  it('renames in place with the version it showed, and Escape leaves the name alone', async () => {
    view();
    fireEvent.click(await screen.findByRole('button', { name: 'Rename Chispas de cambio' }));
    const input = screen.getByRole('textbox', { name: 'New name for Chispas de cambio' });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(commands).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Chispas de cambio' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'New name for Chispas de cambio' }), { target: { value: 'Chispas de cambio (v2)' } });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'New name for Chispas de cambio' }), { key: 'Enter' });
    await waitFor(() => expect(commands).toEqual([{ name: 'model.edit', payload: { model: 'Chispas de cambio', name: 'Chispas de cambio (v2)', version: 3 } }]));
  });

  it('deletes only after asking, saying the relations stay and Ctrl+Z undoes it', async () => {
    view();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Chispas de cambio' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the model “Chispas de cambio”?' });
    expect(dialog.textContent).toContain('Its 4 nodes go with it; the codes and their relations stay in the project. Ctrl+Z brings the model back.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(commands).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Chispas de cambio' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete model' }));
    await waitFor(() => expect(commands).toEqual([{ name: 'model.delete', payload: { model: 'Chispas de cambio' } }]));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the server’s refusal on the notice line', async () => {
    refusal = 'A model named "Borrador 😊" already exists; choose another name.';
    render(<ProjectProvider projectId="p1"><NoticeLine /><ModelsView projectId="p1" /></ProjectProvider>);
    fireEvent.change(await screen.findByLabelText('New model'), { target: { value: 'Borrador 😊' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create model' }));
    expect((await screen.findByRole('alert')).textContent).toBe(refusal);
    expect(window.location.hash).toBe('#/projects/p1/models');
  });

  it('offers a reader no way to change the models', async () => {
    role = 'viewer';
    view();
    await row('Chispas de cambio');
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    expect(screen.queryByRole('button', { name: 'Create model' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Rename|^Delete/ })).toBeNull();
  });
});
