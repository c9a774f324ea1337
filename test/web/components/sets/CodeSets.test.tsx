// @vitest-environment happy-dom
/**
 * Sets in the code system: listed below the tree with their codes and memos, a code chosen in a set
 * shown in the tree, the set filter, and (for coders) making, renaming, filling, emptying and deleting sets.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SetsResponse } from '../../../../src/contract/sets.js';
import { CodeSystem } from '../../../../web/src/components/codes/CodeSystem.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { CODEBOOK } from '../../code-fixtures.js';
import { useCodeServer } from '../codes/code-server.js';
import { RoleProbe, roleLoaded } from '../role-probe.js';

const SETS: SetsResponse = [
  {
    id: 's1', name: 'Emociones', description: 'Lo que se siente en la sesión.',
    members: [
      { type: 'code', id: 'Reacción emocional/Llanto', name: 'Reacción emocional/Llanto' },
      { type: 'code', id: 'Reacción emocional/Risa 😊', name: 'Reacción emocional/Risa 😊' },
      { type: 'memo', id: 'm1', name: 'Nota de campo' },
    ],
  },
  { id: 's2', name: 'Entrevistas', description: '', members: [{ type: 'document', id: 'd1', name: 'Entrevista María' }] },
  { id: 's3', name: 'Vacío', description: '', members: [] },
  { id: 's4', name: 'Reflexiones', description: '', members: [{ type: 'memo', id: 'm2', name: 'Tras E2' }] },
];

const fake = useCodeServer(CODEBOOK);
let sets: SetsResponse;
beforeEach(() => {
  sets = SETS;
  // The code system's fake server, answering the sets too, and the role last (as it may under load), so a
  // test that looks for a coder's control before the role is known fails every time, not now and then.
  const inner = fetch;
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    if (url.endsWith('/sets')) return new Response(JSON.stringify(sets), { headers: { 'content-type': 'application/json' } });
    if (url.endsWith('/role')) await new Promise((r) => setTimeout(r, 100));
    return inner(url, init);
  }));
});

async function show() {
  const user = userEvent.setup();
  render(<ProjectProvider projectId="p1"><RoleProbe /><CodeSystem projectId="p1" /></ProjectProvider>);
  // A coder's controls appear only with the role: wait for it, not just for the tree.
  await roleLoaded(fake.current.role);
  await screen.findByRole('tree', { name: 'Codes' });
  return user;
}
const item = (name: string) => screen.queryByRole('treeitem', { name: new RegExp(`^${name},`) });

describe('sets in the code system', () => {
  it('lists the sets of codes (and empty ones) with their descriptions and links, and sends the others to Documents and Memos', async () => {
    await show();
    const section = await screen.findByRole('region', { name: 'Sets' });
    expect(section.textContent).toContain('Sets group codes, documents and memos');
    expect(section.textContent).toContain('Put the selected code in a set with “Add to set…” in its details.');
    expect(section.textContent).toContain('Sets without codes are listed under Documents and Memos.');
    expect(within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Emociones', 'Vacío']);
    const emociones = within(section).getByRole('article', { name: 'Emociones' });
    expect(within(emociones).getByText('Lo que se siente en la sesión.')).toBeTruthy();
    const codes = within(emociones).getByRole('list', { name: 'Emociones 2 codes' });
    expect(within(codes).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Reacción emocional/Llanto', '#/projects/p1/codes/Reacci%C3%B3n%20emocional%2FLlanto'],
      ['Reacción emocional/Risa 😊', `#/projects/p1/codes/${encodeURIComponent('Reacción emocional/Risa 😊')}`],
    ]);
    expect(within(emociones).getByRole('link', { name: 'Nota de campo' }).getAttribute('href')).toBe('#/projects/p1/memos/m1');
    expect(within(section).getByRole('article', { name: 'Vacío' }).textContent).toContain('This set is empty.');
  });

  it('selects a code chosen in a set, opening its category and clearing a filter that hides it', async () => {
    const user = await show();
    await user.type(screen.getByRole('searchbox', { name: 'Filter codes' }), 'Silencio');
    expect(item('Llanto')).toBeNull();
    const section = await screen.findByRole('region', { name: 'Sets' });
    const link = within(section).getByRole('link', { name: 'Reacción emocional/Llanto' });
    await user.click(link);
    expect(item('Llanto')?.getAttribute('aria-selected')).toBe('true');
    expect((screen.getByRole('searchbox', { name: 'Filter codes' }) as HTMLInputElement).value).toBe('');
    expect(screen.getByRole('region', { name: 'Llanto' })).toBeTruthy();
    expect(link.getAttribute('aria-current')).toBe('true');
  });

  it('shows only the codes of a chosen set, with their categories, and all codes again', async () => {
    const user = await show();
    const choice = await screen.findByRole('combobox', { name: 'Show only codes in set' });
    // Only sets holding codes can narrow the tree.
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['(all codes)', 'Emociones (2 codes)']);
    await user.selectOptions(choice, 's1');
    expect(screen.getAllByRole('treeitem')).toEqual([item('Reacción emocional'), item('Risa 😊'), item('Llanto')]);
    expect(item('Reacción emocional')?.getAttribute('aria-expanded')).toBe('true');
    expect(item('Silencio')).toBeNull();
    await user.selectOptions(choice, '');
    expect(item('Silencio')).not.toBeNull();
  });

  it('shows all codes again when the chosen set loses its last code elsewhere', async () => {
    const user = await show();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Show only codes in set' }), 's1');
    expect(item('Silencio')).toBeNull();
    sets = [
      { ...SETS[0]!, members: SETS[0]!.members.filter((m) => m.type !== 'code') },
      { id: 's5', name: 'Pausas', description: '', members: [{ type: 'code', id: 'Silencio', name: 'Silencio' }] },
    ];
    fake.current.push();
    await screen.findByRole('option', { name: 'Pausas (1 code)' });
    expect(item('Silencio')).not.toBeNull();
    expect(item('Reacción emocional')).not.toBeNull();
    expect(screen.queryByText('No code in this set.')).toBeNull();
    expect((screen.getByRole('combobox', { name: 'Show only codes in set' }) as HTMLSelectElement).value).toBe('');
  });

  it('shows a reader neither the section nor the set filter for a project without sets', async () => {
    sets = [];
    fake.current.role = 'viewer';
    await show();
    await screen.findByRole('treeitem', { name: /^Silencio,/ });
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('region', { name: 'Sets' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Show only codes in set' })).toBeNull();
    expect(fake.current.commands).toEqual([]);
  });

  it('lets a coder make a set by typing its name in place, even in a project without sets', async () => {
    sets = [];
    const user = await show();
    const section = await screen.findByRole('region', { name: 'Sets' });
    expect(screen.queryByRole('combobox', { name: 'Show only codes in set' })).toBeNull();
    await user.type(within(section).getByRole('textbox', { name: 'New set' }), 'Momentos ✨{Enter}');
    expect(fake.current.commands).toEqual([{ name: 'set.create', payload: { name: 'Momentos ✨' } }]);
    expect((within(section).getByRole('textbox', { name: 'New set' }) as HTMLInputElement).value).toBe('');
  });

  it('renames a set in place, edits its description, and takes a code out with its ×', async () => {
    const user = await show();
    const emociones = within(await screen.findByRole('region', { name: 'Sets' })).getByRole('article', { name: 'Emociones' });
    await user.click(within(emociones).getByRole('button', { name: 'Rename Emociones' }));
    const input = within(emociones).getByRole('textbox', { name: 'New name for Emociones' });
    await user.clear(input);
    await user.type(input, 'Afectos{Enter}');
    await user.click(within(emociones).getByRole('button', { name: 'Edit the description of Emociones' }));
    const box = within(emociones).getByRole('textbox', { name: 'Description of Emociones' });
    await user.clear(box);
    await user.type(box, 'Lo sentido');
    await user.click(within(emociones).getByRole('button', { name: 'Save' }));
    await user.click(within(emociones).getByRole('button', { name: 'Take Reacción emocional/Llanto out of Emociones' }));
    expect(fake.current.commands).toEqual([
      { name: 'set.edit', payload: { set: 's1', name: 'Afectos' } },
      { name: 'set.edit', payload: { set: 's1', description: 'Lo sentido' } },
      { name: 'set.remove', payload: { set: 's1', members: [{ type: 'code', id: 'Reacción emocional/Llanto' }] } },
    ]);
  });

  it('deletes a set only after a question that says its members stay', async () => {
    const user = await show();
    const section = await screen.findByRole('region', { name: 'Sets' });
    await user.click(within(section).getByRole('button', { name: 'Delete Emociones' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the set “Emociones”?' });
    expect(dialog.textContent).toContain('Its 3 members stay in the project: only the grouping goes.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete set' }));
    expect(fake.current.commands).toEqual([{ name: 'set.delete', payload: { set: 's1' } }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('puts the selected code in a set from its details, offering only the sets it is not in', async () => {
    const user = await show();
    await user.click(item('Silencio')!);
    const details = screen.getByRole('region', { name: 'Silencio' });
    const choice = within(details).getByRole('combobox', { name: 'Add to set…' });
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a set', 'Emociones', 'Entrevistas', 'Vacío', 'Reflexiones']);
    await user.selectOptions(choice, 's3');
    await user.click(within(details).getByRole('button', { name: 'Add' }));
    expect(fake.current.commands).toEqual([{ name: 'set.add', payload: { set: 's3', members: [{ type: 'code', id: 'Silencio' }] } }]);
  });

  it('shows a set made elsewhere when the live feed says the project changed', async () => {
    await show();
    await screen.findByRole('article', { name: 'Emociones' });
    sets = [...SETS, { id: 's4', name: 'De Lía', description: '', members: [] }];
    fake.current.push();
    expect(await screen.findByRole('article', { name: 'De Lía' })).toBeTruthy();
  });
});
