import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSelection, snapToGraphemes, type AnchorResult } from '../../../src/core/anchoring/index.js';
import { canonicalise } from './support.js';

/**
 * A 300,000-unit document made of real interview transcripts (PDPilot study) and the paper,
 * with 1,500 coded segments, re-anchored after a revision that touches it in several places.
 */
const shared = new URL('../../../../shared/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, shared), 'utf8');
const transcripts = [1, 2, 3, 4, 5, 6, 7].map((n) => read(`data/pdpilot-interviews/transcripts_txt/P${n}.layout.txt`));
const paper = read('paper/000_469b55d2e6d0ae1e.txt');
// The transcripts come twice, so every quote in them has an exact twin about 250,000 units away.
const base = canonicalise([...transcripts, paper, ...transcripts].join('\n\n')).slice(0, 300_000);

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = '';
  let cursor = 0;
  for (const { at, remove, insert } of [...edits].sort((a, b) => a.at - b.at)) {
    out += text.slice(cursor, at) + insert;
    cursor = at + remove;
  }
  return out + text.slice(cursor);
}

/** Where an untouched range lands after the edits, or null when an edit reaches into it. */
function mapRange(edits: Edit[], start: number, end: number): { start: number; end: number } | null {
  let shift = 0;
  for (const { at, remove, insert } of edits) {
    if (at < end && at + remove > start) return null;
    if (remove === 0 && at > start && at < end) return null;
    if (at + remove <= start) shift += insert.length - remove;
  }
  return { start: start + shift, end: end + shift };
}

/** Deterministic pseudo-random numbers in [0, 1). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Offset of the first word character at or after `from`. */
function wordAt(text: string, from: number): number {
  const match = /[\p{L}\p{N}]/u.exec(text.slice(from, from + 2000));
  return from + (match?.index ?? 0);
}

/** Spread-out selections of 20–300 units, from a word character to a non-space one. */
function segments(text: string, count: number): Array<{ start: number; end: number }> {
  const random = numbers(42);
  const result: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < count; i++) {
    const start = wordAt(text, Math.floor(((i + random()) * (text.length - 2400)) / count));
    const end = text.slice(0, start + 20 + Math.floor(random() * 280)).trimEnd().length;
    result.push(snapToGraphemes(text, start, end));
  }
  return result;
}

function revise(text: string): Edit[] {
  const edits: Edit[] = [{ at: 0, remove: 0, insert: 'Transcripción revisada (versión 2) — ¿cambios? ¡Sí! 😊\n\n' }];
  for (const [wrong, right] of [
    ['(unintelligible)', '(inaudible)'],
    ['Particpant:', 'Participant:'],
  ] as const) {
    for (let at = text.indexOf(wrong); at !== -1; at = text.indexOf(wrong, at + 1)) {
      edits.push({ at, remove: wrong.length, insert: right });
    }
  }
  // Cut 3,000 units out of the paper, which occurs only once, and add a note in a transcript.
  const cut = text.indexOf('\n', text.indexOf(paper.slice(20_000, 20_040)));
  edits.push({ at: cut, remove: 3000, insert: '' });
  const note = text.indexOf('\n', 100_000);
  edits.push({ at: note, remove: 0, insert: '\n[Nota: el participante se ríe 😄 y la entrevistadora 👩🏽‍💻 espera.]' });
  return edits.sort((a, b) => a.at - b.at);
}

describe('re-anchoring 1,500 segments in a 300,000-unit revised transcript', () => {
  const chosen = segments(base, 1500);
  const selectors = chosen.map(({ start, end }) => describeSelection(base, start, end));
  const edits = revise(base);
  const revised = applyEdits(base, edits);
  const results: AnchorResult[] = selectors.map((selector) => anchor(revised, selector));

  it('uses a document of the intended size', () => {
    expect(base.length).toBe(300_000);
    expect(edits.length).toBeGreaterThan(40);
  });

  it('finds every segment by position in the unrevised text', () => {
    for (const [i, selector] of selectors.entries()) {
      expect(anchor(base, selector)).toMatchObject({ method: 'position', ...chosen[i] });
    }
  });

  it('puts every untouched segment exactly where its text moved', () => {
    let checked = 0;
    chosen.forEach((range, i) => {
      const expected = mapRange(edits, range.start, range.end);
      if (!expected) return;
      checked++;
      expect(results[i]).toMatchObject({ status: 'anchored', ...expected });
    });
    expect(checked).toBeGreaterThan(1400);
  });

  it('follows edited segments by fuzzy match onto the revised words, or orphans them', () => {
    let fuzzy = 0;
    chosen.forEach((range, i) => {
      const result = results[i]!;
      if (mapRange(edits, range.start, range.end) || result.status === 'orphaned') return;
      if (result.method === 'fuzzy') fuzzy++;
      // The revised range must cover where the old one's untouched ends now are.
      const head = mapRange(edits, range.start, range.start + 1);
      const tail = mapRange(edits, range.end - 1, range.end);
      if (head) expect(result.start).toBeLessThanOrEqual(head.start);
      if (tail) expect(result.end).toBeGreaterThanOrEqual(tail.end);
    });
    expect(fuzzy).toBeGreaterThan(5);
  });

  it('orphans segments whose text was cut out', () => {
    const cut = edits.find((e) => e.remove === 3000)!;
    const inside = chosen.flatMap((range, i) =>
      range.start >= cut.at && range.end <= cut.at + cut.remove ? [results[i]!] : [],
    );
    expect(inside.length).toBeGreaterThan(3);
    for (const result of inside) expect(result.status).toBe('orphaned');
  });
});
