// @vitest-environment happy-dom
/** A clicked relation: its sentence; for a coder its type, memo, direction and deletion; for a reader, reading only. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelationPanel } from '../../../../web/src/components/models/RelationPanel.js';
import { TYPES, VIEW } from './fixtures.js';

afterEach(cleanup);

const handlers = () => ({ onType: vi.fn(), onMemo: vi.fn(), onReverse: vi.fn(), onDelete: vi.fn(), onClose: vi.fn() });

describe('RelationPanel', () => {
  it('changes the type, saves a changed memo, reverses and deletes', () => {
    const h = handlers();
    render(<RelationPanel relation={VIEW.relations[0]!} types={TYPES} editable {...h} />);
    const panel = screen.getByRole('complementary', { name: 'Relation' });
    expect(panel.querySelector('.relation-sentence')!.textContent).toBe('“Condiciones” causal condition of “Humor 😊”');
    const type = screen.getByRole('combobox', { name: 'Type' }) as HTMLSelectElement;
    expect(type.value).toBe('t3');
    expect([...type.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(['Paradigm model', 'General']);
    fireEvent.change(type, { target: { value: 't5' } });
    expect(h.onType).toHaveBeenCalledWith(TYPES[4]);

    const save = screen.getByRole('button', { name: 'Save memo' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox', { name: 'Memo' }), { target: { value: 'Abre el encuentro, a veces.' } });
    fireEvent.click(save);
    expect(h.onMemo).toHaveBeenCalledWith('Abre el encuentro, a veces.');
    fireEvent.click(screen.getByRole('button', { name: 'Reverse direction' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete relation' }));
    expect(h.onReverse).toHaveBeenCalledTimes(1);
    expect(h.onDelete).toHaveBeenCalledTimes(1);
  });

  it('offers no direction for a type that works both ways', () => {
    render(<RelationPanel relation={VIEW.relations[1]!} types={TYPES} editable {...handlers()} />);
    expect(screen.queryByRole('button', { name: 'Reverse direction' })).toBeNull();
  });

  it('shows a reader the memo and nothing to change', () => {
    const h = handlers();
    render(<RelationPanel relation={VIEW.relations[0]!} types={TYPES} editable={false} {...h} />);
    expect(screen.getByText('Abre el encuentro.')).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Close']);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(h.onClose).toHaveBeenCalled();
  });
});
