// @vitest-environment happy-dom
/** The assignments table in the Members view: owners tick to assign one document to one coder; others read it. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_ROWS } from '../../../../web/src/components/members/AssignmentsSection.js';
import { MembersView } from '../../../../web/src/components/members/MembersView.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { RoleProbe, roleLoaded } from '../role-probe.js';
import { teamServer, type TeamServer } from './team-server.js';

let server: TeamServer;
beforeEach(() => {
  server = teamServer();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = () => render(<ProjectProvider projectId="p1"><RoleProbe /><MembersView projectId="p1" /></ProjectProvider>);
const section = () => screen.getByRole('region', { name: 'Assignments' });
const box = (document: string, coder: string) => within(section()).getByRole('checkbox', { name: `${document}: ${coder}` });

describe('Assignments', () => {
  it('lists documents in order against the owners and coders, with the open-to-all note', async () => {
    view();
    await roleLoaded('owner');
    await screen.findByRole('region', { name: 'Assignments' });
    await waitFor(() => expect(within(section()).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Document', 'ana', 'luis']));
    expect(within(section()).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Sesión 2', 'Sesión 1', 'Entrevista 3']);
    expect(within(section()).getByText(/A document given to nobody is open to every coder\./)).toBeTruthy();
    expect(box('Sesión 2', 'luis')).toHaveProperty('checked', true);
    expect(box('Sesión 2', 'ana')).toHaveProperty('checked', false);
    expect(box('Sesión 1', 'luis')).toHaveProperty('disabled', false);
  });

  it('sends document.assign for the one document and coder ticked, and document.unassign when unticked', async () => {
    view();
    await roleLoaded('owner');
    await screen.findByRole('region', { name: 'Assignments' });
    await waitFor(() => box('Sesión 1', 'ana'));
    const loads = server.teamLoads;
    server.team = { ...server.team, assignments: server.team.assignments.map((a) => (a.document === 'Sesión 1' ? { ...a, coders: ['ana'] } : a)) };
    fireEvent.click(box('Sesión 1', 'ana'));
    await waitFor(() => expect(server.sent).toEqual([{ name: 'document.assign', payload: { documents: ['Sesión 1'], coders: ['ana'] } }]));
    await waitFor(() => expect(server.teamLoads).toBeGreaterThan(loads));
    expect(box('Sesión 1', 'ana')).toHaveProperty('checked', true);

    fireEvent.click(box('Sesión 2', 'luis'));
    await waitFor(() => expect(server.sent.at(-1)).toEqual({ name: 'document.unassign', payload: { documents: ['Sesión 2'], coders: ['luis'] } }));
  });

  it('unticks again when the server refuses, showing its sentence', async () => {
    server.answer = new Error('“Sesión 1” does not exist in this project.');
    view();
    await roleLoaded('owner');
    await screen.findByRole('region', { name: 'Assignments' });
    await waitFor(() => box('Sesión 1', 'luis'));
    fireEvent.click(box('Sesión 1', 'luis'));
    await waitFor(() => expect(server.sent).toHaveLength(1));
    await waitFor(() => expect(box('Sesión 1', 'luis')).toHaveProperty('checked', false));
  });

  it('finds documents by name, ignoring case and accents, and draws a capped number of rows', async () => {
    server.team = { ...server.team, assignments: Array.from({ length: 500 }, (_, i) => ({ document: `Sesión ${i + 1}`, coders: [] })) };
    view();
    await roleLoaded('owner');
    await screen.findByRole('region', { name: 'Assignments' });
    await waitFor(() => expect(within(section()).getAllByRole('rowheader')).toHaveLength(MAX_ROWS));
    expect(within(section()).getByText(`Showing ${MAX_ROWS} of 500 documents; type part of a name to find the others.`)).toBeTruthy();
    const find = within(section()).getByRole('searchbox', { name: 'Find documents' });
    // Beyond the rows drawn at first, found by typing its name without the accent.
    fireEvent.change(find, { target: { value: 'SESION 499' } });
    expect(within(section()).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Sesión 499']);
    expect(within(section()).queryByText(/^Showing/)).toBeNull();
    fireEvent.change(find, { target: { value: 'nada' } });
    expect(within(section()).getByText('No document matches “nada”.')).toBeTruthy();
  });

  it('shows a coder the same table read-only', async () => {
    server.role = 'coder';
    view();
    await roleLoaded('coder');
    await screen.findByRole('region', { name: 'Assignments' });
    await waitFor(() => box('Sesión 2', 'luis'));
    expect(box('Sesión 2', 'luis')).toHaveProperty('checked', true);
    for (const b of within(section()).getAllByRole('checkbox')) expect(b).toHaveProperty('disabled', true);
    fireEvent.click(box('Sesión 1', 'luis'));
    expect(server.sent).toEqual([]);
  });
});
