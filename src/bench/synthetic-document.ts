/**
 * A long synthetic session for performance work: a deterministic two-speaker transcript of about
 * 10,000 words (Spanish and English, accents, ñ, emoji, long and short turns) with about 1,500
 * codings over forty codes, and a writer that puts it into a store through the core commands, so
 * the project has the events real work would leave.
 */
import { createHash } from 'node:crypto';
import { COMMANDS, type Command } from '../core/commands/index.js';
import { canonicalize } from '../core/text.js';
import type { TurnSpan } from '../core/types.js';
import { detectTurns } from '../formats/turns.js';
import { execute } from '../store/execute.js';
import { localOwner, type Store } from '../store/store.js';
import * as W from './synthetic-words.js';

/** One coding to apply: a span of the text, a code path and the coder's user name. */
export interface SyntheticCoding { start: number; end: number; code: string; coder: string }

export interface SyntheticDocument {
  name: string;
  text: string;
  turns: TurnSpan[];
  words: number;
  codings: SyntheticCoding[];
  /** The codebook as a study template (one command creates all forty codes). */
  template: { id: string; name: string; codes: { name: string; definition: string; color: string; children: { name: string; definition: string }[] }[]; memos: []; caseAttributes: [] };
}

export interface SyntheticOptions { seed?: number; words?: number; codings?: number }

/** The second coder (besides the local owner) who shares the codings. */
export const SECOND_CODER = { name: 'marta', email: 'marta.nunez@example.org' };

/** A small, fast, seedable generator (mulberry32), so a seed always gives the same document. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generate the document and its codings from a seed (the defaults give the benchmark's). */
export function syntheticDocument(options: SyntheticOptions = {}): SyntheticDocument {
  const { seed = 1, words: targetWords = 10_000, codings: targetCodings = 1_500 } = options;
  const rnd = random(seed);
  const { text, turns, words } = syntheticTranscript(rnd, targetWords);
  const leaves = W.CODEBOOK.flatMap((c) => c.properties.map((p) => `${c.name}/${p}`));
  const codebook = { leaves, categories: W.CODEBOOK.map((c) => c.name), coders: ['owner', SECOND_CODER.name] };
  return { name: 'Sesión sintética 1', text, turns, words, codings: spreadCodings(text, turns, targetCodings, rnd, codebook), template: codebookTemplate() };
}

/** A two-speaker transcript of about `targetWords` words, canonical, with its speaker turns. */
export function syntheticTranscript(rnd: () => number, targetWords: number): { text: string; turns: TurnSpan[]; words: number } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sentence = (): string => {
    const es = rnd() < 0.6;
    const s = es ? `${pick(W.OPENERS_ES)} ${pick(W.ENDINGS_ES)}` : `${pick(W.OPENERS_EN)} ${pick(W.ENDINGS_EN)}`;
    return rnd() < 0.3 ? `${s}, ${pick(W.LINKS)} ${pick(es ? W.ENDINGS_ES : W.ENDINGS_EN)}.` : `${s}.`;
  };
  const speech = (sentences: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < sentences; i++) {
      // Long turns break into paragraphs: lines without a label continue the turn.
      parts.push(i > 0 && i % 7 === 0 ? `\n${sentence()}` : sentence());
    }
    return parts.join(' ').replace(/ \n/g, '\n');
  };

  const lines: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const therapist = i % 2 === 0;
    const r = rnd();
    let body: string;
    if (r < 0.35) body = pick(therapist ? W.SHORT_THERAPIST : W.SHORT_PATIENT);
    else if (r < 0.85 || therapist) body = therapist ? `${speech(1 + Math.floor(rnd() * 2))} ${pick(W.QUESTIONS)}` : speech(2 + Math.floor(rnd() * 4));
    else body = speech(12 + Math.floor(rnd() * 20));
    const line = `${therapist ? W.THERAPIST : W.PATIENT}: ${body}`;
    words += line.split(/\s+/).filter(Boolean).length;
    lines.push(line);
  }
  const text = canonicalize(`${lines.join('\n\n')}\n`);
  return { text, turns: detectTurns(text), words };
}

