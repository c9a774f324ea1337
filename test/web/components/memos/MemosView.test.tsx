// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MemoListing } from '../../../../web/src/api.js';
import type { PickOption } from '../../../../web/src/components/memos/LinkPicker.js';
import { MemosView } from '../../../../web/src/components/memos/MemosView.js';

const mocks = vi.hoisted(() => ({
  run: vi.fn<(name: string, payload: unknown, done?: string) => Promise<unknown>>(),
  memos: [] as MemoListing[],
  /** The user's role: an owner unless a test reads as a viewer. */
  role: 'owner',
  options: {} as Record<string, PickOption[]>,
}));
vi.mock('../../../../web/src/project.js', () => ({
  useCommand: () => mocks.run,
  useProject: () => ({ projectId: 'p1', role: mocks.role, canCode: mocks.role !== 'viewer' }),
  // The memo list loads with [projectId]; the link picker with [projectId, kind].
  useProjectResource: (_load: unknown, deps: unknown[]) => ({ state: 'ready', data: deps.length === 2 ? mocks.options[deps[1] as string] : mocks.memos }),
}));
// The sets load with [projectId] too: they come from here instead (none; test/web/components/sets/MemoSets.test.tsx covers them).
vi.mock('../../../../web/src/components/sets/use-sets.js', () => ({ useSets: () => [] }));

const memo: MemoListing = {
  id: 'm1', title: 'Saturación tras E6', type: 'methodological', author: 'ana', body: 'Ninguna propiedad nueva.',
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z', version: 1,
  links: [
    { type: 'document', id: 'd6', linkId: 'l1', label: 'Entrevista 6' },
    { type: 'segment', id: 's1', linkId: 'l2', label: '“Nos reímos…”', documentId: 'd6', start: 120 },
    { type: 'code', id: 'c1', linkId: 'l3', label: 'Disparadores/Humor' },
  ],
};

beforeEach(() => {
  // The open editor's presence heartbeat: nobody else is editing.
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{"editors":[]}', { status: 200, headers: { 'content-type': 'application/json' } })));
  mocks.role = 'owner';
  mocks.run.mockReset();
  mocks.memos = [memo];
  mocks.options = {
    code: [
      { id: 'c1', ref: 'Disparadores/Humor', label: 'Disparadores/Humor', detail: '' },
      { id: 'c2', ref: 'Disparadores/Ironía', label: 'Disparadores/Ironía', detail: 'Comentario irónico' },
      { id: 'c3', ref: 'Condiciones/Confianza', label: 'Condiciones/Confianza', detail: '' },
    ],
  };
  window.location.hash = '';
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MemosView', () => {
  it('creates a memo of the chosen type and opens it', async () => {
    mocks.run.mockResolvedValue({ id: 'm2' });
    render(<MemosView projectId="p1" />);
    expect(screen.getByText('Choose a memo to read or edit it, or write a new one.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Type of the new memo' }), { target: { value: 'theoretical' } });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'New memo' })); });
    expect(mocks.run).toHaveBeenCalledWith('memo.add', { title: 'Untitled memo', body: '', type: 'theoretical', links: [] });
    expect(window.location.hash).toBe('#/projects/p1/memos/m2');
  });

  it('opens the memo of the route with its links, each leading to its object', () => {
    render(<MemosView projectId="p1" memoId="m1" />);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' }).value).toBe('Saturación tras E6');
    expect(screen.getByRole('link', { name: 'Entrevista 6' }).getAttribute('href')).toBe('#/projects/p1/documents/d6');
    expect(screen.getByRole('link', { name: '“Nos reímos…”' }).getAttribute('href')).toBe('#/projects/p1/documents/d6?at=120');
    expect(screen.getByRole('link', { name: 'Disparadores/Humor' }).getAttribute('href')).toBe('#/projects/p1/codes/c1');
  });

  it('says so when the memo of the route no longer exists', () => {
    render(<MemosView projectId="p1" memoId="gone" />);
    expect(screen.getByText(/This memo no longer exists/)).toBeTruthy();
  });

  it('removes a link by its id, and adds one picked by keyboard from a search that ignores accents', async () => {
    mocks.run.mockResolvedValue({});
    render(<MemosView projectId="p1" memoId="m1" />);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Remove the link to Entrevista 6' })); });
    expect(mocks.run).toHaveBeenLastCalledWith('memo.unlink', { memo: 'm1', link: 'l1' }, expect.any(String));

    fireEvent.click(screen.getByRole('button', { name: 'Add a link…' }));
    const search = screen.getByRole('combobox', { name: 'Search codes' });
    const options = () => within(screen.getByRole('listbox', { name: 'Codes' })).queryAllByRole('option');
    expect(options().map((o) => o.textContent)).toEqual(['Disparadores/Ironía — Comentario irónico', 'Condiciones/Confianza']);
    fireEvent.change(search, { target: { value: 'sarcasmo' } });
    expect(options()).toHaveLength(0);
    expect(screen.getByText('No code matches “sarcasmo”.')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'IRONIA dispar' } });
    expect(options()).toHaveLength(1);
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    await act(async () => { fireEvent.keyDown(search, { key: 'Enter' }); });
    expect(mocks.run).toHaveBeenLastCalledWith('memo.link', { memo: 'm1', links: [{ type: 'code', ref: 'Disparadores/Ironía' }] }, expect.any(String));
    expect(screen.queryByRole('combobox', { name: 'Search codes' })).toBeNull();
  });

  it('offers a viewer no new memo, and shows a memo to read, with its links but nothing to edit or delete', async () => {
    mocks.role = 'viewer';
    render(<MemosView projectId="p1" memoId="m1" />);
    expect(screen.queryByRole('button', { name: 'New memo' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'New memo' })).toBeNull();
    const article = screen.getByRole('article', { name: 'Saturación tras E6' });
    expect(within(article).queryAllByRole('textbox')).toEqual([]);
    expect(within(article).queryAllByRole('combobox')).toEqual([]);
    expect(within(article).queryAllByRole('button')).toEqual([]);
    expect(within(article).getByRole('link', { name: 'Entrevista 6' }).getAttribute('href')).toBe('#/projects/p1/documents/d6');
    expect(await within(article).findByText('Ninguna propiedad nueva.')).toBeTruthy();
    expect(mocks.run).not.toHaveBeenCalled();
  });
});
