// @vitest-environment happy-dom
/** The document view for a coder: their own codings can be changed, another coder's only read. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentPage } from '../../../../web/src/components/DocumentPage.js';
import { RoleNote } from '../../../../web/src/components/RoleNote.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { fakeServer } from './fake-server.js';

beforeEach(() => {
  localStorage.clear();
  fakeServer({ role: 'coder' });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('DocumentPage for a coder (ana)', () => {
  it('offers Re-code, Remove and the exemplar toggle on her own coding, and none on beatriz’s', async () => {
    render(<ProjectProvider projectId="p1"><RoleNote /><DocumentPage projectId="p1" documentId="d1" /></ProjectProvider>);
    await screen.findByRole('heading', { name: 'Sesión 3' });
    const user = userEvent.setup();
    // "algo cambió" lies in both ana's and beatriz's segments.
    const spot = [...document.querySelectorAll<HTMLElement>('.hl')].find((h) => h.textContent === 'algo cambió')!;
    await user.click(spot);
    const details = screen.getByRole('dialog', { name: 'Segment details' });
    const own = within(details).getByRole('region', { name: 'Segment coded by ana' });
    const others = within(details).getByRole('region', { name: 'Segment coded by beatriz' });
    await within(own).findByRole('button', { name: /^Remove / });
    expect(within(own).getByRole('button', { name: /^Re-code / })).toBeTruthy();
    expect(within(others).queryByRole('button', { name: /^Remove / })).toBeNull();
    expect(within(others).queryByRole('button', { name: /^Re-code / })).toBeNull();
    expect(within(others).queryByRole('button', { name: /^Example quote/ })).toBeNull();
    // Adding her own code to the same text stays possible.
    expect(within(others).getByRole('button', { name: 'Add a code' })).toBeTruthy();
  });
});
