/** Codes restored together are inserted parents first, whatever order the undo data holds them in. */
import { describe, expect, it } from 'vitest';
import type { CodeRecord } from '../../src/core/records.js';
import { parentsFirst } from '../../src/store/tx.js';

const code = (id: string, parentId: string | null) => ({ id, parentId }) as CodeRecord;

describe('parentsFirst', () => {
  it('puts every code after its parent and keeps the rest in their order', () => {
    const ordered = parentsFirst([code('leaf', 'mid'), code('other', null), code('mid', 'root'), code('root', null), code('outside', 'elsewhere')]);
    expect(ordered.map((c) => c.id)).toEqual(['root', 'mid', 'leaf', 'other', 'outside']);
  });

  it('returns each code once', () => {
    expect(parentsFirst([code('a', null), code('b', 'a'), code('c', 'a')]).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(parentsFirst([])).toEqual([]);
  });
});
