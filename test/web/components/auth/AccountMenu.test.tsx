// @vitest-environment happy-dom
/** The header's account corner: the user's name, the password dialog, logging out. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../web/src/App.js';

const posted: { url: string; body: unknown }[] = [];
let me = { id: 'u1', name: 'ana', email: null as string | null, isAdmin: false, hasPassword: true };
let session = true;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  posted.length = 0;
  me = { id: 'u1', name: 'ana', email: null, isAdmin: false, hasPassword: true };
  session = true;
  window.location.hash = '#/';
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? 'null')) as Record<string, string> | null;
    if (init?.method === 'POST') posted.push({ url, body });
    if (url === '/api/logout') {
      session = false;
      return json({ ok: true });
    }
    if (!session) return json({ error: 'You are not logged in.' }, 401);
    if (url === '/api/password') {
      if (me.hasPassword && body?.current !== 'the old secret') return json({ error: 'Your current password is not right; nothing was changed.' }, 400);
      return json({ ok: true });
    }
    if (url === '/api/me') return json(me);
    return json([]);
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const openDialog = async (user: ReturnType<typeof userEvent.setup>) => {
  render(<App />);
  const account = await screen.findByRole('group', { name: 'Account' });
  await user.click(within(account).getByRole('button', { name: 'Change password' }));
  return screen.getByRole('dialog', { name: 'Change password' });
};

describe('AccountMenu', () => {
  it('shows who is logged in', async () => {
    render(<App />);
    const account = await screen.findByRole('group', { name: 'Account' });
    expect(within(account).getByText('ana')).toBeTruthy();
    expect(within(account).getByRole('button', { name: 'Log out' })).toBeTruthy();
  });

  it('checks the new password before sending it, and shows the server\'s sentence', async () => {
    const user = userEvent.setup();
    const dialog = await openDialog(user);
    const current = within(dialog).getByLabelText('Current password');
    expect(document.activeElement).toBe(current);
    await user.type(current, 'not it');
    await user.type(within(dialog).getByLabelText('New password'), 'short');
    await user.type(within(dialog).getByLabelText('New password again'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Save new password' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/^A new password needs at least 10 characters/);
    await user.type(within(dialog).getByLabelText('New password'), ' and longer');
    await user.click(within(dialog).getByRole('button', { name: 'Save new password' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('The two new passwords are not the same; type the new one twice.');
    expect(posted).toEqual([]);
    await user.type(within(dialog).getByLabelText('New password again'), ' and longer');
    await user.click(within(dialog).getByRole('button', { name: 'Save new password' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Your current password is not right; nothing was changed.');
    expect(posted).toEqual([{ url: '/api/password', body: { current: 'not it', next: 'short and longer' } }]);
  });

  it('changes the password, closes, says so, and gives focus back', async () => {
    const user = userEvent.setup();
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByLabelText('Current password'), 'the old secret');
    await user.type(within(dialog).getByLabelText('New password'), 'a new long secret');
    await user.type(within(dialog).getByLabelText('New password again'), 'a new long secret{Enter}');
    expect(await screen.findByText('Your password was changed; other sessions were logged out.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change password' }));
    expect(posted).toEqual([{ url: '/api/password', body: { current: 'the old secret', next: 'a new long secret' } }]);
  });

  it('asks for no current password when there is none yet', async () => {
    me.hasPassword = false;
    const user = userEvent.setup();
    const dialog = await openDialog(user);
    expect(within(dialog).queryByLabelText('Current password')).toBeNull();
    await user.type(within(dialog).getByLabelText('New password'), 'a new long secret');
    await user.type(within(dialog).getByLabelText('New password again'), 'a new long secret{Enter}');
    expect(await screen.findByText('Your password was changed; other sessions were logged out.')).toBeTruthy();
    expect(posted).toEqual([{ url: '/api/password', body: { current: '', next: 'a new long secret' } }]);
    // The account has a password now: the next change asks for it.
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(within(screen.getByRole('dialog')).getByLabelText('Current password')).toBeTruthy();
  });

  it('closes on Escape and gives focus back to its button', async () => {
    const user = userEvent.setup();
    await openDialog(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change password' }));
  });

  it('logs out and shows the login page', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Log in to Sparks' })).toBeTruthy();
    expect(posted).toEqual([{ url: '/api/logout', body: null }]);
    expect(screen.queryByRole('group', { name: 'Account' })).toBeNull();
  });
});
