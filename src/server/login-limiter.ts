/**
 * Failed logins counted per account and per address over a sliding window: past the limit, further
 * attempts are refused without checking the password until the oldest failure leaves the window.
 */
export const LOGIN_FAILURES = 10;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now, private readonly limit = LOGIN_FAILURES, private readonly windowMs = LOGIN_WINDOW_MS) {}

  /** Minutes until one of the keys may try again, or 0 when none is blocked. */
  blockedFor(keys: readonly string[]): number {
    const t = this.now();
    let wait = 0;
    for (const key of keys) {
      const recent = this.recent(key, t);
      if (recent.length >= this.limit) wait = Math.max(wait, recent[recent.length - this.limit]! + this.windowMs - t);
    }
    return Math.ceil(wait / 60_000);
  }

  /** Count a failure against every key; true when this failure reached the limit for one of them. */
  fail(keys: readonly string[]): boolean {
    const t = this.now();
    let reached = false;
    for (const key of keys) {
      const recent = [...this.recent(key, t), t];
      this.failures.set(key, recent);
      if (recent.length === this.limit) reached = true;
    }
    return reached;
  }

  /** A successful login forgives the account's failures (not the address's). */
  forgive(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, t: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => t - at < this.windowMs);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }
}
