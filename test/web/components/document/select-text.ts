/** Selecting transcript text in component tests, as a mouse drag would. */
import { fireEvent } from '@testing-library/react';
import { text } from './fake-server.js';

/** Selects `words` in the rendered transcript as a mouse drag would, and releases the button. */
export function select(words: string, releaseOn?: Element) {
  const start = text.indexOf(words);
  const end = start + words.length;
  const pieces = [...document.querySelectorAll<HTMLElement>('[data-start]')];
  const point = (offset: number): [Node, number] => {
    const piece = pieces.find((p) => Number(p.dataset.start) <= offset && offset <= Number(p.dataset.start) + p.textContent!.length)!;
    return [piece.firstChild!, offset - Number(piece.dataset.start)];
  };
  const range = document.createRange();
  range.setStart(...point(start));
  range.setEnd(...point(end));
  window.getSelection()!.removeAllRanges();
  window.getSelection()!.addRange(range);
  fireEvent.mouseDown(pieces[0]!);
  fireEvent.mouseUp(releaseOn ?? pieces[0]!, { clientX: 50, clientY: 60 });
}
