import { describe, expect, it } from 'vitest';
import { TextCache } from '../../src/store/text-cache.js';

describe('TextCache', () => {
  it('keeps the most recently used texts within its budget of characters', () => {
    const cache = new TextCache(10);
    cache.set('a', 'aaaa').set('b', 'bbbb');
    expect(cache.get('a')).toBe('aaaa');
    cache.set('c', 'cccc');
    expect(cache.has('b')).toBe(false);
    expect(cache.get('a')).toBe('aaaa');
    expect(cache.get('c')).toBe('cccc');
    cache.set('huge', 'x'.repeat(50));
    expect(cache.get('huge')).toHaveLength(50);
    expect(cache.has('a')).toBe(false);
  });
});
