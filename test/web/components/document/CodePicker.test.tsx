// @vitest-environment happy-dom
/** The code picker: filtering with accents, keyboard moves, choosing, creating and in-vivo coding. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CodeListing } from '../../../../web/src/api.js';
import { CodePicker } from '../../../../web/src/components/document/CodePicker.js';

afterEach(cleanup);

const code = (id: string, path: string, color: string | null = '#E07A5F'): CodeListing => {
  const parts = path.split('/');
  return {
    id, name: parts.at(-1)!, path, parent: parts.length > 1 ? parts.slice(0, -1).join('/') : null, depth: parts.length - 1,
    definition: '', color, attributes: {}, codings: 0, codingsWithChildren: 0, cases: 0, casesWithChildren: 0, version: 1,
  };
};
const codes = [
  code('c1', 'Desencadenantes'), code('c2', 'Desencadenantes/Humor', '#81B29A'), code('c3', 'Desencadenantes/Reacción del paciente'),
  code('c4', 'Efectos', null), code('c5', 'Efectos/Alivio'),
];
const anchor = { left: 40, top: 100, right: 120, bottom: 118 };

function setup(recent: string[] = [], withInVivo = true) {
  const onChoose = vi.fn();
  const onClose = vi.fn();
  const onInVivo = vi.fn();
  render(
    <CodePicker codes={codes} recent={recent} anchor={anchor} title="Code the selection" quote="nos reímos juntos 😊"
      onChoose={onChoose} onClose={onClose} {...(withInVivo ? { onInVivo } : {})} />,
  );
  return { onChoose, onClose, onInVivo, user: userEvent.setup(), input: screen.getByRole('combobox', { name: 'Code' }) };
}
const optionNames = () => screen.getAllByRole('option').map((o) => o.textContent);

describe('CodePicker', () => {
  it('opens with focus in a labelled combobox that controls the listbox of codes, sub-codes with their category', () => {
    const { input } = setup();
    expect(document.activeElement).toBe(input);
    const list = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(optionNames()).toEqual(['Desencadenantes', 'Humor in Desencadenantes', 'Reacción del paciente in Desencadenantes', 'Efectos', 'Alivio in Efectos']);
    expect(screen.getByRole('dialog', { name: 'Code the selection' }).style.position).toBe('fixed');
  });

  it('filters ignoring case and accents: "reaccion" finds "Reacción del paciente"', async () => {
    const { input, user, onChoose } = setup();
    await user.type(input, 'REACCION');
    expect(optionNames()).toEqual(['Reacción del paciente in Desencadenantes', 'Create code “REACCION”']);
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith({ code: expect.objectContaining({ id: 'c3', path: 'Desencadenantes/Reacción del paciente' }) });
  });

  it('lists the codes used last first, so Enter alone applies the last one', async () => {
    const { user, onChoose } = setup(['c5', 'c2']);
    expect(optionNames().slice(0, 2)).toEqual(['Alivio in Efectos', 'Humor in Desencadenantes']);
    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith({ code: expect.objectContaining({ path: 'Efectos/Alivio' }) });
  });

  it('moves the highlighted option with the arrow keys, wrapping around, and tracks it for assistive technology', async () => {
    const { input, user, onChoose } = setup();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const options = screen.getAllByRole('option');
    expect(options[2]!.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[2]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(screen.getAllByRole('option')[4]!.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith({ code: expect.objectContaining({ id: 'c5' }) });
  });

  it('offers to create a code with the typed name, under an existing category when written Category/Name', async () => {
    const { input, user, onChoose } = setup();
    await user.type(input, 'efectos/Calma compartida');
    expect(optionNames()).toEqual(['Create code “Calma compartida” in Efectos']);
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith({ create: { name: 'Calma compartida', parent: 'Efectos' } });
  });

  it('explains instead of offering to create under a category that does not exist', async () => {
    const { input, user, onChoose } = setup();
    await user.type(input, 'Nada/Algo');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/no category “Nada”/)).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('does not offer creating a code that exists', async () => {
    const { input, user } = setup();
    await user.type(input, 'humor');
    expect(optionNames()).toEqual(['Humor in Desencadenantes']);
  });

  it('chooses with a click', async () => {
    const { user, onChoose } = setup();
    await user.click(screen.getByRole('option', { name: /Alivio/ }));
    expect(onChoose).toHaveBeenCalledWith({ code: expect.objectContaining({ id: 'c5' }) });
  });

  it('codes in vivo with Alt+V or the button named by the selected words', async () => {
    const { user, onInVivo } = setup();
    await user.keyboard('{Alt>}v{/Alt}');
    expect(onInVivo).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'In vivo: “nos reímos juntos 😊”' }));
    expect(onInVivo).toHaveBeenCalledTimes(2);
  });

  it('closes with Escape and with a press outside it', async () => {
    const { user, onClose } = setup([], false);
    expect(screen.queryByRole('button', { name: /In vivo/ })).toBeNull();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(document.body);
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
