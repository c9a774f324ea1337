/** Checks that text we ship is written in our own words: no long run of words shared with the paper. */
import { readFileSync } from 'node:fs';
import { SHARED } from './paths.js';

export const PAPER_PATH = `${SHARED}paper/000_469b55d2e6d0ae1e.txt`;

/** Lower-cased word list with accents and punctuation removed. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function ngrams(list: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= list.length; i++) out.push(list.slice(i, i + n).join(' '));
  return out;
}

/** Every run of `n` words of the paper, normalised. */
export function paperGrams(n = 8): Set<string> {
  return new Set(ngrams(words(readFileSync(PAPER_PATH, 'utf8')), n));
}
