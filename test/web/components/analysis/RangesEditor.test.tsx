// @vitest-environment happy-dom
/** Setting the project's frequency ranges from the frequency panel: what is sent, and what is refused unsent. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FrequencyResponse } from '../../../../web/src/api.js';
import { FrequencyPanel } from '../../../../web/src/components/analysis/FrequencyPanel.js';
import { DEFAULT_SCOPE } from '../../../../web/src/lib/analysis-query.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { RoleProbe, roleLoaded } from '../role-probe.js';
import { fakeServer, frequency, queriesOf, type FakeServer } from './analysis-server.js';

let server: FakeServer;
beforeEach(() => {
  server = fakeServer();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const hill: FrequencyResponse['ranges'] = { source: 'hill', ranges: { general: [12, 13], typical: [7, 11], variant: [2, 6], rare: null } };

const panel = () => render(<ProjectProvider projectId="p1"><RoleProbe /><FrequencyPanel projectId="p1" scope={DEFAULT_SCOPE} /></ProjectProvider>);
const box = (name: string) => screen.getByRole('spinbutton', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(box(name), { target: { value } });
const openForm = async () => {
  fireEvent.click(await screen.findByRole('button', { name: "Set the project's ranges…" }));
  return screen.getByRole('form', { name: "The project's frequency ranges" });
};

describe('RangesEditor', () => {
  it('opens prefilled with the ranges in use and saves exactly what was typed', async () => {
    panel();
    const form = await openForm();
    expect(screen.getByRole('button', { name: "Set the project's ranges…" }).getAttribute('aria-expanded')).toBe('true');
    expect(['General from', 'General to', 'Typical from', 'Typical to', 'Variant from', 'Variant to', 'Rare from', 'Rare to'].map((n) => box(n).value))
      .toEqual(['13', '14', '8', '12', '2', '7', '', '']);
    type('Typical to', '11');
    type('Rare from', '1');
    type('Rare to', '1');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(server.commands).toHaveLength(1));
    expect(server.commands[0]).toEqual({
      name: 'project.settings',
      payload: { settings: { frequencyRanges: { general: [13, 14], typical: [8, 11], variant: [2, 7], rare: [1, 1] } } },
    });
    // The form closes and the table reloads with the new labels.
    await waitFor(() => expect(screen.queryByRole('form', { name: "The project's frequency ranges" })).toBeNull());
    await waitFor(() => expect(queriesOf(server, 'frequency')).toHaveLength(2));
  });

  it('refuses overlapping ranges with a sentence and sends nothing, then sends once fixed', async () => {
    panel();
    const form = await openForm();
    type('Typical to', '13');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert').textContent)
      .toBe('The general (13–14) and typical (8–13) ranges overlap; each number of cases can have only one label.');
    expect(box('General from').getAttribute('aria-invalid')).toBe('true');
    expect(box('Typical to').getAttribute('aria-invalid')).toBe('true');
    expect(box('Variant from').getAttribute('aria-invalid')).toBeNull();
    expect(server.commands).toEqual([]);

    type('Typical to', '12');
    fireEvent.submit(form);
    await waitFor(() => expect(server.commands).toHaveLength(1));
    expect(server.commands[0]!.payload).toEqual({ settings: { frequencyRanges: { general: [13, 14], typical: [8, 12], variant: [2, 7], rare: null } } });
  });

  it('refuses unusable ranges without sending', async () => {
    panel();
    const form = await openForm();
    const save = within(form).getByRole('button', { name: 'Save' });
    type('General from', '');
    fireEvent.click(save);
    expect(within(form).getByRole('alert').textContent).toBe('Give the general range both ends.');
    type('General from', '14');
    type('General to', '13');
    fireEvent.click(save);
    expect(within(form).getByRole('alert').textContent).toBe('The general range starts after it ends: 14 is more than 13.');
    type('General from', '0');
    type('General to', '1');
    fireEvent.click(save);
    expect(within(form).getByRole('alert').textContent).toMatch(/^The general range must reach 2 cases or more/);
    type('Rare from', '1');
    type('General to', '14');
    fireEvent.click(save);
    expect(within(form).getByRole('alert').textContent).toBe('Give the rare range both ends, or leave both empty for no rare range.');
    expect(server.commands).toEqual([]);
    // Cancelling drops what was typed: the next opening starts from the ranges in use again.
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await openForm();
    expect(box('General from').value).toBe('13');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("goes back to Hill's ranges by storing none, offered only when the project has its own", async () => {
    panel();
    fireEvent.click(await screen.findByRole('button', { name: "Use Hill's ranges" }));
    await waitFor(() => expect(server.commands).toEqual([{ name: 'project.settings', payload: { settings: { frequencyRanges: null } } }]));
    cleanup();

    server.answers.frequency = { ...frequency, ranges: hill };
    panel();
    await openForm();
    expect(box('General from').value).toBe('12');
    expect(screen.queryByRole('button', { name: "Use Hill's ranges" })).toBeNull();
    cleanup();

    // Own ranges that do not fit this many cases can be dropped too.
    server.answers.frequency = { ...frequency, ranges: { ...hill, ignored: frequency.ranges.ranges } };
    panel();
    expect(await screen.findByRole('button', { name: "Use Hill's ranges" })).toBeTruthy();
  });

  it('keeps the form open when the server refuses (someone not the owner)', async () => {
    server.answers.command = new Error('Only the project owner can change its settings.');
    panel();
    const form = await openForm();
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(server.commands).toHaveLength(1));
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Save' }).hasAttribute('disabled')).toBe(false));
    expect(screen.getByRole('form', { name: "The project's frequency ranges" })).toBe(form);
  });

  it('is not offered to a coder, who still reads the ranges in use', async () => {
    server.role = 'coder';
    panel();
    await roleLoaded('coder');
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(document.querySelector('.frequency-ranges')?.textContent).not.toBe('');
    expect(screen.queryByRole('button', { name: "Set the project's ranges…" })).toBeNull();
    expect(screen.queryByRole('button', { name: "Use Hill's ranges" })).toBeNull();
  });
});
