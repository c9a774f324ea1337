/** Accounts from the command line: passwords read from a pipe, changed, checked; and a server for other machines needs one. */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/server/passwords.js';
import { openStore } from '../../src/store/store.js';
import { BIN, sparks, sparksWithInput } from '../helpers/cli.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';

describe('accounts on the command line', () => {
  let db: TestDb;
  const hashOf = async (name: string) => {
    const store = await openStore(db.location);
    try {
      return (await store.adapter.db.selectFrom('user').select(['passwordHash', 'isAdmin']).where('name', '=', name).executeTakeFirstOrThrow());
    } finally {
      await store.close();
    }
  };

  beforeAll(() => {
    db = freshLocation('sqlite');
  });
  afterAll(async () => db?.dispose());

  it('refuses to serve other machines while no account has a password, saying how to make one', async () => {
    const r = await sparks(db.location, ['serve', '--host', '0.0.0.0', '--port', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Sparks would be reachable from other machines at 0\.0\.0\.0, but no account has a password yet; give one with `sparks user passwd NAME`.*and start again\.$/);
    expect(r.stdout).toBe('');
  });

  it('adds an administrator whose password comes from a pipe, stored as an argon2id hash', async () => {
    const r = await sparksWithInput(db.location, ['user', 'add', 'ana', '--email', 'ana@example.org', '--admin', '--password-stdin', '--json'], 'la risa compartida 😊\n');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'ana', isAdmin: 1, hasPassword: true });
    expect(r.stdout).not.toContain('argon2');
    const { passwordHash, isAdmin } = await hashOf('ana');
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(isAdmin).toBe(1);
    expect(await verifyPassword(passwordHash, 'la risa compartida 😊')).toBe(true);
  });

  it('adds a coder without a password when nothing is piped in, and sets one later', async () => {
    expect((await sparks(db.location, ['user', 'add', 'tomas'])).stdout).toMatch(/without a password/);
    const r = await sparksWithInput(db.location, ['user', 'passwd', 'tomas', '--password-stdin'], 'un silencio muy largo\r\n');
    expect(r).toMatchObject({ code: 0, stdout: 'Changed the password of tomas.\n' });
    expect(await verifyPassword((await hashOf('tomas')).passwordHash, 'un silencio muy largo')).toBe(true);
  });

  it('refuses a short password, a missing user and a password nobody can type, changing nothing', async () => {
    const before = (await hashOf('tomas')).passwordHash;
    const short = await sparksWithInput(db.location, ['user', 'passwd', 'tomas', '--password-stdin'], 'corta\n');
    expect(short.code).toBe(1);
    expect(short.stderr.trim()).toMatch(/^A password needs at least 10 characters .*; nothing was changed\.$/);
    expect((await hashOf('tomas')).passwordHash).toBe(before);
    expect((await sparksWithInput(db.location, ['user', 'passwd', 'nadie', '--password-stdin'], 'una contraseña larga\n')).code).toBe(1);
    const noTerminal = await sparks(db.location, ['user', 'passwd', 'tomas']);
    expect(noTerminal.stderr.trim()).toBe('There is no terminal to type a password in; pipe it in with --password-stdin.');
  });

  it('serves other machines once an account has a password, printing no address that logs anyone in', async () => {
    const child = spawn(process.execPath, [BIN, '--db', db.location, 'serve', '--host', '0.0.0.0', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      const running = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /Sparks is running at (http:\/\/\S+) \(listening on 0\.0\.0\.0:(\d+)\)/.exec(out);
          if (m && out.includes('\n(')) resolve(m[2]!);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      expect(out).not.toMatch(/token/);
      expect(out).toMatch(/members log in with their name and password/);
      // The server answers, and only a password logs in.
      const page = await fetch(`http://127.0.0.1:${running}/api/projects`);
      expect(page.status).toBe(401);
      const login = await fetch(`http://127.0.0.1:${running}/api/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'tomas', password: 'un silencio muy largo' }),
      });
      expect(login.status).toBe(200);
      expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
