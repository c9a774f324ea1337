import { describe, expect, it } from 'vitest';
import { segmentFilterQuery } from '../../../src/contract/segments.js';
import { formatSegmentQuery, NO_FILTERS, parseCondition, parseSegmentQuery, segmentsUrl } from '../../../web/src/lib/segment-query.js';

describe('segment query', () => {
  const filters = {
    codes: ['Emociones/Alegría 😊', 'Triggers of moments of meeting/Humor', 'A\\/B'], mode: 'overlap' as const,
    documents: ['Entrevista T7 (sesión 2)'], coders: ['Ana', 'José'],
    attributes: [{ key: 'años de experiencia', op: '>=' as const, value: '10' }, { key: 'orientación', op: '!=' as const, value: 'sistémica' }],
  };

  it('writes filters into a query string and reads them back unchanged', () => {
    const q = formatSegmentQuery(filters);
    expect(q).not.toMatch(/\+/);
    expect(parseSegmentQuery(q)).toEqual(filters);
    expect(formatSegmentQuery(NO_FILTERS)).toBe('');
    expect(parseSegmentQuery('code=Humor')).toEqual({ ...NO_FILTERS, codes: ['Humor'] });
  });

  it('is read by the server exactly as the web app wrote it', () => {
    // As Fastify hands the query over: a repeated key as an array, a single one as a string.
    const params = new URLSearchParams(formatSegmentQuery(filters));
    const q = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k).length > 1 ? params.getAll(k) : params.get(k)]));
    expect(segmentFilterQuery.parse(q)).toEqual(filters);
  });

  it('reads attribute conditions with ASCII or typographic operators', () => {
    expect(parseCondition('años≥10')).toEqual({ key: 'años', op: '>=', value: '10' });
    expect(parseCondition('a <= 3')).toEqual({ key: 'a', op: '<=', value: '3' });
    expect(parseCondition('género = mujer')).toEqual({ key: 'género', op: '=', value: 'mujer' });
    expect(parseCondition('k!=v=w')).toEqual({ key: 'k', op: '!=', value: 'v=w' });
    for (const raw of ['x=', 'nada', '=v']) expect(parseCondition(raw)).toBeUndefined();
  });

  it('leaves out unreadable parts and incomplete conditions', () => {
    expect(parseSegmentQuery('mode=some&attr=nada&code=')).toEqual(NO_FILTERS);
    expect(formatSegmentQuery({ ...NO_FILTERS, attributes: [{ key: 'años', op: '=', value: ' ' }] })).toBe('');
  });

  it('addresses the API and the downloads with the same query', () => {
    expect(segmentsUrl('p1', 'code=Humor', 'csv')).toBe('/api/projects/p1/segments.csv?code=Humor');
    expect(segmentsUrl('p1', '', 'md', { group: 'code' })).toBe('/api/projects/p1/segments.md?group=code');
  });
});
