// @vitest-environment happy-dom
/** The coding phase in the Members view: owners change it (asked first before blind coding); others read it. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
const section = () => screen.getByRole('region', { name: 'Coding phase' });
const radio = (name: string) => within(section()).getByRole('radio', { name });

describe('Coding phase', () => {
  it('shows the phase with its sentence, and lets an owner move on at once', async () => {
    view();
    await roleLoaded('owner');
    await screen.findByRole('region', { name: 'Coding phase' });
    expect(within(section()).getByText("Everyone sees everyone's codings.")).toBeTruthy();
    expect(radio('Comparison')).toHaveProperty('checked', true);
    server.team = { ...server.team, phase: 'consensus' };
    fireEvent.click(radio('Consensus'));
    await waitFor(() => expect(server.sent).toEqual([{ name: 'project.phase', payload: { phase: 'consensus' } }]));
    await waitFor(() => expect(within(section()).getByText('The team resolves its disagreements into agreed codings.')).toBeTruthy());
    expect(radio('Consensus')).toHaveProperty('checked', true);
  });

  it('asks before blind coding: Cancel sends nothing, confirming sends project.phase independent', async () => {
    view();
    await roleLoaded('owner');
    await screen.findByRole('region', { name: 'Coding phase' });
    fireEvent.click(radio('Independent'));
    const confirm = screen.getByRole('group', { name: 'Confirm blind coding' });
    expect(confirm.textContent).toContain("everyone else's disappear from view");
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Confirm blind coding' })).toBeNull();
    expect(server.sent).toEqual([]);
    expect(radio('Comparison')).toHaveProperty('checked', true);

    server.team = { ...server.team, phase: 'independent' };
    fireEvent.click(radio('Independent'));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, start blind coding' }));
    await waitFor(() => expect(server.sent).toEqual([{ name: 'project.phase', payload: { phase: 'independent' } }]));
    await waitFor(() => expect(within(section()).getByText('Blind coding: each member sees only their own codings.')).toBeTruthy());
    expect(radio('Independent')).toHaveProperty('checked', true);
  });

  it('puts the phase back when the server refuses the change', async () => {
    server.answer = new Error('Your role in Estudio is coder; this needs the owner role.');
    view();
    await roleLoaded('owner');
    await screen.findByRole('region', { name: 'Coding phase' });
    fireEvent.click(radio('Consensus'));
    await waitFor(() => expect(server.sent).toHaveLength(1));
    await waitFor(() => expect(radio('Comparison')).toHaveProperty('checked', true));
  });

  it('shows a coder the phase and its sentence, with nothing to change it', async () => {
    server.role = 'coder';
    server.team = { ...server.team, phase: 'independent' };
    view();
    await roleLoaded('coder');
    await screen.findByRole('region', { name: 'Coding phase' });
    expect(section().textContent).toBe('Coding phaseIndependent. Blind coding: each member sees only their own codings.');
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
