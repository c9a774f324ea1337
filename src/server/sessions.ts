/**
 * Server-side sessions and one-time login tokens. The cookie holds only a random id; who it
 * belongs to is kept in the database, so every server process over one database knows every
 * session, and sessions expire when idle and after an absolute lifetime.
 *
 * Only the SHA-256 of the id is stored: a copy of the database holds no usable cookie.
 *
 * Each process keeps what it read for CACHE_MS, so most requests make no round trip, and writes
 * `last_seen` at most once per TOUCH_MS. A session ended in this process stops working at once;
 * one ended in another process (a logout, a password change there) stops working here once the
 * cached entry is older than CACHE_MS.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/store.js';

export const SESSION_COOKIE = 'sparks_session';
const IDLE_MS = 12 * 60 * 60 * 1000;
const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
const CACHE_MS = 5_000;
/** The idle timer is therefore exact to within this much, which is plenty against 12 hours. */
const TOUCH_MS = 60_000;
const MAX_CACHED = 10_000;

/** A session as this process last read it; `userId` null when the database had no such session. */
interface Known { userId: string | null; createdAt: number; lastSeen: number; readAt: number }

export interface SessionOptions {
  now?: () => number;
  /** How long a session read from the database is trusted without reading it again. */
  cacheMs?: number;
}

const hashOf = (id: string): string => createHash('sha256').update(id).digest('hex');
const iso = (t: number): string => new Date(t).toISOString();

export class Sessions {
  private readonly known = new Map<string, Known>();
  private readonly tokens = new Map<string, string>();
  private readonly now: () => number;
  private readonly cacheMs: number;

  constructor(private readonly store: Store, o: SessionOptions = {}) {
    this.now = o.now ?? Date.now;
    this.cacheMs = o.cacheMs ?? CACHE_MS;
  }

  /**
   * A token that logs `userId` in once (printed in the address, like Jupyter's). Tokens stay in
   * this process: the process that prints one is the one its address leads to.
   */
  issueToken(userId: string): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, userId);
    return token;
  }

  /** The user a token logs in, once: the token is spent. */
  redeemUser(token: string): string | undefined {
    const userId = this.tokens.get(token);
    this.tokens.delete(token);
    return userId;
  }

  /** A new session for `userId`; resolves to the id for the cookie. */
  async start(userId: string): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const t = this.now();
    const db = this.store.adapter.db;
    // Logins are rare and the table holds at most a week of them, so clearing every expired
    // session here keeps it small without a timer.
    await db.deleteFrom('session').where((eb) => eb.or([
      eb('lastSeen', '<', iso(t - IDLE_MS)),
      eb('createdAt', '<', iso(t - ABSOLUTE_MS)),
    ])).execute();
    const hash = hashOf(id);
    await db.insertInto('session').values({ idHash: hash, userId, createdAt: iso(t), lastSeen: iso(t) }).execute();
    this.remember(hash, { userId, createdAt: t, lastSeen: t, readAt: t });
    return id;
  }

  /** The user of a live session, refreshing its idle timer; undefined once expired or ended. */
  async user(sessionId: string | undefined): Promise<string | undefined> {
    if (!sessionId) return undefined;
    const hash = hashOf(sessionId);
    const t = this.now();
    let s = this.known.get(hash);
    if (!s || t - s.readAt >= this.cacheMs) s = await this.read(hash, t);
    if (!s.userId) return undefined;
    if (t - s.lastSeen > IDLE_MS || t - s.createdAt > ABSOLUTE_MS) {
      await this.forget(hash);
      return undefined;
    }
    if (t - s.lastSeen >= TOUCH_MS) {
      // Set first, so the requests arriving meanwhile do not write it too.
      s.lastSeen = t;
      const r = await this.store.adapter.db.updateTable('session').set({ lastSeen: iso(t) }).where('idHash', '=', hash).executeTakeFirst();
      if (Number(r.numUpdatedRows) === 0) {
        // Ended by another process since this one read it.
        this.known.delete(hash);
        return undefined;
      }
    }
    return s.userId;
  }

  /** Log out: the session ends in every process (in others within CACHE_MS). */
  async end(sessionId: string | undefined): Promise<void> {
    if (sessionId) await this.forget(hashOf(sessionId));
  }

  /** End every session of a user but one (after a password change, the one that changed it). */
  async endAllOf(userId: string, except?: string): Promise<void> {
    const kept = except ? hashOf(except) : undefined;
    for (const [hash, s] of this.known) if (s.userId === userId && hash !== kept) this.known.delete(hash);
    let q = this.store.adapter.db.deleteFrom('session').where('userId', '=', userId);
    if (kept) q = q.where('idHash', '!=', kept);
    await q.execute();
  }

  private async read(hash: string, t: number): Promise<Known> {
    const row = await this.store.adapter.db.selectFrom('session').select(['userId', 'createdAt', 'lastSeen'])
      .where('idHash', '=', hash).executeTakeFirst();
    const s: Known = row
      ? { userId: row.userId, createdAt: Date.parse(row.createdAt), lastSeen: Date.parse(row.lastSeen), readAt: t }
      : { userId: null, createdAt: 0, lastSeen: 0, readAt: t };
    this.remember(hash, s);
    return s;
  }

  private remember(hash: string, s: Known): void {
    if (this.known.size >= MAX_CACHED) this.known.clear();
    this.known.set(hash, s);
  }

  private async forget(hash: string): Promise<void> {
    this.known.delete(hash);
    await this.store.adapter.db.deleteFrom('session').where('idHash', '=', hash).execute();
  }
}
