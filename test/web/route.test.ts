import { describe, expect, it } from 'vitest';
import { PROJECT_TABS, hrefOf, parseRoute, tabOf, type Route } from '../../web/src/lib/route.js';

const P = '4b1c2d3e-0000-4000-8000-000000000001';

describe('routes', () => {
  it('round-trip every view through the address', () => {
    const routes: Route[] = [
      { view: 'projects' },
      { view: 'documents', projectId: P },
      { view: 'document', projectId: P, documentId: 'd/1 ñ' },
      { view: 'document', projectId: P, documentId: 'd1', at: 120 },
      { view: 'codes', projectId: P },
      { view: 'codes', projectId: P, codeId: 'c 1' },
      { view: 'segments', projectId: P, query: 'code=Efectos%2FAlivio&mode=all' },
      { view: 'search', projectId: P, q: '"momento de" OR sesión*' },
      { view: 'memos', projectId: P, memoId: 'm1' },
      { view: 'analysis', projectId: P },
      { view: 'models', projectId: P },
      { view: 'models', projectId: P, modelId: 'm 1' },
      { view: 'agreement', projectId: P },
      { view: 'members', projectId: P },
      { view: 'history', projectId: P },
    ];
    for (const r of routes) expect(parseRoute(hrefOf(r))).toEqual(r);
  });

  it('falls back sensibly on odd addresses', () => {
    expect(parseRoute('#/nowhere')).toEqual({ view: 'projects' });
    expect(parseRoute(`#/projects/${P}/unknown`)).toEqual({ view: 'documents', projectId: P });
    expect(parseRoute(`#/projects/${P}/documents/d1?at=-3`)).toEqual({ view: 'document', projectId: P, documentId: 'd1' });
    expect(parseRoute(`#/projects/${P}/memos/%E0%A4%A`)).toEqual({ view: 'memos', projectId: P, memoId: '%E0%A4%A' });
    expect(tabOf({ view: 'document', projectId: P, documentId: 'd1' })).toBe('documents');
    expect(tabOf({ view: 'analysis', projectId: P })).toBe('analysis');
    expect(tabOf({ view: 'agreement', projectId: P })).toBe('agreement');
    expect(tabOf({ view: 'members', projectId: P })).toBe('members');
  });

  it('lists the tabs in order, Models and Agreement after Analysis, Members before History', () => {
    expect(PROJECT_TABS.map((t) => t.label)).toEqual(['Documents', 'Code system', 'Segments', 'Search', 'Memos', 'Analysis', 'Models', 'Agreement', 'Members', 'History']);
    expect(parseRoute(`#/projects/${P}/models/m1`)).toEqual({ view: 'models', projectId: P, modelId: 'm1' });
    expect(tabOf({ view: 'models', projectId: P, modelId: 'm1' })).toBe('models');
    expect(parseRoute(`#/projects/${P}/agreement`)).toEqual({ view: 'agreement', projectId: P });
    expect(hrefOf({ view: 'agreement', projectId: P })).toBe(`#/projects/${P}/agreement`);
    expect(parseRoute(`#/projects/${P}/members`)).toEqual({ view: 'members', projectId: P });
  });
});
