/** The login limiter: failures per key over a sliding window, forgiven for an account on success. */
import { describe, expect, it } from 'vitest';
import { LOGIN_WINDOW_MS, LoginLimiter } from '../../src/server/login-limiter.js';

describe('LoginLimiter', () => {
  it('blocks a key after 10 failures until the oldest leaves the window, in whole minutes', () => {
    let now = 0;
    const l = new LoginLimiter(() => now);
    for (let i = 0; i < 9; i++, now += 60_000) expect(l.fail(['user:a'])).toBe(false);
    expect(l.blockedFor(['user:a'])).toBe(0);
    expect(l.fail(['user:a'])).toBe(true);
    expect(l.blockedFor(['user:a'])).toBe(6);
    expect(l.blockedFor(['user:b'])).toBe(0);
    now = LOGIN_WINDOW_MS;
    expect(l.blockedFor(['user:a'])).toBe(0);
  });

  it('blocks when any of the keys is blocked, and forgives an account but not its address', () => {
    const l = new LoginLimiter(() => 0);
    for (let i = 0; i < 10; i++) l.fail(['address:1', 'user:a']);
    expect(l.blockedFor(['address:2', 'user:a'])).toBe(15);
    l.forgive('user:a');
    expect(l.blockedFor(['address:2', 'user:a'])).toBe(0);
    expect(l.blockedFor(['address:1', 'user:a'])).toBe(15);
  });
});
