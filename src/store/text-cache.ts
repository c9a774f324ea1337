/**
 * Document texts kept in memory, most recently used first, up to a budget of characters. A
 * document's text never changes once imported, so nothing needs invalidating: retrieval reads the
 * context around segments of the same documents again and again, and a page of results would
 * otherwise read dozens of whole transcripts.
 */
import type { DialectAdapter } from './dialects/adapter.js';
import type { Store } from './store.js';

const BUDGET_CHARS = 16_000_000;

export class TextCache {
  private readonly texts = new Map<string, string>();
  private chars = 0;

  constructor(private readonly budget = BUDGET_CHARS) {}

  has(id: string): boolean {
    return this.texts.has(id);
  }

  get(id: string): string | undefined {
    const text = this.texts.get(id);
    if (text !== undefined) {
      // Re-inserting moves it to the end: the Map's order is the recency order.
      this.texts.delete(id);
      this.texts.set(id, text);
    }
    return text;
  }

  set(id: string, text: string): this {
    if (this.texts.has(id)) return this;
    this.texts.set(id, text);
    this.chars += text.length;
    for (const [old, t] of this.texts) {
      if (this.chars <= this.budget || old === id) break;
      this.texts.delete(old);
      this.chars -= t.length;
    }
    return this;
  }
}

const caches = new WeakMap<DialectAdapter, TextCache>();

/** The text cache of one open store (or its database adapter, which commands see). */
export function textCacheOf(store: Store | DialectAdapter): TextCache {
  const adapter = 'adapter' in store ? store.adapter : store;
  let cache = caches.get(adapter);
  if (!cache) caches.set(adapter, (cache = new TextCache()));
  return cache;
}
