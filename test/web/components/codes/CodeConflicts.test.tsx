// @vitest-environment happy-dom
/** Code edits made on an outdated copy: the server refuses them (409 with `current`), and nothing is overwritten. */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodeSystem } from '../../../../web/src/components/codes/CodeSystem.js';
import { NoticeLine } from '../../../../web/src/components/NoticeLine.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { CODEBOOK } from '../../code-fixtures.js';
import { useCodeServer } from './code-server.js';

const fake = useCodeServer(CODEBOOK);
const SENTENCE = 'The code “Silencio” was changed by someone else since you opened it; nothing was changed. Compare both versions, then save again.';
const record = { id: 'Silencio', projectId: 'p1', parentId: null, name: 'Silencio', definition: '', color: null, inVivo: 0, attributes: '{}', position: 3 };

/** Someone else changed Silencio (now at version 2): the server stores it so, and refuses the next command. */
function changedElsewhere(fields: { name?: string; definition?: string }) {
  fake.current.codes = fake.current.codes.map((c) => (c.id === 'Silencio' ? { ...c, ...fields, path: fields.name ?? c.path, version: 2 } : c));
  fake.current.status = 409;
  fake.current.reply = { error: SENTENCE, current: { ...record, ...fields, version: 2 } };
}
const codeLoads = () => vi.mocked(fetch).mock.calls.filter(([url]) => String(url).endsWith('/codes')).length;

async function showSilencio() {
  const user = userEvent.setup();
  render(<ProjectProvider projectId="p1"><NoticeLine /><CodeSystem projectId="p1" /></ProjectProvider>);
  await screen.findByRole('textbox', { name: 'New category' });
  await user.click(await screen.findByRole('treeitem', { name: /^Silencio,/ }));
  return user;
}

describe('a code changed by someone else meanwhile', () => {
  it('a stale rename shows the server\'s sentence and reloads the codes', async () => {
    const user = await showSilencio();
    changedElsewhere({ name: 'Pausa' });
    const loads = codeLoads();
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name for Silencio' }));
    await user.keyboard('Silencio terapéutico{Enter}');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(SENTENCE));
    expect(fake.current.commands).toEqual([{ name: 'code.rename', payload: { code: 'Silencio', name: 'Silencio terapéutico', version: 1 } }]);
    await waitFor(() => expect(codeLoads()).toBeGreaterThan(loads));
    await waitFor(() => expect(screen.getByRole('treeitem', { name: /^Pausa,/ })).toBeTruthy());
  });

  it('a stale recolour shows the sentence and puts the stored colour back', async () => {
    await showSilencio();
    changedElsewhere({ name: 'Silencio' });
    const picker = screen.getByLabelText<HTMLInputElement>('Colour');
    picker.value = '#3d8b5f';
    await act(async () => { picker.dispatchEvent(new Event('change')); });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(SENTENCE));
    expect(fake.current.commands).toEqual([{ name: 'code.recolor', payload: { code: 'Silencio', color: '#3D8B5F', version: 1 } }]);
    await waitFor(() => expect(picker.value.toLowerCase()).not.toBe('#3d8b5f'));
  });

  async function refusedDefinition() {
    const user = await showSilencio();
    changedElsewhere({ definition: 'Lo que escribió Ana.' });
    await user.type(screen.getByLabelText('Definition'), 'Pausa larga.');
    await user.tab();
    const panel = await screen.findByRole('alert', { name: 'Someone else changed this definition meanwhile' });
    return { user, panel };
  }
  const value = (panel: HTMLElement, name: string) => within(panel).getByRole<HTMLTextAreaElement>('textbox', { name }).value;

  it('a stale definition shows both versions and keeps the writer\'s words', async () => {
    const { user, panel } = await refusedDefinition();
    expect(value(panel, 'Their definition')).toBe('Lo que escribió Ana.');
    expect(value(panel, 'Your definition')).toBe('Pausa larga.');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Definition').value).toBe('Pausa larga.');
    expect(screen.getByText(/^Not saved: someone else changed it meanwhile/)).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Take theirs' }));
    expect(fake.current.commands).toEqual([{ name: 'code.define', payload: { code: 'Silencio', definition: 'Pausa larga.', version: 1 } }]);
  });

  it('a definition left in a conflict waits for its code to be selected again', async () => {
    const { user } = await refusedDefinition();
    await user.click(screen.getByRole('treeitem', { name: /^Condiciones,/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Your definition of “Silencio” is not saved'));
    await user.click(screen.getByRole('treeitem', { name: /^Silencio,/ }));
    const panel = screen.getByRole('alert', { name: 'Someone else changed this definition meanwhile' });
    expect(value(panel, 'Your definition')).toBe('Pausa larga.');
    expect(fake.current.commands).toHaveLength(1);
    // Settled, so the next test starts without it.
    await user.click(within(panel).getByRole('button', { name: 'Take theirs' }));
  });

  it('"Keep mine" saves the writer\'s definition with their version', async () => {
    const { user, panel } = await refusedDefinition();
    fake.current.status = 200;
    fake.current.reply = { ...record, definition: 'Pausa larga.', version: 3 };
    await user.click(within(panel).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(fake.current.commands).toHaveLength(2));
    expect(fake.current.commands[1]).toEqual({ name: 'code.define', payload: { code: 'Silencio', definition: 'Pausa larga.', version: 2 } });
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Someone else changed this definition meanwhile' })).toBeNull());
  });

  it('"Take theirs" puts their definition in the field', async () => {
    const { user, panel } = await refusedDefinition();
    await user.click(within(panel).getByRole('button', { name: 'Take theirs' }));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Definition').value).toBe('Lo que escribió Ana.');
    expect(screen.queryByRole('alert', { name: 'Someone else changed this definition meanwhile' })).toBeNull();
    expect(fake.current.commands).toHaveLength(1);
  });
});
