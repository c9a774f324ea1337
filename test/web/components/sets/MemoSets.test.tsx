// @vitest-environment happy-dom
/**
 * Sets in the Memos view: the "Memo sets" section below the list (nothing to change for a reader),
 * the list narrowed to one set, a memo opened from its set, and (for coders) making and filling
 * sets there and putting the open memo in a set with "Add to set…".
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SetsResponse } from '../../../../src/contract/sets.js';
import type { MemoListing } from '../../../../web/src/api.js';
import { MemosView } from '../../../../web/src/components/memos/MemosView.js';
import { parseRoute } from '../../../../web/src/lib/route.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { RoleProbe, roleLoaded } from '../role-probe.js';
import { stubSetsServer, type SentCommand } from './sets-server.js';

const memo = (id: string, title: string, author: string, type: MemoListing['type'], updatedAt: string): MemoListing => ({
  id, title, author, type, body: 'Texto.', links: [], createdAt: updatedAt, updatedAt, version: 1,
});
const MEMOS = [
  memo('m1', 'Saturación tras E6', 'ana', 'methodological', '2026-01-06T00:00:00.000Z'),
  memo('m2', 'Reflexión tras E2 😓', 'ana', 'reflexive', '2026-01-02T00:00:00.000Z'),
  memo('m3', 'Untitled memo', 'ana', 'free', '2026-01-03T00:00:00.000Z'),
  memo('m4', 'Untitled memo', 'tomás', 'free', '2026-01-04T00:00:00.000Z'),
];
const SETS: SetsResponse = [
  { id: 's1', name: 'Saturación', description: 'Cuándo dejamos de entrevistar.', members: [
    { type: 'code', id: 'c1', name: 'Disparadores/Humor' }, { type: 'memo', id: 'm1', name: 'Saturación tras E6' },
  ] },
  { id: 's2', name: 'Emociones', description: '', members: [{ type: 'code', id: 'c2', name: 'Llanto' }] },
  { id: 's3', name: 'Vacío', description: '', members: [] },
  { id: 's4', name: 'Entrevistas', description: '', members: [
    { type: 'document', id: 'd2', name: 'Entrevista 2' }, { type: 'memo', id: 'm2', name: 'Reflexión tras E2 😓' },
  ] },
];
let role: string;
let commands: SentCommand[];

beforeEach(() => {
  role = 'viewer';
  window.location.hash = '#/projects/p1/memos';
  commands = stubSetsServer({ '/memos': () => MEMOS, '/sets': () => SETS, '/presence': () => ({ editors: [] }) }, () => role);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** The Memos view at the address's memo, as the app routes it. */
function Routed() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const route = parseRoute(hash);
  return <MemosView projectId="p1" memoId={route.view === 'memos' ? route.memoId : undefined} />;
}

const show = async (memoId?: string) => {
  if (memoId) window.location.hash = `#/projects/p1/memos/${memoId}`;
  render(<ProjectProvider projectId="p1"><RoleProbe /><Routed /></ProjectProvider>);
  await roleLoaded(role);
  await screen.findByRole('list', { name: 'Memos' });
  return within(await screen.findByRole('region', { name: 'Memo sets' }));
};
const titles = () => within(screen.getByRole('list', { name: 'Memos' })).getAllByRole('link').map((a) => a.querySelector('.memo-entry-title')!.textContent);

