// @vitest-environment happy-dom
/** The Members view: owners change roles, remove (after confirming) and add; everyone else reads the team. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MembersView } from '../../../../web/src/components/members/MembersView.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { RoleProbe, roleLoaded } from '../role-probe.js';

interface Sent { name: string; payload: unknown }
let role: string;
let members: { name: string; email: string | null; role: string }[];
let sent: Sent[];
let memberLoads: number;
/** What the server answers a command: an object, or a refusal sentence. */
let answer: unknown;

beforeEach(() => {
  role = 'owner';
  members = [
    { name: 'ana', email: 'ana@example.org', role: 'owner' },
    { name: 'luis', email: null, role: 'coder' },
    { name: 'marta', email: 'marta@example.org', role: 'viewer' },
  ];
  sent = [];
  memberLoads = 0;
  answer = {};
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const command = /\/commands\/([^/]+)$/.exec(url)?.[1];
    if (command && init?.method === 'POST') {
      sent.push({ name: decodeURIComponent(command), payload: JSON.parse(String(init.body)) });
      return answer instanceof Error ? json({ error: answer.message }, 400) : json(answer);
    }
    if (url === '/api/me') return json({ id: 'u1', name: 'ana', email: 'ana@example.org', isAdmin: false });
    if (url === '/api/projects/p1/role') return json({ role });
    if (url === '/api/projects/p1/team') return json({ phase: 'comparison', assignments: [] });
    if (url === '/api/projects/p1/members') {
      memberLoads++;
      return json(members);
    }
    return json({ error: `No fake answer for ${url}.` }, 404);
  }));
  vi.stubGlobal('EventSource', class { onmessage = null; onopen = null; close() {} });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = () => render(
  <ProjectProvider projectId="p1"><RoleProbe /><MembersView projectId="p1" /></ProjectProvider>,
);
const row = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;

describe('MembersView', () => {
  it('shows an owner the team with a role select and Remove on each row, the add form and the help line', async () => {
    view();
    await roleLoaded('owner');
    await screen.findByRole('rowheader', { name: 'ana (you)' });
    expect(within(row('luis')).getByRole('combobox', { name: 'Role of luis' })).toHaveProperty('value', 'coder');
    expect(within(row('marta')).getByRole('cell', { name: 'marta@example.org' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Remove' })).toHaveLength(3);
    const form = screen.getByRole('form', { name: 'Add a member' });
    expect(within(form).getByRole('combobox', { name: 'Role' })).toHaveProperty('value', 'coder');
    expect(screen.getByText(/People need an account on this Sparks server first/).textContent)
      .toBe('People need an account on this Sparks server first; an administrator adds one with sparks user add NAME --email E.');
    expect(screen.queryByText("Only the project's owners can add or remove members.")).toBeNull();
  });

  it('sends member.add with the new role when an owner changes one, then reloads the list', async () => {
    view();
    await roleLoaded('owner');
    const select = await screen.findByRole('combobox', { name: 'Role of luis' });
    const loads = memberLoads;
    members = members.map((m) => (m.name === 'luis' ? { ...m, role: 'owner' } : m));
    fireEvent.change(select, { target: { value: 'owner' } });
    await waitFor(() => expect(sent).toEqual([{ name: 'member.add', payload: { user: 'luis', role: 'owner' } }]));
    await waitFor(() => expect(memberLoads).toBe(loads + 1));
    expect(screen.getByRole('combobox', { name: 'Role of luis' })).toHaveProperty('value', 'owner');
  });

  it('puts a refused role change back', async () => {
    answer = new Error("ana is the project's only owner; make someone else owner first.");
    view();
    await roleLoaded('owner');
    fireEvent.change(await screen.findByRole('combobox', { name: 'Role of ana' }), { target: { value: 'coder' } });
    await waitFor(() => expect(sent).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Role of ana' })).toHaveProperty('value', 'owner'));
  });

  it('asks before removing a member, sends nothing when kept, and member.remove when confirmed', async () => {
    view();
    await roleLoaded('owner');
    await screen.findByRole('rowheader', { name: 'marta' });
    fireEvent.click(within(row('marta')).getByRole('button', { name: 'Remove' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removing marta' });
    expect(within(confirm).getByText('Remove marta from the project? Their codings and memos stay.')).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('group', { name: 'Confirm removing marta' })).toBeNull();
    expect(sent).toEqual([]);

    const loads = memberLoads;
    members = members.filter((m) => m.name !== 'marta');
    fireEvent.click(within(row('marta')).getByRole('button', { name: 'Remove' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await waitFor(() => expect(sent).toEqual([{ name: 'member.remove', payload: { user: 'marta' } }]));
    await waitFor(() => expect(memberLoads).toBe(loads + 1));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'marta' })).toBeNull());
  });

  it('adds a member by name in the chosen role, coder by default, and clears the field', async () => {
    view();
    await roleLoaded('owner');
    const form = await screen.findByRole('form', { name: 'Add a member' });
    const add = within(form).getByRole('button', { name: 'Add' });
    expect(add).toHaveProperty('disabled', true);
    const name = within(form).getByRole('textbox', { name: 'User name' });
    fireEvent.change(name, { target: { value: '  pablo ' } });
    fireEvent.click(add);
    await waitFor(() => expect(sent).toEqual([{ name: 'member.add', payload: { user: 'pablo', role: 'coder' } }]));
    await waitFor(() => expect(name).toHaveProperty('value', ''));

    fireEvent.change(name, { target: { value: 'rosa' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Role' }), { target: { value: 'viewer' } });
    fireEvent.submit(form);
    await waitFor(() => expect(sent.at(-1)).toEqual({ name: 'member.add', payload: { user: 'rosa', role: 'viewer' } }));
  });

  it('keeps the typed name when the server knows no such user', async () => {
    answer = new Error('There is no user named “nadie”.');
    view();
    await roleLoaded('owner');
    const name = within(await screen.findByRole('form', { name: 'Add a member' })).getByRole('textbox', { name: 'User name' });
    fireEvent.change(name, { target: { value: 'nadie' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(name).toHaveProperty('value', 'nadie');
  });

  for (const reader of ['viewer', 'coder']) {
    it(`shows a ${reader} only the table and one line saying who manages members`, async () => {
      role = reader;
      view();
      await roleLoaded(reader);
      await screen.findByRole('rowheader', { name: 'luis' });
      expect(within(row('luis')).getByRole('cell', { name: 'Coder' })).toBeTruthy();
      expect(within(row('marta')).getByRole('cell', { name: 'Viewer' })).toBeTruthy();
      expect(screen.getAllByText("Only the project's owners can add or remove members.")).toHaveLength(1);
      expect(screen.queryByRole('combobox')).toBeNull();
      expect(screen.queryByRole('button')).toBeNull();
      expect(screen.queryByRole('form')).toBeNull();
      expect(screen.queryByText(/People need an account/)).toBeNull();
    });
  }
});
