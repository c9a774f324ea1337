/**
 * The search language people type: words (all must occur), "exact phrases", prefixes (`terap*`),
 * `OR`, `-word` / `NOT word` and parentheses. Parsed once into a small tree that each database
 * dialect renders into its own syntax, so user input never reaches SQL as text.
 */
import { UserError } from './errors.js';

/** One word (one token) or a phrase (several), optionally ending in a prefix. Tokens are folded. */
export interface SearchTerm { kind: 'term'; tokens: string[]; prefix: boolean }
export type SearchNode =
  | SearchTerm
  | { kind: 'and'; items: SearchNode[] }
  | { kind: 'or'; items: SearchNode[] }
  | { kind: 'not'; item: SearchNode };

export const MAX_QUERY_LENGTH = 500;
const MAX_TERMS = 64;
// What FTS5's unicode61 tokenizer keeps inside a token (letters, digits, private use), plus marks.
const TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** Lower case without diacritics, as both indexes compare words: "Sesión" → "sesion". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The folded tokens of a piece of text, with their offsets in it. */
export function tokensOf(text: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ token: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

type Lexeme = { t: 'open' | 'close' | 'or' | 'not' } | { t: 'term'; term: SearchTerm | null };

/** Parse a search, or throw a UserError of one sentence that says how to fix it. */
export function parseSearch(raw: string): SearchNode {
  const shown = `"${raw.length > 60 ? `${raw.slice(0, 60)}…` : raw}"`;
  const fail = (problem: string): never => { throw new UserError(`The search ${shown} ${problem}.`); };
  if (raw.trim().length === 0) throw new UserError('Type a word to search for.');
  if (raw.length > MAX_QUERY_LENGTH) throw new UserError(`The search is longer than ${MAX_QUERY_LENGTH} characters; shorten it.`);
  const lexemes = lex(raw.normalize('NFC'), fail);
  let at = 0;
  let terms = 0;
  const peek = () => lexemes[at];

  const parseOr = (): SearchNode | null => {
    const items = [parseAnd()];
    while (peek()?.t === 'or') {
      at++;
      items.push(parseAnd());
    }
    if (items.length > 1 && items.some((i) => i === null)) fail('has OR without a word on each side; add one or remove OR');
    const kept = items.filter((i): i is SearchNode => i !== null);
    return kept.length === 0 ? null : kept.length === 1 ? kept[0]! : { kind: 'or', items: kept };
  };
  const parseAnd = (): SearchNode | null => {
    const items: SearchNode[] = [];
    for (let l = peek(); l && l.t !== 'close' && l.t !== 'or'; l = peek()) {
      const item = parseUnary();
      if (item) items.push(item);
    }
    return items.length === 0 ? null : items.length === 1 ? items[0]! : { kind: 'and', items };
  };
  const parseUnary = (): SearchNode | null => {
    const l = lexemes[at++]!;
    if (l.t === 'not') {
      const next = peek();
      if (!next || next.t === 'close' || next.t === 'or') fail('has NOT or "-" with nothing after it; put a word after it or remove it');
      const item = parseUnary();
      return item && { kind: 'not', item };
    }
    if (l.t === 'open') {
      const inner = parseOr();
      if (peek()?.t !== 'close') fail('has an unclosed parenthesis; close it or remove it');
      at++;
      return inner;
    }
    if (l.t === 'term') {
      if (l.term && ++terms > MAX_TERMS) fail(`has more than ${MAX_TERMS} words; shorten it`);
      return l.term;
    }
    return null;
  };

  const node = parseOr();
  if (at < lexemes.length) fail('has a ")" without a matching "("; remove it');
  if (!node) fail('has no letters or digits to look for; type a word');
  checkNegations(node!, fail);
  return node!;
}

function lex(raw: string, fail: (problem: string) => never): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (/\s/u.test(c)) { i++; continue; }
    if (c === '(' || c === ')') { out.push({ t: c === '(' ? 'open' : 'close' }); i++; continue; }
    if (c === '"' || c === '“' || c === '”') {
      const close = raw.slice(i + 1).search(/["“”]/u);
      if (close < 0) fail('has an unclosed quote; close it or remove it');
      const body = raw.slice(i + 1, i + 1 + close);
      i += close + 2;
      const prefix = raw[i] === '*';
      if (prefix) i++;
      out.push({ t: 'term', term: termOf(body, prefix) });
      continue;
    }
    if (c === '-' && i + 1 < raw.length && !/[\s)]/u.test(raw[i + 1]!)) { out.push({ t: 'not' }); i++; continue; }
    const word = /^[^\s()"“”]+/u.exec(raw.slice(i))![0];
    i += word.length;
    if (word === 'OR' || word === '|') out.push({ t: 'or' });
    else if (word === 'NOT') out.push({ t: 'not' });
    else if (word !== 'AND') out.push({ t: 'term', term: termOf(word.replace(/\*+$/u, ''), word.endsWith('*')) });
  }
  return out;
}

/** A word or a quoted phrase as tokens; null when it holds nothing searchable (an emoji, a dash). */
function termOf(text: string, prefix: boolean): SearchTerm | null {
  const tokens = tokensOf(text).map((t) => t.token);
  return tokens.length === 0 ? null : { kind: 'term', tokens, prefix };
}

/** Both indexes need something to look for beside each exclusion. */
function checkNegations(node: SearchNode, fail: (problem: string) => never): void {
  const only = 'only excludes words; add a word to look for';
  if (node.kind === 'not') fail(only);
  if (node.kind === 'term') return;
  if (node.kind === 'and') {
    if (node.items.every((i) => i.kind === 'not')) fail(only);
    for (const i of node.items) checkNegations(i.kind === 'not' ? i.item : i, fail);
    return;
  }
  for (const i of node.items) {
    if (i.kind === 'not') fail('has an exclusion on one side of OR; put it outside, as in (a OR b) -c');
    checkNegations(i, fail);
  }
}

/** The terms a match may be an occurrence of (those not excluded). */
export function positiveTerms(node: SearchNode): SearchTerm[] {
  if (node.kind === 'term') return [node];
  if (node.kind === 'not') return [];
  return node.items.flatMap(positiveTerms);
}
