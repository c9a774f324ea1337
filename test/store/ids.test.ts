/** Record ids: UUIDs that sort by creation time, so new rows share index pages. */
import { describe, expect, it } from 'vitest';
import { newId } from '../../src/store/ids.js';

describe('newId', () => {
  it('makes distinct version 7 UUIDs in creation order', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});
