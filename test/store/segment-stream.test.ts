/** Streaming segments in batches gives exactly what one page gives: order, documents, codes, context. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import {
  eachSegment, eachSegmentRow, querySegments, resolveSegmentFilter, type SegmentCriteria, type SegmentHit,
} from '../../src/store/queries/segments.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';
import { seedSegments, type Seeded } from './segments-seed.js';

const NONE: SegmentCriteria = { codes: [], mode: 'any', documents: [], coders: [], attributes: [] };
const FILTERS: Partial<SegmentCriteria>[] = [
  {},
  { codes: ['Humor'] },
  { codes: ['Humor', 'Emociones'], mode: 'all' },
  { codes: ['Humor', 'Emociones'], mode: 'overlap' },
  { coders: ['Ana'] },
  { documents: ['Entrevista T3', 'Notas'] },
  { attributes: [{ key: 'años', op: '>=', value: '10' }] },
  { codes: ['Emociones'], attributes: [{ key: 'orientación', op: '!=', value: 'sistémica' }], coders: ['owner'] },
];

describe.each(DIALECTS)('streaming segments on %s', (dialect) => {
  let t: TestStore;
  let seed: Seeded;
  const streamed = async <T>(rows: AsyncGenerator<T>) => {
    const out: T[] = [];
    for await (const r of rows) out.push(r);
    return out;
  };
  const page = async (projectId: string, c: Partial<SegmentCriteria>) => {
    const filter = await resolveSegmentFilter(t.store, projectId, { ...NONE, ...c });
    return { filter, items: (await querySegments(t.store, projectId, filter, { limit: 100, offset: 0 })).items };
  };
  const withoutContext = ({ before: _b, after: _a, ...row }: SegmentHit) => row;

  beforeAll(async () => {
    t = await freshStore(dialect);
    seed = await seedSegments(t.store);
  });
  afterAll(async () => t?.dispose());

  it('streams the same segments as a page, in batches of any size', async () => {
    for (const c of FILTERS) {
      const { filter, items } = await page(seed.projectId, c);
      for (const batch of [1, 2, 3, 500]) {
        expect(await streamed(eachSegment(t.store, seed.projectId, filter, batch))).toEqual(items);
        expect(await streamed(eachSegmentRow(t.store, seed.projectId, filter, batch))).toEqual(items.map(withoutContext));
      }
    }
  });

  it('interleaves documents that share a sequence number, and lists several codes by path', async () => {
    const owner = await Session.owner(t.store);
    const s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Secuencias' })).id);
    await owner.run(COMMANDS.addUser, { name: 'Bea' });
    await s.run(COMMANDS.addMember, { user: 'Bea', role: 'coder' });
    for (const [name, parent] of [['Zeta', null], ['alfa', null], ['Beta', 'alfa'], ['Ñandú', null]] as const) {
      await s.run(COMMANDS.createCode, { name, ...(parent ? { parent } : {}) });
    }
    const text = 'una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince';
    const importAt = (name: string, sequence: number) => {
      const original = new TextEncoder().encode(text);
      return s.run(COMMANDS.importDocument, {
        name, kind: 'interview', case: null, text, turns: [], original, sequence,
        originalName: `${name}.txt`, mime: 'text/plain', format: 'txt', contentHash: createHash('sha256').update(original).digest('hex'),
      });
    };
    await importAt('B', 1);
    await importAt('A', 1);
    await importAt('C', 2);
    const codes = ['Zeta', 'alfa/Beta', 'Ñandú', 'alfa'];
    for (let i = 0; i < 12; i++) {
      const start = (i * 7) % 60;
      for (const code of codes.slice(0, 1 + (i % 4))) await s.run(COMMANDS.applyCode, { document: ['A', 'B', 'C'][i % 3]!, start, end: start + 9, code });
      // The same span by another coder: equal keys but for the id.
      if (i % 2 === 0) await s.run(COMMANDS.applyCode, { document: ['A', 'B', 'C'][i % 3]!, start, end: start + 9, code: 'Zeta', coder: 'Bea' });
    }
    const { filter, items } = await page(s.projectId!, {});
    expect(items.map((h) => h.doc)).toContain('A');
    expect(items.slice(0, 8).map((h) => h.doc).sort().join('')).toMatch(/^A+B+$/);
    expect(items.find((h) => h.codes.length === 4)!.codes.map((c) => c.path)).toEqual(['alfa', 'alfa/Beta', 'Ñandú', 'Zeta']);
    for (const batch of [1, 2, 5, 100]) expect(await streamed(eachSegment(t.store, s.projectId!, filter, batch))).toEqual(items);
  });
});
