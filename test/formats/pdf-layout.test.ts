import { describe, expect, it } from 'vitest';
import { itemsToLines, linesToText, type PdfTextItem } from '../../src/formats/pdf-layout.js';

const SIZE = 10;
const CHAR = 5; // width of one character at this size, for the fake items

/** Items for lines given as [x, y, text]; y grows downwards. */
function page(lines: [number, number, string][]): PdfTextItem[] {
  return lines.map(([x, y, str]) => ({ str, x, y, width: str.length * CHAR, size: SIZE }));
}

const FULL = 'x'.repeat(100); // a line that reaches the right margin (x 50 → 550)

function text(...pages: [number, number, string][][]): string {
  return linesToText(pages.map((p) => itemsToLines(page(p))));
}

describe('itemsToLines', () => {
  it('puts items on one baseline together, left to right, with word spaces from gaps', () => {
    const items: PdfTextItem[] = [
      { str: 'Okay.', x: 80, y: 100, width: 25, size: SIZE },
      { str: 'Dan:', x: 50, y: 100.4, width: 20, size: SIZE },
      { str: '12', x: 20, y: 99.6, width: 10, size: SIZE },
      { str: 'next', x: 50, y: 112, width: 20, size: SIZE },
    ];
    expect(itemsToLines(items).map((l) => l.text)).toEqual(['12 Dan: Okay.', 'next']);
  });

  it('drops page numbers at the top and bottom of a page only', () => {
    const lines = itemsToLines(page([[300, 20, 'Page 3 of 9'], [50, 100, 'Body 7'], [50, 112, '12'], [300, 800, '3/9'], [20, 810, '45']]));
    expect(lines.map((l) => l.text)).toEqual(['Body 7', '12']); // at most two lines a side go
  });
});

describe('linesToText', () => {
  it('joins wrapped lines and splits paragraphs at larger gaps', () => {
    expect(text([[50, 100, FULL], [50, 112, 'end of one.'], [50, 136, 'Second paragraph.'], [50, 148, 'Third, after a short line.']])).toBe(
      `${FULL} end of one.\nSecond paragraph.\nThird, after a short line.`,
    );
  });

  it('splits single-spaced lines at speaker labels and at short lines', () => {
    expect(text([[50, 100, 'T: Hola.'], [50, 112, 'P: Hola, ' + FULL], [50, 124, 'sigue.'], [50, 136, 'T: Bien.']])).toBe(
      `T: Hola.\nP: Hola, ${FULL} sigue.\nT: Bien.`,
    );
  });

  it('rejoins a word hyphenated across lines', () => {
    expect(text([[50, 100, `${FULL} non-`], [50, 112, 'monotonic effects.']])).toBe(`${FULL} non-monotonic effects.`);
  });

  it('starts a paragraph at a first-line indent', () => {
    expect(text([[70, 100, FULL], [50, 112, FULL], [70, 124, 'Next paragraph.']])).toBe(`${FULL} ${FULL}\nNext paragraph.`);
  });

  it('separates pages by a blank line, but keeps a paragraph that runs on whole', () => {
    expect(text([[50, 100, 'One.'], [50, 124, FULL]], [[50, 100, 'goes on here.'], [50, 124, 'Two.']])).toBe(
      `One.\n${FULL} goes on here.\nTwo.`,
    );
    expect(text([[50, 100, 'One.'], [50, 124, `${FULL}.`]], [[50, 100, 'Two.']])).toBe(`One.\n${FULL}.\n\nTwo.`);
  });

  it('drops lines a page repeats from the bottom of the previous one', () => {
    const last = `7 Participant: ${FULL}.`;
    expect(text([[20, 100, last]], [[50, 100, last.replace(/^7 /u, '')], [50, 112, 'and more.'], [20, 136, '8 Dan: Ok.']])).toBe(
      `${last} and more.\n8 Dan: Ok.`,
    );
  });

  it('gives nothing for no lines', () => {
    expect(linesToText([[], []])).toBe('');
  });
});
