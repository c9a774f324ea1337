// @vitest-environment happy-dom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodeSystem } from '../../../../web/src/components/codes/CodeSystem.js';
import { NoticeLine } from '../../../../web/src/components/NoticeLine.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { CODEBOOK } from '../../code-fixtures.js';
import { useCodeServer } from './code-server.js';

const fake = useCodeServer(CODEBOOK);

async function show() {
  const user = userEvent.setup();
  render(<ProjectProvider projectId="p1"><NoticeLine /><CodeSystem projectId="p1" /></ProjectProvider>);
  // The controls that change codes wait for the owner's role.
  await screen.findByRole('textbox', { name: 'New category' });
  await screen.findByRole('tree', { name: 'Codes' });
  return user;
}
const item = (name: RegExp | string) => screen.getByRole('treeitem', { name: typeof name === 'string' ? new RegExp(`^${name},`) : name });

describe('the code tree', () => {
  it('lists categories with their codings and cases, as a tree with one tab stop', async () => {
    await show();
    const items = screen.getAllByRole('treeitem');
    expect(items.map((i) => i.getAttribute('aria-label'))).toEqual([
      'Reacción emocional, 6 codings, 3 cases', 'Condiciones, 4 codings, 2 cases', 'Silencio, 0 codings, 0 cases',
    ]);
    expect(items.map((i) => i.tabIndex)).toEqual([0, -1, -1]);
    expect(items[0]!.getAttribute('aria-level')).toBe('1');
    expect(items[0]!.getAttribute('aria-expanded')).toBe('false');
    expect(items[2]!.hasAttribute('aria-expanded')).toBe(false);
  });

  it('follows the WAI-ARIA tree keys: arrows, expand and collapse, Home, End and Enter', async () => {
    const user = await show();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(screen.getByRole('alert').textContent).toBe('Type a name for the new code, then press Enter.');
    await user.tab();
    expect(document.activeElement).toBe(item('Reacción emocional'));
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Condiciones'));
    await user.keyboard('{ArrowUp}{ArrowRight}');
    expect(item('Reacción emocional').getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(item('Risa 😊'));
    expect(item('Risa 😊').getAttribute('aria-level')).toBe('2');
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(document.activeElement).toBe(item('Reacción emocional'));
    await user.keyboard('{ArrowLeft}');
    expect(item('Reacción emocional').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: /^Llanto/ })).toBeNull();
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(item('Silencio'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(item('Reacción emocional'));
    await user.keyboard('c');
    expect(document.activeElement).toBe(item('Condiciones'));
    await user.keyboard('{Enter}');
    expect(item('Condiciones').getAttribute('aria-selected')).toBe('true');
    expect(document.getElementById('code-details-title')?.textContent).toBe('Condiciones');
  });

  it('filters case- and accent-blind, opening the categories that hold matches', async () => {
    const user = await show();
    await user.type(screen.getByLabelText('Filter codes'), 'REACCION');
    expect(screen.getAllByRole('treeitem').map((i) => i.getAttribute('aria-label')!.split(',')[0]))
      .toEqual(['Reacción emocional', 'Condiciones', 'Confianza', 'Reacción']);
    await user.clear(screen.getByLabelText('Filter codes'));
    await user.type(screen.getByLabelText('Filter codes'), 'ninguno');
    expect(screen.getByText('No code matches “ninguno”.')).toBeTruthy();
  });

  it('renames in place with F2: Enter sends code.rename, Escape cancels', async () => {
    const user = await show();
    await user.click(item('Silencio'));
    await user.keyboard('{F2}');
    const input = screen.getByRole('textbox', { name: 'New name for Silencio' });
    expect(document.activeElement).toBe(input);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New name for Silencio' })).toBeNull();
    expect(document.activeElement).toBe(item('Silencio'));
    await user.click(screen.getByRole('button', { name: 'Rename' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name for Silencio' }));
    await user.keyboard('Silencio terapéutico{Enter}');
    await waitFor(() => expect(fake.current.commands).toEqual([{ name: 'code.rename', payload: { code: 'Silencio', name: 'Silencio terapéutico', version: 1 } }]));
  });

  it('keeps the selected code selected by id when the list reloads live', async () => {
    const user = await show();
    await user.click(item('Silencio'));
    fake.current.codes = fake.current.codes.map((c) => (c.id === 'Silencio' ? { ...c, name: 'Pausa', path: 'Pausa', definition: 'Un silencio largo.' } : c));
    fake.current.push();
    await waitFor(() => expect(document.getElementById('code-details-title')?.textContent).toBe('Pausa'));
    expect(item('Pausa').getAttribute('aria-selected')).toBe('true');
    expect((screen.getByLabelText('Definition') as HTMLTextAreaElement).value).toBe('Un silencio largo.');
  });
});

describe('dragging a code onto another', () => {
  const dataTransfer = () => ({ setData: vi.fn(), getData: vi.fn(), dropEffect: 'none', effectAllowed: 'all' });
  const drag = async (from: HTMLElement, to: HTMLElement) => {
    const { fireEvent } = await import('@testing-library/react');
    const dt = dataTransfer();
    fireEvent.dragStart(from, { dataTransfer: dt });
    fireEvent.dragOver(to, { dataTransfer: dt });
    fireEvent.drop(to, { dataTransfer: dt });
  };

  it('asks whether to nest or merge, and merging sends code.merge', async () => {
    const user = await show();
    await user.click(item('Reacción emocional'));
    await user.keyboard('{ArrowRight}');
    await drag(item('Condiciones'), item('Llanto'));
    const dialog = screen.getByRole('dialog', { name: 'Nest or merge “Condiciones”?' });
    expect(dialog.textContent).toMatch('Merging moves its 0 codings to “Llanto” and its 2 sub-codes under it, then removes “Condiciones”.');
    expect(dialog.textContent).toMatch('Ctrl+Z');
    await user.click(within(dialog).getByRole('button', { name: 'Merge into “Llanto”' }));
    await waitFor(() => expect(fake.current.commands).toEqual([
      { name: 'code.merge', payload: { from: 'Condiciones', into: 'Reacción emocional/Llanto' } },
    ]));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('nests with code.move, and the top-level zone makes a category', async () => {
    const user = await show();
    await drag(item('Silencio'), item('Condiciones'));
    await user.click(screen.getByRole('button', { name: 'Nest under “Condiciones”' }));
    await waitFor(() => expect(fake.current.commands.at(-1)).toEqual({ name: 'code.move', payload: { code: 'Silencio', parent: 'Condiciones' } }));
    await user.click(item('Reacción emocional'));
    await user.keyboard('{ArrowRight}');
    const { fireEvent } = await import('@testing-library/react');
    const dt = dataTransfer();
    fireEvent.dragStart(item('Llanto'), { dataTransfer: dt });
    const zone = screen.getByText('Top level: drop a code here to make it a category');
    fireEvent.dragOver(zone, { dataTransfer: dt });
    fireEvent.drop(zone, { dataTransfer: dt });
    await waitFor(() => expect(fake.current.commands.at(-1)).toEqual({ name: 'code.move', payload: { code: 'Reacción emocional/Llanto', parent: null } }));
  });

  it('refuses a drop onto the code itself or its descendants with a sentence, sending nothing', async () => {
    const user = await show();
    await user.click(item('Condiciones'));
    await user.keyboard('{ArrowRight}');
    const { fireEvent } = await import('@testing-library/react');
    const dt = dataTransfer();
    fireEvent.dragStart(item('Condiciones'), { dataTransfer: dt });
    fireEvent.dragOver(item('Confianza'), { dataTransfer: dt });
    expect(screen.getByText('“Confianza” is inside “Condiciones”; a code cannot go into its own sub-codes.')).toBeTruthy();
    fireEvent.drop(item('Confianza'), { dataTransfer: dt });
    await drag(item('Silencio'), item('Silencio'));
    expect(screen.getByRole('alert').textContent).toBe('A code cannot be dropped onto itself; drop it onto another code.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.current.commands).toEqual([]);
  });
});

describe('the code system opened at a code', () => {
  it('selects the code named in the address and opens its categories', async () => {
    render(<ProjectProvider projectId="p1"><CodeSystem projectId="p1" codeId="Condiciones/Confianza/Reacción" /></ProjectProvider>);
    await screen.findByRole('tree', { name: 'Codes' });
    expect(item('Reacción').getAttribute('aria-selected')).toBe('true');
    expect(item('Condiciones').getAttribute('aria-expanded')).toBe('true');
    expect(item('Confianza').getAttribute('aria-expanded')).toBe('true');
  });
});
