// @vitest-environment happy-dom
/** The code system for a viewer: the tree and details can be read; nothing creates, renames, recolours, moves or deletes. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CodeSystem } from '../../../../web/src/components/codes/CodeSystem.js';
import { RoleNote } from '../../../../web/src/components/RoleNote.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { CODEBOOK, listing } from '../../code-fixtures.js';
import { useCodeServer } from './code-server.js';

const fake = useCodeServer([...CODEBOOK.slice(0, 6), listing('Silencio', { definition: 'Una pausa larga.\nMás de 5 s.' })]);

async function show() {
  fake.current.role = 'viewer';
  const user = userEvent.setup();
  render(<ProjectProvider projectId="p1"><RoleNote /><CodeSystem projectId="p1" /></ProjectProvider>);
  await screen.findByRole('tree', { name: 'Codes' });
  // Only once the role is known does the view's read-only state mean anything.
  expect((await screen.findByRole('note')).textContent).toContain('You can read this project');
  return user;
}
const item = (name: string) => screen.getByRole('treeitem', { name: new RegExp(`^${name},`) });

describe('the code system for a viewer', () => {
  it('offers no create form, rename, drag or drop zone in the tree', async () => {
    const user = await show();
    expect(screen.queryByRole('textbox', { name: 'New category' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Create' })).toBeNull();
    expect(screen.queryByText(/drop a code here/)).toBeNull();
    expect(screen.getAllByRole('treeitem').every((i) => i.getAttribute('draggable') === 'false')).toBe(true);
    await user.click(item('Silencio'));
    await user.keyboard('{F2}');
    expect(screen.queryByRole('textbox', { name: /New name for/ })).toBeNull();
    expect(fake.current.commands).toEqual([]);
  });

  it('shows a code\'s definition and counts, with no control that changes it', async () => {
    const user = await show();
    await user.click(item('Silencio'));
    const details = screen.getByRole('region', { name: 'Silencio' });
    expect(details.querySelector('.code-definition')?.textContent).toBe('Una pausa larga.\nMás de 5 s.');
    expect(within(details).getByRole('link', { name: 'Show its segments' })).toBeTruthy();
    expect(within(details).queryAllByRole('button')).toEqual([]);
    expect(within(details).queryAllByRole('textbox')).toEqual([]);
    expect(within(details).queryAllByRole('combobox')).toEqual([]);
    expect(details.querySelector('input[type="color"]')).toBeNull();
  });
});
