/** The benchmark study's generator: the same seed gives the same study, of the promised size and languages. */
import { describe, expect, it } from 'vitest';
import {
  VIEW_CODINGS, corpusCases, corpusCodebook, corpusCodePaths, corpusCoders, corpusDocument, corpusDocumentName, corpusMemos,
} from '../../src/bench/corpus.js';
import { detectTurns } from '../../src/formats/turns.js';

const O = { docs: 40, coders: 6, seed: 1 };

describe('benchmark corpus', () => {
  it('gives the same documents, cases and memos for the same seed, and others for another seed', () => {
    expect(corpusDocument(O, 3)).toEqual(corpusDocument(O, 3));
    expect(corpusCases(O)).toEqual(corpusCases(O));
    expect(corpusMemos(O)).toEqual(corpusMemos(O));
    expect(corpusDocument({ ...O, seed: 2 }, 3).text).not.toBe(corpusDocument(O, 3).text);
    expect(corpusDocument(O, 4).text).not.toBe(corpusDocument(O, 3).text);
  });

  it('writes transcripts of about 10,000 words with speaker turns, long and short', () => {
    const doc = corpusDocument(O, 1);
    const words = doc.text.split(/\s+/u).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(10_000);
    expect(words).toBeLessThan(10_600);
    const turns = detectTurns(doc.text);
    expect(turns.length).toBeGreaterThan(100);
    const lengths = turns.map((t) => t.end - t.start);
    expect(Math.min(...lengths)).toBeLessThan(30);
    expect(Math.max(...lengths)).toBeGreaterThan(1_000);
    expect(new Set(turns.map((t) => t.speaker))).toEqual(new Set(['Terapeuta', 'Paciente']));
    expect(doc.text).toBe(doc.text.normalize('NFC'));
  });

  it('mixes Spanish and English with accents, ñ and emoji', () => {
    const { text } = corpusDocument(O, 2);
    expect(text).toMatch(/[áéíóú]/u);
    expect(text).toMatch(/ñ|Ñ/u);
    expect(text).toMatch(/\p{Extended_Pictographic}/u);
    expect(text).toMatch(/\bque\b/u);
    expect(text).toMatch(/\bthe\b/u);
  });

  it('has a codebook of 300 codes in 20 categories, and codings drawn from it', () => {
    const book = corpusCodebook();
    expect(book.codes).toHaveLength(20);
    expect(book.codes.reduce((n, c) => n + 1 + c.children.length, 0)).toBe(300);
    for (const c of book.codes) expect(new Set(c.children.map((p) => p.name)).size).toBe(c.children.length);
    const { leaves, categories } = corpusCodePaths();
    const known = new Set([...leaves, ...categories]);
    const doc = corpusDocument(O, 5);
    for (const c of doc.codings) {
      expect(known.has(c.code)).toBe(true);
      expect(c.start).toBeLessThan(c.end);
      expect(c.end).toBeLessThanOrEqual(doc.text.length);
    }
  });

  it('spreads about 250 codings a document over pairs of coders, and 1,500 on the first', () => {
    expect(corpusDocument(O, 0).codings).toHaveLength(VIEW_CODINGS);
    const counts = Array.from({ length: 12 }, (_, i) => corpusDocument(O, i + 1).codings.length);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(200);
    expect(mean).toBeLessThan(300);
    const coders = new Set(Array.from({ length: 6 }, (_, i) => corpusDocument(O, i + 1).codings.map((c) => c.coder)).flat());
    expect(coders).toEqual(new Set(corpusCoders(6).map((c) => c.name)));
    expect(new Set(corpusDocument(O, 7).codings.map((c) => c.coder)).size).toBe(2);
  });

  it('gives participants the four attributes and one memo per twenty documents', () => {
    const cases = corpusCases(O);
    expect(cases).toHaveLength(5);
    for (const c of cases) {
      expect(Object.keys(c.attributes).sort()).toEqual(['age', 'gender', 'theoreticalOrientation', 'yearsOfExperience']);
      expect(Number(c.attributes.yearsOfExperience)).toBeLessThan(Number(c.attributes.age));
    }
    expect(corpusDocument(O, 9).case).toBe('T5');
    const memos = corpusMemos({ ...O, docs: 100 });
    expect(memos).toHaveLength(5);
    expect(memos[0]!.links.map((l) => l.type)).toEqual(['code', 'document', 'case']);
    expect(corpusDocumentName(4)).toBe('Entrevista 0005');
    expect(corpusDocument(O, 4).name).toBe('Entrevista 0005');
  });
});
