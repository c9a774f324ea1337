// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CodeSystem } from '../../../../web/src/components/codes/CodeSystem.js';
import { NoticeLine } from '../../../../web/src/components/NoticeLine.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { CODEBOOK, listing } from '../../code-fixtures.js';
import { useCodeServer } from './code-server.js';

const fake = useCodeServer(CODEBOOK);

/** The view with one code selected (by clicking it in the tree, opening its category first). */
async function showCode(name: string, category?: string) {
  const user = userEvent.setup();
  render(<ProjectProvider projectId="p1"><NoticeLine /><CodeSystem projectId="p1" /></ProjectProvider>);
  // The controls that change codes wait for the owner's role.
  await screen.findByRole('textbox', { name: 'New category' });
  await screen.findByRole('tree');
  const item = (n: string) => screen.getByRole('treeitem', { name: new RegExp(`^${n},`) });
  if (category) {
    await user.click(item(category));
    await user.keyboard('{ArrowRight}');
  }
  await user.click(item(name));
  return { user, details: screen.getByRole('region', { name }) };
}

describe('the selected code\'s details', () => {
  it('shows path, counts, attributes and a link to its segments', async () => {
    const { details } = await showCode('Risa 😊', 'Reacción emocional');
    expect(details.textContent).toContain('Reacción emocional/Risa 😊');
    const facts = [...details.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(facts).toEqual(['Codings: 3', 'Cases (participants): 2', 'owner: P', 'number: 4']);
    expect(within(details).getByRole('link', { name: 'Show its segments' }).getAttribute('href'))
      .toBe(`#/projects/p1/segments?${new URLSearchParams({ code: 'Reacción emocional/Risa 😊' }).toString()}`);
  });

  it('counts a category with its sub-codes', async () => {
    const { details } = await showCode('Reacción emocional');
    expect(details.textContent).toContain('Codings1 directly; 6 with its sub-codes');
    expect(details.textContent).toContain('Cases (participants)1 directly; 3 with its sub-codes');
  });

  it('saves the definition when the field is left, and after a pause in typing', async () => {
    const { user } = await showCode('Silencio');
    await user.type(screen.getByLabelText('Definition'), 'Pausa larga del paciente.');
    await user.tab();
    await waitFor(() => expect(fake.current.commands).toEqual([{ name: 'code.define', payload: { code: 'Silencio', definition: 'Pausa larga del paciente.', version: 1 } }]));
    await user.type(screen.getByLabelText('Definition'), ' ¿Por qué?');
    await waitFor(() => expect(fake.current.commands).toHaveLength(2), { timeout: 4000 });
    expect(fake.current.commands[1]!.payload.definition).toBe('Pausa larga del paciente. ¿Por qué?');
    expect(screen.getByText('Saved.')).toBeTruthy();
  });

  it('recolours with the colour picker, and removes a colour', async () => {
    const { user } = await showCode('Reacción emocional');
    fireEvent.change(screen.getByLabelText('Colour'), { target: { value: '#3d8b5f' } });
    await user.click(screen.getByRole('button', { name: 'No colour' }));
    await waitFor(() => expect(fake.current.commands).toEqual([
      { name: 'code.recolor', payload: { code: 'Reacción emocional', color: '#3D8B5F', version: 1 } },
      { name: 'code.recolor', payload: { code: 'Reacción emocional', color: null, version: 1 } },
    ]));
  });

  it('creates a sub-code with Enter and selects it once it is listed', async () => {
    const { user } = await showCode('Silencio');
    fake.current.reply = { id: 'Silencio/Pausa 🤫' };
    fake.current.codes = [...fake.current.codes, listing('Silencio/Pausa 🤫')];
    await user.type(screen.getByLabelText('New sub-code of Silencio'), 'Pausa 🤫{Enter}');
    await waitFor(() => expect(document.getElementById('code-details-title')?.textContent).toBe('Pausa 🤫'));
    expect(fake.current.commands).toEqual([{ name: 'code.create', payload: { name: 'Pausa 🤫', parent: 'Silencio' } }]);
    expect(screen.getByRole('treeitem', { name: /^Pausa 🤫,/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('creates a top-level category', async () => {
    const { user } = await showCode('Silencio');
    await user.type(screen.getByLabelText('New category'), 'Reacción del terapeuta{Enter}');
    await waitFor(() => expect(fake.current.commands).toEqual([{ name: 'code.create', payload: { name: 'Reacción del terapeuta', parent: null } }]));
  });

  it('deletes after a confirmation that counts the codings and says it can be undone', async () => {
    const { user } = await showCode('Condiciones');
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Condiciones”?' });
    expect(dialog.textContent).toContain('4 codings will be removed, together with 2 sub-codes below it.');
    expect(dialog.textContent).toContain('undo');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(fake.current.commands).toEqual([{ name: 'code.delete', payload: { code: 'Condiciones' } }]));
  });

  it('moves and merges from the keyboard with "Move to…" and "Merge into…"', async () => {
    const { user } = await showCode('Llanto', 'Reacción emocional');
    const moveTo = screen.getByLabelText('Move to…');
    expect(within(moveTo).queryByRole('option', { name: 'Reacción emocional' })).toBeNull();
    await user.selectOptions(moveTo, 'Top level (make it a category)');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(fake.current.commands.at(-1)).toEqual({ name: 'code.move', payload: { code: 'Reacción emocional/Llanto', parent: null } }));
    await user.selectOptions(screen.getByLabelText('Merge into…'), 'Reacción emocional/Risa 😊');
    await user.click(screen.getByRole('button', { name: 'Merge…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge “Llanto” into “Risa 😊”?' });
    expect(dialog.textContent).toContain('Merging moves its 2 codings to “Risa 😊”');
    await user.click(within(dialog).getByRole('button', { name: 'Merge into “Risa 😊”' }));
    await waitFor(() => expect(fake.current.commands.at(-1)).toEqual({ name: 'code.merge', payload: { from: 'Reacción emocional/Llanto', into: 'Reacción emocional/Risa 😊' } }));
  });

  it('says what to do when Move is pressed without a choice', async () => {
    const { user } = await showCode('Silencio');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose where to move the code first.');
    expect(fake.current.commands).toEqual([]);
  });
});
