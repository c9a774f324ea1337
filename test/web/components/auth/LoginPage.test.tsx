// @vitest-environment happy-dom
/** The login page: shown while nobody is logged in, and again when a session ends. */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../web/src/App.js';

const ana = { id: 'u1', name: 'ana', email: 'ana@example.org', isAdmin: false, hasPassword: true };
const WRONG = 'That name or password is not right; check both and try again.';
const posted: { url: string; body: unknown }[] = [];
let session = false;
let failures = 0;
let hold: Promise<void> | null = null;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  posted.length = 0;
  session = false;
  failures = 0;
  hold = null;
  window.location.hash = '#/';
  vi.stubGlobal('EventSource', class { onmessage = null; onopen = null; close() {} });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') posted.push({ url, body: JSON.parse(String(init.body ?? 'null')) });
    if (url === '/api/login') {
      if (hold) await hold;
      const { name, password } = JSON.parse(String(init?.body)) as { name: string; password: string };
      if (failures >= 2) return json({ error: 'Too many failed logins; wait 15 minutes and try again, or ask an administrator to reset the password.' }, 429);
      if (name !== 'ana' || password !== 'a long enough secret') {
        failures++;
        return json({ error: WRONG }, 401);
      }
      session = true;
      return json(ana);
    }
    if (!session) return json({ error: 'You are not logged in; open the address Sparks printed when it started.' }, 401);
    if (url === '/api/me') return json(ana);
    if (url === '/api/projects') return json([{ id: 'p1', name: 'Estudio', createdAt: '', cases: 0, documents: 1, codes: 2, codings: 3, memos: 0 }]);
    return json([]);
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('shows the login form instead of any view while nobody is logged in', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Log in to Sparks' })).toBeTruthy();
    const name = screen.getByLabelText('Name or e-mail');
    const password = screen.getByLabelText('Password');
    expect(name.getAttribute('autocomplete')).toBe('username');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByText(/Working alone on this computer\? Open the address/).textContent).toContain('sparks start');
    expect(screen.queryByRole('heading', { name: 'Projects' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Account' })).toBeNull();
  });

  it('says why a login was refused, keeps the name, clears and focuses the password', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Name or e-mail'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'wrong one');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe(WRONG);
    expect((screen.getByLabelText('Name or e-mail') as HTMLInputElement).value).toBe('ana');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'wrong again{Enter}');
    await user.type(await screen.findByLabelText('Password'), 'a long enough secret{Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Too many failed logins; wait 15 minutes/);
    expect(posted.map((p) => p.body)).toEqual([
      { name: 'ana', password: 'wrong one' }, { name: 'ana', password: 'wrong again' }, { name: 'ana', password: 'a long enough secret' },
    ]);
  });

  it('asks for both fields before sending anything', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Log in' }));
    expect(screen.getByRole('alert').textContent).toBe('Type your name or e-mail and your password, then choose Log in.');
    expect(posted).toEqual([]);
  });

  it('logs in and opens the view the address names', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/projects/p1/history';
    render(<App />);
    await user.type(await screen.findByLabelText('Name or e-mail'), 'ana');
    await user.type(screen.getByLabelText('Password'), 'a long enough secret{Enter}');
    expect(await screen.findByRole('heading', { name: 'History' })).toBeTruthy();
    expect(window.location.hash).toBe('#/projects/p1/history');
  });

  it('logs in, disabling the button meanwhile, and comes back when the session ends', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(await screen.findByLabelText('Name or e-mail'), '  ana ');
    await user.type(screen.getByLabelText('Password'), 'a long enough secret');
    let release!: () => void;
    hold = new Promise((resolve) => { release = resolve; });
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect((screen.getByRole('button', { name: 'Log in' }) as HTMLButtonElement).disabled).toBe(true);
    release();
    expect(await screen.findByRole('link', { name: 'Estudio' })).toBeTruthy();
    expect(posted[0]).toEqual({ url: '/api/login', body: { name: 'ana', password: 'a long enough secret' } });
    expect(screen.getByRole('group', { name: 'Account' }).textContent).toContain('ana');

    // The session expires: the next request answers 401 and the login page returns.
    session = false;
    await user.type(screen.getByLabelText('Name of a new project'), 'Otro{Enter}');
    expect(await screen.findByRole('heading', { name: 'Log in to Sparks' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Account' })).toBeNull();
  });
});
