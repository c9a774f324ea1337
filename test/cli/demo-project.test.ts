import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROJECT, ensureDemoProject } from '../../src/cli/demo-project.js';
import { listCases, listDocuments, listMemos } from '../../src/store/queries/listings.js';
import { listProjects } from '../../src/store/queries/projects.js';
import { listSegments } from '../../src/store/queries/segments.js';
import { demoStudy } from '../../src/templates/demo/index.js';
import { freshStore, type TestStore } from '../helpers/stores.js';

describe('the demo project', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await freshStore('sqlite');
  });
  afterAll(async () => t?.dispose());

  it('is created once, with the fictional study coded by two coders', async () => {
    expect(await ensureDemoProject(t.store)).toBe(true);
    expect(await ensureDemoProject(t.store)).toBe(false);
    const [p] = await listProjects(t.store);
    expect(p).toMatchObject({ name: DEMO_PROJECT, documents: 6, cases: 6, codes: 45, codings: demoStudy.codings.length });
    const docs = await listDocuments(t.store, p!.id);
    for (const d of docs) expect(d.turns).toBeGreaterThan(10);
    const cases = await listCases(t.store, p!.id);
    expect(cases[0]).toMatchObject({ label: 'T1', documents: 1, attributes: { age: 44 } });
    const segments = await listSegments(t.store, p!.id);
    expect(new Set(segments.map((s) => s.coder))).toEqual(new Set(['ana', 'tomas']));
    expect((await listMemos(t.store, p!.id)).length).toBe(demoStudy.memos.length + 2);
  });
});
