// @vitest-environment happy-dom
/** From a DOM selection over the rendered transcript to exact offsets of the document's text. */
import { afterEach, describe, expect, it } from 'vitest';
import { offsetsOf, trimRange } from '../../web/src/lib/selection.js';

const text = 'T: ¿Qué pasó? 😊 Nos reímos\nP: Sí, y algo cambió 🙂 en la sala.\n';
const at = (s: string, from = 0) => text.indexOf(s, from);

/** The markup TurnRow renders: rows of pieces with data-start, and a margin of bars. */
function render(rows: [number, number][][]): HTMLElement {
  const root = document.createElement('div');
  for (const pieces of rows) {
    const row = document.createElement('div');
    row.className = 'turn';
    const p = document.createElement('p');
    for (const [start, end] of pieces) {
      const span = document.createElement('span');
      span.dataset.start = String(start);
      span.textContent = text.slice(start, end);
      p.append(span);
    }
    const margin = document.createElement('ul');
    margin.innerHTML = '<li><button>Humor</button></li>';
    row.append(p, margin);
    root.append(row);
  }
  document.body.append(root);
  return root;
}

const rowOne: [number, number][] = [[0, at('pasó')], [at('pasó'), at('? 😊')], [at('? 😊'), at('\nP')]];
const rowTwo: [number, number][] = [[at('P:'), at('algo')], [at('algo'), at('\n', at('P:'))]];
const textOf = (root: Element, i: number) => root.querySelectorAll('[data-start]')[i]!.firstChild!;
const range = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) =>
  ({ startContainer, startOffset, endContainer, endOffset });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('offsetsOf', () => {
  it('maps a selection inside one piece, counting emoji as two UTF-16 units', () => {
    const root = render([rowOne, rowTwo]);
    const piece = textOf(root, 2); // '? 😊 Nos reímos'
    const found = offsetsOf(root, range(piece, 5, piece, 9), text);
    expect(found).toEqual({ start: at('Nos'), end: at('Nos') + 3 });
    expect(text.slice(found!.start, found!.end)).toBe('Nos');
  });

  it('maps a selection across a highlight and across turns', () => {
    const root = render([rowOne, rowTwo]);
    const found = offsetsOf(root, range(textOf(root, 0), 3, textOf(root, 4), 4), text);
    expect(text.slice(found!.start, found!.end)).toBe('¿Qué pasó? 😊 Nos reímos\nP: Sí, y algo');
  });

  it('trims the whitespace around the selected words', () => {
    const root = render([rowOne, rowTwo]);
    const piece = textOf(root, 2);
    const found = offsetsOf(root, range(piece, 1, piece, 5), text);
    expect(text.slice(found!.start, found!.end)).toBe('😊');
  });

  it('reads boundaries given as element children, as triple clicks give them', () => {
    const root = render([rowOne, rowTwo]);
    const paragraph = root.querySelector('p')!;
    const found = offsetsOf(root, range(paragraph, 0, paragraph, 3), text);
    expect(text.slice(found!.start, found!.end)).toBe('T: ¿Qué pasó? 😊 Nos reímos');
  });

  it('snaps ends that fall in the margin to the nearest text inside the selection', () => {
    const root = render([rowOne, rowTwo]);
    const marginOne = root.querySelectorAll('button')[0]!.firstChild!;
    const marginTwo = root.querySelectorAll('button')[1]!.firstChild!;
    const found = offsetsOf(root, range(marginOne, 2, textOf(root, 3), 2), text);
    expect(text.slice(found!.start, found!.end)).toBe('P:');
    const toMargin = offsetsOf(root, range(textOf(root, 4), 0, marginTwo, 1), text);
    expect(text.slice(toMargin!.start, toMargin!.end)).toBe('algo cambió 🙂 en la sala.');
  });

  it('ignores selections in the margin only, outside the transcript, or of whitespace only', () => {
    const root = render([rowOne, rowTwo]);
    const margin = root.querySelectorAll('button')[0]!.firstChild!;
    expect(offsetsOf(root, range(margin, 0, margin, 5), text)).toBeNull();
    const before = document.createElement('p');
    before.textContent = 'Encabezado';
    document.body.prepend(before);
    const after = document.createElement('p');
    after.textContent = 'Pie de página';
    document.body.append(after);
    expect(offsetsOf(root, range(before.firstChild!, 0, before.firstChild!, 4), text)).toBeNull();
    expect(offsetsOf(root, range(after.firstChild!, 0, after.firstChild!, 4), text)).toBeNull();
    const piece = textOf(root, 2);
    expect(offsetsOf(root, range(piece, 1, piece, 2), text)).toBeNull();
  });

  it('keeps the transcript text of a drag released beyond the transcript', () => {
    const root = render([rowOne, rowTwo]);
    const after = document.createElement('p');
    after.textContent = 'Pie de página';
    document.body.append(after);
    const found = offsetsOf(root, range(textOf(root, 4), 5, after.firstChild!, 3), text);
    expect(text.slice(found!.start, found!.end)).toBe('cambió 🙂 en la sala.');
  });

  it('ignores a selection of whitespace only', () => {
    const root = render([rowOne, rowTwo]);
    const piece = textOf(root, 2);
    expect(offsetsOf(root, range(piece, 1, piece, 2), text)).toBeNull();
  });

  it('works with a real DOM Range', () => {
    const root = render([rowOne, rowTwo]);
    const r = document.createRange();
    r.setStart(textOf(root, 1), 0);
    r.setEnd(textOf(root, 1), 4);
    expect(offsetsOf(root, r, text)).toEqual({ start: at('pasó'), end: at('pasó') + 4 });
  });
});

describe('trimRange', () => {
  it('returns null for whitespace only', () => {
    expect(trimRange(' \n\t ', 0, 4)).toBeNull();
    expect(trimRange('  sí ', 0, 5)).toEqual({ start: 2, end: 4 });
  });
});
