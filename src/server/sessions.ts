/**
 * Server-side sessions and one-time login tokens. The cookie holds only a random id; who it
 * belongs to stays on the server, and sessions expire when idle and after an absolute lifetime.
 */
import { randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'sparks_session';
const IDLE_MS = 12 * 60 * 60 * 1000;
const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;

interface Session { userId: string; createdAt: number; lastSeen: number }

export class Sessions {
  private readonly sessions = new Map<string, Session>();
  private readonly tokens = new Map<string, string>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A token that logs `userId` in once (printed in the address, like Jupyter's). */
  issueToken(userId: string): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, userId);
    return token;
  }

  /** Exchange a token for a new session id; the token cannot be used again. */
  redeem(token: string): string | undefined {
    const userId = this.redeemUser(token);
    return userId && this.start(userId);
  }

  /** The user a token logs in, once: the token is spent. */
  redeemUser(token: string): string | undefined {
    const userId = this.tokens.get(token);
    this.tokens.delete(token);
    return userId;
  }

  start(userId: string): string {
    const id = randomBytes(32).toString('base64url');
    const t = this.now();
    this.sessions.set(id, { userId, createdAt: t, lastSeen: t });
    return id;
  }

  /** The user of a live session, refreshing its idle timer; undefined once expired. */
  user(sessionId: string | undefined): string | undefined {
    if (!sessionId) return undefined;
    const s = this.sessions.get(sessionId);
    if (!s) return undefined;
    const t = this.now();
    if (t - s.lastSeen > IDLE_MS || t - s.createdAt > ABSOLUTE_MS) {
      this.sessions.delete(sessionId);
      return undefined;
    }
    s.lastSeen = t;
    return s.userId;
  }

  end(sessionId: string | undefined): void {
    if (sessionId) this.sessions.delete(sessionId);
  }

  /** End every session of a user but one (after a password change, the one that changed it). */
  endAllOf(userId: string, except?: string): void {
    for (const [id, s] of this.sessions) if (s.userId === userId && id !== except) this.sessions.delete(id);
  }
}
