/** Highlight layers of the document view: which codings cover each stretch of a row. */
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../web/src/lib/blocks.js';
import { highlightPieces, spansByBlock, withMarks, type CodedSpan } from '../../web/src/lib/highlight.js';

const text = 'Entrevistador: ¿Qué pasó? 😊\nT7: Nos reímos juntos y algo cambió en la sala.\nT7: Sí.';
const view = (from: number, to: number, spans: CodedSpan[]) =>
  highlightPieces(from, to, spans).map((p) => [text.slice(p.start, p.end), p.layers.map((l) => l.codeId).join('+')]);

describe('highlightPieces', () => {
  it('leaves an uncoded row as one plain piece', () => {
    expect(view(0, 10, [])).toEqual([[text.slice(0, 10), '']]);
    expect(highlightPieces(5, 5, [])).toEqual([]);
  });

  it('cuts a row at segment boundaries and lists the codes covering each piece', () => {
    const start = text.indexOf('Nos reímos');
    const end = start + 'Nos reímos juntos'.length;
    const pieces = view(text.indexOf('T7'), text.indexOf('\nT7: Sí'), [{ id: 's1', start, end, codeIds: ['humor', 'meeting'] }]);
    expect(pieces).toEqual([['T7: ', ''], ['Nos reímos juntos', 'humor+meeting'], [' y algo cambió en la sala.', '']]);
  });

  it('makes overlaps deeper, with the innermost segment last', () => {
    const a = text.indexOf('reímos');
    const b = text.indexOf('algo');
    const spans: CodedSpan[] = [
      { id: 'inner', start: a, end: a + 'reímos juntos'.length, codeIds: ['humor'] },
      { id: 'outer', start: text.indexOf('Nos'), end: b + 'algo cambió'.length, codeIds: ['change'] },
    ];
    const pieces = highlightPieces(text.indexOf('Nos'), b + 4, spans);
    expect(pieces.map((p) => [text.slice(p.start, p.end), p.layers.length, p.layers.at(-1)?.segmentId])).toEqual([
      ['Nos ', 1, 'outer'], ['reímos juntos', 2, 'inner'], [' y algo', 1, 'outer'],
    ]);
  });

  it('clips segments that run past the row, and keeps emoji whole', () => {
    const emoji = text.indexOf('😊');
    const spans: CodedSpan[] = [{ id: 's', start: emoji, end: text.length, codeIds: ['c'] }];
    expect(view(0, text.indexOf('\n'), spans)).toEqual([['Entrevistador: ¿Qué pasó? ', ''], ['😊', 'c']]);
  });

  it('ignores empty segments and segments without codes', () => {
    expect(view(0, 5, [{ id: 'e', start: 2, end: 2, codeIds: ['c'] }, { id: 'n', start: 0, end: 5, codeIds: [] }])).toEqual([[text.slice(0, 5), '']]);
  });
});

describe('spansByBlock', () => {
  it('gives each row the segments overlapping it, a long segment to every row it crosses', () => {
    const turns = [{ start: text.indexOf('T7'), end: text.indexOf('\nT7: Sí'), speaker: 'T7' }, { start: text.lastIndexOf('T7'), end: text.length, speaker: 'T7' }];
    const blocks = blocksOf(text, turns);
    expect(blocks.map((b) => b.speaker)).toEqual([null, 'T7', 'T7']);
    const long = { id: 'long', start: 5, end: text.length - 2, codeIds: ['a'] };
    const short = { id: 'short', start: text.indexOf('algo'), end: text.indexOf('algo') + 4, codeIds: ['b'] };
    const rows = spansByBlock(blocks, [long, short]);
    expect(rows.map((r) => r.map((s) => s.id))).toEqual([['long'], ['long', 'short'], ['long']]);
  });

  it('handles many segments over many rows in one pass', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `T${i % 2}: palabra ${i}\n`).join('');
    const turns: { start: number; end: number; speaker: string }[] = [];
    let at = 0;
    for (const line of big.split('\n').slice(0, -1)) {
      turns.push({ start: at, end: at + line.length, speaker: line.slice(0, 2) });
      at += line.length + 1;
    }
    const blocks = blocksOf(big, turns);
    const spans = turns.filter((_, i) => i % 4 === 0).map((t, i) => ({ id: `s${i}`, start: t.start, end: t.end, codeIds: ['c'] }));
    const rows = spansByBlock(blocks, spans);
    expect(rows.filter((r) => r.length > 0)).toHaveLength(500);
  });
});

describe('withMarks', () => {
  it('cuts pieces at a mark and names the marks on each piece, keeping the coding layers', () => {
    const from = text.indexOf('Nos');
    const to = text.indexOf('\nT7: Sí');
    const coded = { id: 's1', start: from, end: from + 'Nos reímos'.length, codeIds: ['humor'] };
    const mark = { name: 'pending', start: text.indexOf('reímos'), end: text.indexOf('algo') + 4 };
    const pieces = withMarks(highlightPieces(from, to, [coded]), [mark]).map((p) => [text.slice(p.start, p.end), p.layers.length, p.marks.join()]);
    expect(pieces).toEqual([
      ['Nos ', 1, ''], ['reímos', 1, 'pending'], [' juntos y algo', 0, 'pending'], [' cambió en la sala.', 0, ''],
    ]);
  });
});
