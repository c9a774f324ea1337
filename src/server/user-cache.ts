/**
 * The logged-in users' records, kept a few seconds: every request needs its user, and on a team
 * server the lookup was one more round trip in front of every coding. A changed account (a new
 * password, a new administrator) is seen within TTL_MS; checks that must be exact read the database.
 */
import type { UserRecord } from '../core/records.js';
import type { Store } from '../store/store.js';

const TTL_MS = 5_000;
const MAX = 10_000;

export class UserCache {
  private readonly known = new Map<string, { user: UserRecord | null; at: number }>();

  constructor(private readonly store: Store, private readonly now: () => number = Date.now) {}

  async get(userId: string): Promise<UserRecord | null> {
    const hit = this.known.get(userId);
    if (hit && this.now() - hit.at < TTL_MS) return hit.user;
    const user = (await this.store.adapter.db.selectFrom('user').selectAll().where('id', '=', userId).executeTakeFirst()) ?? null;
    if (this.known.size >= MAX) this.known.clear();
    this.known.set(userId, { user, at: this.now() });
    return user;
  }

  forget(userId: string): void {
    this.known.delete(userId);
  }
}
