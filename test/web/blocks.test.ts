/** Rows of the document view, colours of highlights, and hash routes. */
import { describe, expect, it } from 'vitest';
import { blockAt, blocksOf } from '../../web/src/lib/blocks.js';
import { alphaFor, rgbOf, solid, tint } from '../../web/src/lib/color.js';
import { hrefOf, parseRoute } from '../../web/src/lib/route.js';

describe('blocksOf', () => {
  const text = 'Entrevista ficticia, 3 de marzo.\n\nI: ¿Cómo fue?\nT7: Fue un momento… 🙂\n\n[fin]\n';
  const turns = [
    { start: text.indexOf('I:'), end: text.indexOf('\nT7'), speaker: 'I' },
    { start: text.indexOf('T7'), end: text.indexOf('\n\n[fin]'), speaker: 'T7' },
  ];
  const rows = (t: string, ts = turns) => blocksOf(t, ts).map((b) => [t.slice(b.start, b.end), b.speaker]);

  it('shows text before the first turn and after the last one, without blank rows', () => {
    expect(rows(text)).toEqual([
      ['Entrevista ficticia, 3 de marzo.', null], ['I: ¿Cómo fue?', 'I'], ['T7: Fue un momento… 🙂', 'T7'], ['[fin]', null],
    ]);
  });

  it('splits a document without turns into paragraphs', () => {
    expect(rows('Uno.\n\nDos\ntres.\n', [])).toEqual([['Uno.', null], ['Dos', null], ['tres.', null]]);
    expect(rows('', [])).toEqual([]);
  });

  it('tolerates unsorted, empty and overlapping turns', () => {
    const t = 'A: uno\nB: dos';
    expect(rows(t, [{ start: 7, end: 13, speaker: 'B' }, { start: 0, end: 0, speaker: 'X' }, { start: 0, end: 8, speaker: 'A' }]))
      .toEqual([['A: uno\nB', 'A'], [': dos', 'B']]);
  });

  it('finds the row of an offset', () => {
    const blocks = blocksOf(text, turns);
    expect(blockAt(blocks, 0)).toBe(0);
    expect(blockAt(blocks, text.indexOf('Fue'))).toBe(2);
    expect(blockAt(blocks, text.length)).toBe(blocks.length);
  });
});

describe('colours', () => {
  it('reads #rgb and #rrggbb colours, and falls back to the default', () => {
    expect(rgbOf('#ff8000')).toEqual([255, 128, 0]);
    expect(rgbOf('#F80')).toEqual([255, 136, 0]);
    expect(rgbOf(null)).toEqual(rgbOf('not a colour'));
    expect(solid('#000')).toBe('rgb(0, 0, 0)');
  });

  it('is translucent for one coding and darker with each overlap, up to a limit', () => {
    expect(tint('#ff0000', 0)).toBe('transparent');
    expect(tint('#ff0000', 1)).toBe('rgba(255, 0, 0, 0.22)');
    const alphas = [1, 2, 3, 4, 10].map(alphaFor);
    expect(alphas).toEqual([...alphas].sort((a, b) => a - b));
    expect(alphaFor(1)).toBeLessThan(0.3);
    expect(alphaFor(100)).toBeLessThanOrEqual(0.7);
  });
});

describe('routes', () => {
  it('parses and writes hash routes', () => {
    expect(parseRoute('')).toEqual({ view: 'projects' });
    expect(parseRoute('#/')).toEqual({ view: 'projects' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'projects' });
    expect(parseRoute('#/projects/p1')).toEqual({ view: 'documents', projectId: 'p1' });
    const doc = { view: 'document', projectId: 'p 1', documentId: 'd/2' } as const;
    expect(parseRoute(hrefOf(doc))).toEqual(doc);
    expect(hrefOf({ view: 'projects' })).toBe('#/');
  });
});
