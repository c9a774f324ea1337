/** Retrieval of coded segments over SQLite and PostgreSQL: modes, documents, coders, case attributes, pages. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contextOf, eachSegment, listSegments, querySegments, resolveSegmentFilter, type SegmentCriteria,
} from '../../src/store/queries/segments.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';
import { seedSegments, T7, type Seeded } from './segments-seed.js';

const NONE: SegmentCriteria = { codes: [], mode: 'any', documents: [], coders: [], attributes: [] };

describe.each(DIALECTS)('segment retrieval on %s', (dialect) => {
  let t: TestStore;
  let seed: Seeded;
  /** The quotes of all matching segments, in document order. */
  const texts = async (c: Partial<SegmentCriteria>) => {
    const filter = await resolveSegmentFilter(t.store, seed.projectId, { ...NONE, ...c });
    const page = await querySegments(t.store, seed.projectId, filter, { limit: 100, offset: 0 });
    expect(page.total).toBe(page.items.length);
    return page.items.map((s) => s.text);
  };

  beforeAll(async () => {
    t = await freshStore(dialect);
    seed = await seedSegments(t.store);
  });
  afterAll(async () => t?.dispose());

  it('keeps segments carrying any selected code, a category including the codes below it', async () => {
    expect(await texts({ codes: ['Humor'] })).toEqual([
      'miedo 😊. Nos reímos', 'Nos reímos juntos', 'se rió conmigo', 'Humor & *cuidado* con [la] risa_fácil',
    ]);
    expect(await texts({ codes: ['Emociones'] })).toEqual([
      'un poco de miedo', 'Nos reímos juntos', 'lo sentí también, fue "un momento de encuentro"', 'Tenía miedo',
    ]);
    expect(await texts({ codes: ['Emociones/Miedo', 'Emociones/Alegría 😊'] })).toHaveLength(4);
  });

  it('keeps segments carrying every selected code in mode all', async () => {
    expect(await texts({ codes: ['Humor', 'Emociones'], mode: 'all' })).toEqual(['Nos reímos juntos']);
    expect(await texts({ codes: ['Humor', 'Emociones/Miedo'], mode: 'all' })).toEqual([]);
  });

  it('keeps segments whose text overlaps a segment of each other selected code in mode overlap', async () => {
    expect(await texts({ codes: ['Humor', 'Emociones/Miedo'], mode: 'overlap' })).toEqual(['un poco de miedo', 'miedo 😊. Nos reímos']);
    expect(await texts({ codes: ['Humor', 'Emociones'], mode: 'overlap' })).toEqual(['un poco de miedo', 'miedo 😊. Nos reímos', 'Nos reímos juntos']);
    // Miedo in T3 touches no Humor segment: the two are apart in the text.
    expect(await texts({ codes: ['Humor', 'Emociones/Miedo'], mode: 'overlap', documents: ['Entrevista T3'] })).toEqual([]);
  });

  it('filters by case attributes, comparing numbers as numbers and combining conditions with AND', async () => {
    // As text "4" ≥ "10" would hold; as numbers only T7 (12 years) qualifies among coded cases.
    const senior = await texts({ attributes: [{ key: 'años', op: '>=', value: '10' }] });
    expect(senior).toHaveLength(4);
    expect(await texts({ attributes: [{ key: 'años', op: '<', value: '10' }] })).toEqual(['Tenía miedo', 'se rió conmigo']);
    expect(await texts({ attributes: [{ key: 'orientación', op: '=', value: 'sistémica' }] })).toEqual(['Tenía miedo', 'se rió conmigo']);
    expect(await texts({ attributes: [{ key: 'orientación', op: '!=', value: 'sistémica' }] })).toHaveLength(4);
    expect(await texts({ codes: ['Humor'], attributes: [{ key: 'años', op: '>=', value: '10' }, { key: 'orientación', op: '=', value: 'humanista' }] }))
      .toEqual(['miedo 😊. Nos reímos', 'Nos reímos juntos']);
    expect(await texts({ attributes: [{ key: 'años', op: '>', value: '12' }] })).toEqual([]);
    expect(await texts({ attributes: [{ key: 'género', op: '=', value: 'mujer' }] })).toEqual([]);
  });

  it('filters by coders and documents, several of each', async () => {
    expect(await texts({ coders: ['Ana'] })).toEqual(['lo sentí también, fue "un momento de encuentro"', 'Tenía miedo', 'se rió conmigo']);
    expect(await texts({ coders: ['Ana', 'owner'] })).toHaveLength(7);
    expect(await texts({ documents: ['Entrevista T3', 'Notas'] })).toEqual(['Tenía miedo', 'se rió conmigo', 'Humor & *cuidado* con [la] risa_fácil']);
    expect(await texts({ codes: ['Humor'], coders: ['owner'], documents: ['Entrevista T7'] })).toEqual(['miedo 😊. Nos reímos', 'Nos reímos juntos']);
  });

  it('pages through the matches with the total, and streams them all', async () => {
    const all = await resolveSegmentFilter(t.store, seed.projectId, NONE);
    const first = await querySegments(t.store, seed.projectId, all, { limit: 3, offset: 0 });
    const last = await querySegments(t.store, seed.projectId, all, { limit: 3, offset: 5 });
    expect(first.total).toBe(7);
    expect(first.items).toHaveLength(3);
    expect(last.items.map((s) => s.doc)).toEqual(['Entrevista T3', 'Notas']);
    expect(first.coders).toEqual(['Ana', 'owner']);
    const streamed: string[] = [];
    for await (const s of eachSegment(t.store, seed.projectId, all, 3)) streamed.push(s.id);
    expect(streamed).toHaveLength(7);
    expect(new Set(streamed).size).toBe(7);
  });

  it('counts every match on any page, past the end too', async () => {
    const all = await resolveSegmentFilter(t.store, seed.projectId, NONE);
    const page = (offset: number, limit = 3) => querySegments(t.store, seed.projectId, all, { limit, offset });
    expect(await page(5)).toMatchObject({ total: 7, offset: 5, limit: 3 });
    expect((await page(5)).items).toHaveLength(2);
    for (const offset of [7, 8, 1000]) expect(await page(offset)).toMatchObject({ total: 7, items: [], coders: ['Ana', 'owner'] });
    expect(await page(0, 0)).toMatchObject({ total: 7, items: [] });
    const humor = await resolveSegmentFilter(t.store, seed.projectId, { ...NONE, codes: ['Humor'], attributes: [{ key: 'años', op: '>=', value: '10' }] });
    expect(await querySegments(t.store, seed.projectId, humor, { limit: 1, offset: 1 })).toMatchObject({ total: 2, items: [{ text: 'Nos reímos juntos' }] });
    expect(await querySegments(t.store, seed.projectId, humor, { limit: 1, offset: 2 })).toMatchObject({ total: 2, items: [] });
    const none = await resolveSegmentFilter(t.store, seed.projectId, { ...NONE, codes: ['Humor', 'Emociones/Miedo'], mode: 'all' });
    for (const offset of [0, 4]) expect(await querySegments(t.store, seed.projectId, none, { limit: 3, offset })).toMatchObject({ total: 0, items: [] });
  });

  it('gives each match its context, case, codes with colours and coder', async () => {
    const filter = await resolveSegmentFilter(t.store, seed.projectId, { ...NONE, codes: ['Humor', 'Emociones'], mode: 'all' });
    const [hit] = (await querySegments(t.store, seed.projectId, filter, { limit: 10, offset: 0 })).items;
    expect(hit).toMatchObject({
      doc: 'Entrevista T7', case: 'T7', coder: 'owner', text: 'Nos reímos juntos',
      codes: [{ path: 'Emociones/Alegría 😊', color: '#81B29A' }, { path: 'Humor', color: '#F2CC8F' }],
    });
    expect(`${hit!.before}${hit!.text}${hit!.after}`).toBe(T7);
    expect(T7.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it('refuses an unknown code, document or coder with the lookup\'s sentence', async () => {
    await expect(resolveSegmentFilter(t.store, seed.projectId, { ...NONE, codes: ['Humour'] })).rejects.toThrow(/no code/i);
    await expect(resolveSegmentFilter(t.store, seed.projectId, { ...NONE, documents: ['Entrevista T9'] })).rejects.toThrow(/no document/);
    await expect(resolveSegmentFilter(t.store, seed.projectId, { ...NONE, coders: ['Nadie'] })).rejects.toThrow(/no user/);
  });

  it('keeps listSegments working for one code subtree and one coder', async () => {
    const filter = await resolveSegmentFilter(t.store, seed.projectId, { ...NONE, codes: ['Emociones'] });
    const rows = await listSegments(t.store, seed.projectId, { codeIds: filter.codeGroups![0]!, coderId: seed.anaId });
    expect(rows.map((r) => r.codes)).toEqual([['Emociones/Alegría 😊'], ['Emociones/Miedo']]);
  });
});

describe('contextOf', () => {
  const words = Array.from({ length: 80 }, (_, i) => `palabra${i}`).join(' ');
  it('cuts long context at word boundaries and marks the cuts', () => {
    const start = words.indexOf('palabra40');
    const { before, after } = contextOf(words, start, start + 'palabra40'.length);
    expect(before.startsWith('…palabra')).toBe(true);
    expect(after.endsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(152);
    for (const w of [...before.slice(1).trim().split(' '), ...after.slice(0, -1).trim().split(' ')]) expect(w).toMatch(/^palabra\d+$/);
  });
  it('never splits an emoji when there is no space to cut at', () => {
    const text = '😊'.repeat(200);
    const { before, after } = contextOf(text, 200, 202, 151);
    expect(before.slice(1)).toMatch(/^(😊)+$/u);
    expect(after.slice(0, -1)).toMatch(/^(😊)+$/u);
  });
});
