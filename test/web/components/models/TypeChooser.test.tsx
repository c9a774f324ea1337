// @vitest-environment happy-dom
/** The type chooser after a relation is drawn: paradigm roles first and explained, the sentence read out, a memo. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TypeChooser } from '../../../../web/src/components/models/TypeChooser.js';
import { TYPES } from './fixtures.js';

afterEach(cleanup);

const chooser = () => {
  const onChoose = vi.fn();
  const onCancel = vi.fn();
  render(<TypeChooser types={TYPES} from="Gatillantes" to="Momento de encuentro ✨" onChoose={onChoose} onCancel={onCancel} />);
  return { onChoose, onCancel, dialog: screen.getByRole('dialog', { name: 'New relation' }) };
};

describe('TypeChooser', () => {
  it('groups the paradigm roles first, each explained in plain words, then the general types', () => {
    const { dialog } = chooser();
    const groups = within(dialog).getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).toEqual(['Paradigm model', 'General']);
    expect(within(groups[0]!).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['t3', 't4', 't5']);
    expect(within(groups[1]!).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['t1', 't2', 't6']);
    expect(within(dialog).getByRole('radio', { name: 'causal condition of — this leads to that: it sets the phenomenon off' })).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: 'is associated with — the two go together, in no particular direction' })).toBeTruthy();
    // A project's own type says nothing more than its name.
    expect(within(dialog).getByRole('radio', { name: 'gatilla' })).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getAllByRole('radio')[0]);
  });

  it('reads the relation out as a sentence and adds it, with its memo, only once a type is chosen', () => {
    const { dialog, onChoose } = chooser();
    const add = within(dialog).getByRole('button', { name: 'Add relation' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    expect(dialog.querySelector('.type-chooser-sentence')!.textContent).toBe('“Gatillantes” … “Momento de encuentro ✨”');
    fireEvent.click(within(dialog).getByRole('radio', { name: /^causal condition of/ }));
    expect(dialog.querySelector('.type-chooser-sentence')!.textContent).toBe('“Gatillantes” causal condition of “Momento de encuentro ✨”');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Memo/ }), { target: { value: '  La risa abre el momento.  ' } });
    fireEvent.click(add);
    expect(onChoose).toHaveBeenCalledWith(TYPES[2], 'La risa abre el momento.');
  });

  it('takes a double-clicked type at once, and cancels on Escape or a click outside', () => {
    const { dialog, onChoose, onCancel } = chooser();
    fireEvent.doubleClick(within(dialog).getByRole('radio', { name: /^context of/ }).closest('label')!);
    expect(onChoose).toHaveBeenCalledWith(TYPES[3], '');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.click(dialog.parentElement!);
    expect(onCancel).toHaveBeenCalledTimes(2);
    fireEvent.click(dialog);
    expect(onCancel).toHaveBeenCalledTimes(2);
  });
});
