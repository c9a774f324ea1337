// @vitest-environment happy-dom
/** The document view for a viewer: the text, highlights and details can be read, and nothing offers a change. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentPage } from '../../../../web/src/components/DocumentPage.js';
import { RoleNote } from '../../../../web/src/components/RoleNote.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { fakeServer } from './fake-server.js';
import { select } from './select-text.js';

let server: ReturnType<typeof fakeServer>;
beforeEach(() => {
  localStorage.clear();
  server = fakeServer({ role: 'viewer' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function open() {
  render(<ProjectProvider projectId="p1"><RoleNote /><DocumentPage projectId="p1" documentId="d1" /></ProjectProvider>);
  await screen.findByRole('heading', { name: 'Sesión 3' });
  // Only once the role is known does the view's read-only state mean anything.
  expect((await screen.findByRole('note')).textContent).toContain('You can read this project');
  return userEvent.setup();
}

describe('DocumentPage for a viewer', () => {
  it('opens no code picker at a selection, and offers no memo to write', async () => {
    await open();
    select('pude hablar de mi padre');
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.querySelector('.pending')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Write a memo about this' })).toBeNull();
    expect(server.sent).toEqual([]);
  });

  it('shows a segment\'s details without Remove, Re-code, the exemplar toggle or Add a code', async () => {
    const user = await open();
    const spot = [...document.querySelectorAll<HTMLElement>('.hl')].find((h) => h.textContent === 'algo cambió')!;
    await user.click(spot);
    const details = screen.getByRole('dialog', { name: 'Segment details' });
    expect(within(details).getByText('Efectos/Alivio')).toBeTruthy();
    expect(within(details).getAllByRole('link', { name: 'Show in Segments' }).length).toBeGreaterThan(0);
    expect(within(details).getAllByRole('button').map((b) => b.textContent)).toEqual(['Close']);
  });
});
