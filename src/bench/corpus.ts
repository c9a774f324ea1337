/**
 * The benchmark study, generated from a seed: transcripts of about 10,000 words, participants with
 * attributes, a codebook of 300 codes in 20 categories, codings spread over several coders, and
 * memos. Every piece is a pure function of the options and an index, so a document can be made
 * when it is needed and forgotten after, and the same seed always gives the same study.
 */
import type { MemoType } from '../core/types.js';
import * as W from './corpus-words.js';
import { random, spreadCodings, syntheticTranscript, type SyntheticCoding } from './synthetic-document.js';

export interface CorpusOptions {
  docs: number; coders: number; seed: number;
  /** Words per transcript (about). */
  words?: number;
  /** Average codings per document. */
  codings?: number;
}

/** The first document carries this many codings: the document view is measured on it. */
export const VIEW_CODINGS = 1_500;
const PROPERTIES_PER_CATEGORY = 14;
const DOCS_PER_CASE = 8;

export interface CorpusCase { label: string; attributes: Record<string, string> }
export interface CorpusDocument {
  name: string; fileName: string; text: string; case: string; kind: 'session' | 'interview';
  codings: SyntheticCoding[];
}
export interface CorpusMemo { title: string; body: string; type: MemoType; links: { type: 'code' | 'document' | 'case'; ref: string }[] }

type Template = {
  id: string; name: string; memos: []; caseAttributes: { key: string; type: string; description: string }[];
  codes: { name: string; definition: string; color: string; children: { name: string; definition: string }[] }[];
};

/** Independent streams per purpose and index, so document i never depends on documents before it. */
function stream(seed: number, purpose: number, index = 0): () => number {
  return random(Math.imul(seed, 0x9e3779b1) ^ Math.imul(purpose + 1, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

/** The codebook as a study template: 20 categories of 14 properties. */
export function corpusCodebook(): Template {
  return {
    id: 'bench-study', name: 'Benchmark study codebook', memos: [],
    caseAttributes: [
      { key: 'gender', type: 'text', description: 'Gender of the therapist' },
      { key: 'age', type: 'number', description: 'Age in years' },
      { key: 'yearsOfExperience', type: 'number', description: 'Years of clinical experience' },
      { key: 'theoreticalOrientation', type: 'text', description: 'Theoretical orientation' },
    ],
    codes: W.CATEGORIES.map((name, i) => ({
      name, color: `#${((i * 0x2f5a1b + 0x1f77b4) & 0xffffff).toString(16).padStart(6, '0')}`,
      definition: `Categoría del estudio de referencia: ${name}.`,
      children: Array.from({ length: PROPERTIES_PER_CATEGORY }, (_, k) => {
        const facet = W.FACETS[(i * 5 + k) % W.FACETS.length]!;
        return { name: facet, definition: `${facet} dentro de ${name}.` };
      }),
    })),
  };
}

/** Leaf paths and category paths of the codebook, the codes codings are drawn from. */
export function corpusCodePaths(): { leaves: string[]; categories: string[] } {
  const codes = corpusCodebook().codes;
  return { leaves: codes.flatMap((c) => c.children.map((p) => `${c.name}/${p.name}`)), categories: codes.map((c) => c.name) };
}

/** The coders: user names and addresses. */
export function corpusCoders(count: number): { name: string; email: string }[] {
  return Array.from({ length: count }, (_, k) => {
    const name = W.CODER_NAMES[k] ?? `coder${k + 1}`;
    return { name, email: `${name.normalize('NFD').replace(/\p{M}/gu, '')}@example.org` };
  });
}

/** One participant (therapist) per eight transcripts, with typed attributes. */
export function corpusCases(o: CorpusOptions): CorpusCase[] {
  const count = Math.max(1, Math.ceil(o.docs / DOCS_PER_CASE));
  const rnd = stream(o.seed, 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: count }, (_, k) => {
    const age = 28 + Math.floor(rnd() * 40);
    return {
      label: `T${k + 1}`,
      attributes: {
        gender: pick(W.GENDERS), age: String(age), yearsOfExperience: String(Math.floor(rnd() * (age - 25))),
        theoreticalOrientation: pick(W.ORIENTATIONS),
      },
    };
  });
}

/** Transcript `index` (0-based) with its codings; coders take documents in overlapping pairs. */
export function corpusDocument(o: CorpusOptions, index: number): CorpusDocument {
  const words = o.words ?? 10_000;
  const average = o.codings ?? 250;
  const rnd = stream(o.seed, 2, index);
  const { text, turns } = syntheticTranscript(rnd, words);
  const count = index === 0 ? VIEW_CODINGS : Math.round(average * (0.6 + 0.8 * rnd()));
  const coders = corpusCoders(o.coders).map((c) => c.name);
  const pair = coders.length > 1 ? [coders[index % coders.length]!, coders[(index + 1) % coders.length]!] : coders;
  const kind = index % 5 === 4 ? 'interview' : 'session';
  const name = corpusDocumentName(index);
  const cases = Math.max(1, Math.ceil(o.docs / DOCS_PER_CASE));
  return {
    name, fileName: `${name}.txt`, text, kind, case: `T${(index % cases) + 1}`,
    codings: spreadCodings(text, turns, count, rnd, { ...corpusCodePaths(), coders: pair }),
  };
}

/** One memo per twenty transcripts (at least three), linked to a code, a document and a case. */
export function corpusMemos(o: CorpusOptions): CorpusMemo[] {
  const rnd = stream(o.seed, 3);
  const { leaves } = corpusCodePaths();
  const types: MemoType[] = ['reflexive', 'theoretical', 'methodological', 'code-definition', 'free'];
  const cases = Math.max(1, Math.ceil(o.docs / DOCS_PER_CASE));
  return Array.from({ length: Math.max(3, Math.ceil(o.docs / 20)) }, (_, k) => {
    const lines = Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => W.MEMO_LINES[Math.floor(rnd() * W.MEMO_LINES.length)]!);
    const doc = Math.floor(rnd() * o.docs);
    return {
      title: `${W.MEMO_TITLES[k % W.MEMO_TITLES.length]} ${k + 1}`, body: lines.join('\n\n'), type: types[k % types.length]!,
      links: [
        { type: 'code', ref: leaves[Math.floor(rnd() * leaves.length)]! },
        { type: 'document', ref: corpusDocumentName(doc) },
        { type: 'case', ref: `T${(doc % cases) + 1}` },
      ],
    };
  });
}

/** The name of document `index`, without generating it. */
export function corpusDocumentName(index: number): string {
  return `${index % 5 === 4 ? 'Entrevista' : 'Sesión'} ${String(index + 1).padStart(4, '0')}`;
}