describe('memo sets', () => {
  it('shows a reader the sets of memos and empty sets, each member a link, with nothing to change', async () => {
    const section = await show('m1');
    expect(section.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Saturación', 'Vacío', 'Entrevistas']);
    const saturacion = section.getByRole('article', { name: 'Saturación' });
    expect(saturacion.textContent).toContain('Cuándo dejamos de entrevistar.');
    const memos = within(saturacion).getByRole('list', { name: 'Saturación 1 memo' });
    const link = within(memos).getByRole('link', { name: 'Saturación tras E6' });
    expect(link.getAttribute('href')).toBe('#/projects/p1/memos/m1');
    // The memo open beside the list is marked in its sets.
    expect(link.getAttribute('aria-current')).toBe('true');
    expect(within(saturacion).getByRole('link', { name: 'Disparadores/Humor' }).getAttribute('href')).toBe('#/projects/p1/codes/c1');
    expect(section.queryAllByRole('button')).toEqual([]);
    expect(section.queryAllByRole('textbox')).toEqual([]);
    expect(section.queryAllByRole('combobox')).toEqual([]);
    // The open memo names its sets, without a way to change them.
    const reader = await screen.findByRole('article', { name: 'Saturación tras E6' });
    const chips = within(reader).getByRole('list', { name: 'Sets Saturación tras E6 is in' });
    expect(chips.textContent).toBe('Saturación');
    expect(within(reader).queryAllByRole('button')).toEqual([]);
    expect(within(reader).queryByRole('combobox', { name: 'Add to set…' })).toBeNull();
    expect(commands).toEqual([]);
  });

  it('narrows the list to the memos of a chosen set, and shows all again', async () => {
    const user = userEvent.setup();
    await show();
    const choice = await screen.findByRole('combobox', { name: 'Show only memos in set' });
    // Only sets holding memos narrow the list.
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['(all memos)', 'Saturación (1 memo)', 'Entrevistas (1 memo)']);
    expect(titles()).toHaveLength(4);
    await user.selectOptions(choice, 's4');
    expect(titles()).toEqual(['Reflexión tras E2 😓']);
    expect(screen.getByText('Showing 1 of 4 memo(s)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'All 1' })).toBeTruthy();
    await user.selectOptions(choice, '');
    expect(titles()).toEqual(['Saturación tras E6', 'Untitled memo', 'Untitled memo', 'Reflexión tras E2 😓']);
  });

  it('opens a memo chosen in a set beside the list', async () => {
    role = 'coder';
    const user = userEvent.setup();
    const section = await show();
    expect(screen.queryByRole('article', { name: /^Memo:/ })).toBeNull();
    await user.click(within(section.getByRole('article', { name: 'Entrevistas' })).getByRole('link', { name: 'Reflexión tras E2 😓' }));
    await waitFor(() => expect(window.location.hash).toBe('#/projects/p1/memos/m2'));
    expect(await screen.findByRole('article', { name: 'Memo: Reflexión tras E2 😓' })).toBeTruthy();
  });

  it('lets a coder make a set, add a memo to an empty set and take one out', async () => {
    role = 'coder';
    const user = userEvent.setup();
    const section = await show();
    await section.findByRole('button', { name: 'Take Saturación tras E6 out of Saturación' });
    await user.type(section.getByRole('textbox', { name: 'New set' }), 'Fase axial ✨{Enter}');
    const empty = section.getByRole('article', { name: 'Vacío' });
    const pick = within(empty).getByRole('combobox', { name: 'Add a memo to Vacío' });
    // By title; two untitled memos told apart by author and date.
    const labels = within(pick).getAllByRole('option').map((o) => o.textContent);
    expect(labels.slice(0, 3)).toEqual(['Choose a memo', 'Reflexión tras E2 😓', 'Saturación tras E6']);
    expect(labels.slice(3).map((l) => l!.replace(/, .*\)$/, ')'))).toEqual(['Untitled memo (ana)', 'Untitled memo (tomás)']);
    // A memo already in a set is not offered again for it.
    const inSaturacion = within(section.getByRole('article', { name: 'Saturación' })).getByRole('combobox', { name: 'Add a memo to Saturación' });
    expect(within(inSaturacion).queryByRole('option', { name: 'Saturación tras E6' })).toBeNull();
    await user.selectOptions(pick, 'm4');
    await user.click(within(empty).getByRole('button', { name: 'Add' }));
    await user.click(section.getByRole('button', { name: 'Take Saturación tras E6 out of Saturación' }));
    expect(commands).toEqual([
      { name: 'set.create', payload: { name: 'Fase axial ✨' } },
      { name: 'set.add', payload: { set: 's3', members: [{ type: 'memo', id: 'm4' }] } },
      { name: 'set.remove', payload: { set: 's1', members: [{ type: 'memo', id: 'm1' }] } },
    ]);
  });

  it('puts the open memo in a set with “Add to set…”, offering only the sets it is not in, and takes it out of one', async () => {
    role = 'coder';
    const user = userEvent.setup();
    await show('m2');
    const editor = await screen.findByRole('article', { name: 'Memo: Reflexión tras E2 😓' });
    const choice = await within(editor).findByRole('combobox', { name: 'Add to set…' });
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a set', 'Saturación', 'Emociones', 'Vacío']);
    await user.selectOptions(choice, 's2');
    await user.click(within(editor).getByRole('button', { name: 'Add' }));
    await user.click(within(editor).getByRole('button', { name: 'Take Reflexión tras E2 😓 out of Entrevistas' }));
    expect(commands.filter((c) => c.name.startsWith('set.'))).toEqual([
      { name: 'set.add', payload: { set: 's2', members: [{ type: 'memo', id: 'm2' }] } },
      { name: 'set.remove', payload: { set: 's4', members: [{ type: 'memo', id: 'm2' }] } },
    ]);
  });
});