/** The codes and coders codings are drawn from: leaf paths, category paths (one coding in ten), coders in turn. */
export interface CodingChoices { leaves: readonly string[]; categories: readonly string[]; coders: readonly string[] }

/** Codings over whole words of turns (longer turns get more), nested and overlapping like real ones. */
export function spreadCodings(text: string, turns: readonly TurnSpan[], count: number, rnd: () => number, choices: CodingChoices): SyntheticCoding[] {
  const wordSpans = turns.map((t) => {
    const spans: [number, number][] = [];
    const body = text.slice(t.start, t.end);
    // Skip the speaker label: codings cover what was said.
    for (const m of body.matchAll(/\S+/gu)) if (m.index > 0) spans.push([t.start + m.index, t.start + m.index + m[0].length]);
    return spans;
  }).filter((s) => s.length > 0);
  const total = wordSpans.reduce((n, s) => n + s.length, 0);
  const { leaves, categories, coders } = choices;
  const seen = new Set<string>();
  const out: SyntheticCoding[] = [];
  while (out.length < count) {
    // Pick a word uniformly across the document, then a span of up to 25 words in its turn.
    let n = Math.floor(rnd() * total);
    const spans = wordSpans.find((s) => (n -= s.length) < 0)!;
    const first = Math.floor(rnd() * spans.length);
    const last = Math.min(spans.length - 1, first + Math.floor(rnd() * 25));
    const coding = {
      start: spans[first]![0], end: spans[last]![1],
      code: rnd() < 0.1 ? categories[Math.floor(rnd() * categories.length)]! : leaves[Math.floor(rnd() * leaves.length)]!,
      coder: coders[out.length % coders.length]!,
    };
    const key = `${coding.start}:${coding.end}:${coding.code}:${coding.coder}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(coding);
  }
  return out;
}

function codebookTemplate(): SyntheticDocument['template'] {
  return {
    id: 'synthetic-session', name: 'Synthetic session codebook', memos: [], caseAttributes: [],
    codes: W.CODEBOOK.map((c) => ({
      name: c.name, color: c.color, definition: `Category of the synthetic session: ${c.name}.`,
      children: c.properties.map((p) => ({ name: p, definition: `${p}, as the synthetic session shows it.` })),
    })),
  };
}

export interface WrittenDocument { projectId: string; documentId: string }

/**
 * Write the document into a new project of `store` through the commands: one transaction for the
 * project, the second coder, the codebook and the import each, then one per coding (the command
 * layer runs each command in its own transaction, with its event).
 */
export async function writeSyntheticDocument(store: Store, doc: SyntheticDocument, projectName = 'Synthetic session (bench)'): Promise<WrittenDocument> {
  const owner = await localOwner(store);
  let projectId: string | null = null;
  const run = <P, R>(command: Command<P, R>, payload: P, actorId = owner.id) => execute(store, command, { actorId, projectId, payload });
  projectId = (await run(COMMANDS.createProject, { name: projectName })).id;
  const coderIds = new Map([[owner.name, owner.id]]);
  const existing = await store.adapter.db.selectFrom('user').select('id').where('name', '=', SECOND_CODER.name).executeTakeFirst();
  coderIds.set(SECOND_CODER.name, existing?.id ?? (await run(COMMANDS.addUser, SECOND_CODER)).id);
  await run(COMMANDS.addMember, { user: SECOND_CODER.name, role: 'coder' });
  await run(COMMANDS.applyTemplate, { template: doc.template });
  const original = new TextEncoder().encode(doc.text);
  const document = await run(COMMANDS.importDocument, {
    name: doc.name, kind: 'session', text: doc.text, turns: doc.turns, original, originalName: `${doc.name}.txt`,
    mime: 'text/plain', format: 'txt', contentHash: createHash('sha256').update(original).digest('hex'),
  });
  for (const c of doc.codings) {
    await run(COMMANDS.applyCode, { document: doc.name, start: c.start, end: c.end, code: c.code, coder: c.coder }, coderIds.get(c.coder)!);
  }
  return { projectId, documentId: document.id };
}
