/** Documents as REFI-QDA sources: names of kept media files are safe paths in the archive, and never clash. */
import { describe, expect, it } from 'vitest';
import type { RefiRows } from '../../src/store/queries/refi-rows.js';
import { sourcesOf } from '../../src/store/queries/refi-sources.js';

const doc = (id: string, mediaPath: string) => ({
  id, projectId: 'p', name: id, kind: 'session', caseId: null, sequence: 1, text: 'T: Hola.\n', length: 9, originalName: '', mime: 'audio/mpeg',
  format: 'qdpx', contentHash: '', createdBy: 'u', createdAt: '2026-01-01T00:00:00Z', mediaKind: 'audio' as const, mediaPath,
});

function rows(docs: ReturnType<typeof doc>[]): RefiRows {
  const bytes = new Uint8Array([1, 2, 3]);
  return {
    documents: docs, segments: [], codings: [], timedTurns: [], wordOriginals: new Map(),
    mediaFiles: new Map(docs.map((d) => [d.id, { name: 'x', bytes }])),
  } as unknown as RefiRows;
}

describe('media files written into the archive', () => {
  it('keep their own names, except a name that could leave the folder or is taken', () => {
    const sources = sourcesOf(rows([
      doc('a1', 'internal://sesion.mp3'), doc('b2', 'relative:///otra/sesion.mp3'), doc('c3', 'relative:///..'), doc('d4', 'absolute://C:\\audio\\bad:name?.m4a'),
    ]), () => [], () => []);
    expect(sources.map((s) => [s.media?.path, s.mediaPath])).toEqual([
      ['sesion.mp3', 'internal://sesion.mp3'],
      ['b2.mp3', 'internal://b2.mp3'],
      ['c3', 'internal://c3'],
      ['d4.m4a', 'internal://d4.m4a'],
    ]);
  });
});
