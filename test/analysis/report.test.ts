/** Report helpers: choosing and trimming example quotes, and the lines and note Table I prints. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hillRanges } from '../../src/analysis/frequency.js';
import {
  chooseQuotes, propertyLine, QUOTE_MAX, QUOTE_MIN, type QuoteCandidate, quoteLine, rangesNote, trimQuote,
} from '../../src/analysis/report.js';

const BASE = 'Cuando la terapeuta se quedó callada sentí que por fin alguien me escuchaba de verdad ';
/** Readable Spanish text of exactly `len` characters, no surrounding spaces. */
const say = (len: number): string => (BASE.repeat(Math.ceil(len / BASE.length) + 1).slice(0, len - 1) + '.').trimStart();

let next = 0;
const cand = (o: Partial<QuoteCandidate> & { participant: string | null }): QuoteCandidate => ({
  segmentId: `s${++next}`, text: say(220), document: `Entrevista ${o.participant ?? 'sin caso'}.docx`, exemplar: false, codes: 1, coders: 1, ...o,
});
const who = (qs: { participant: string | null }[]) => qs.map((q) => q.participant);

describe('chooseQuotes', () => {
  it('gives nothing for count 0 or no candidates, and all candidates when there are fewer than count', () => {
    const cs = [cand({ participant: 'T1' }), cand({ participant: 'T2', coders: 2 })];
    expect(chooseQuotes(cs, 0)).toEqual([]);
    expect(chooseQuotes([], 3)).toEqual([]);
    expect(who(chooseQuotes(cs, 5))).toEqual(['T2', 'T1']);
  });

  it('puts exemplars first, whatever their coders, codes or length', () => {
    const cs = [cand({ participant: 'T1', coders: 3, codes: 3 }), cand({ participant: 'T2', exemplar: true, text: 'Sí, eso.' })];
    const [first, second] = chooseQuotes(cs, 2);
    expect(first).toEqual({ text: 'Sí, eso.', participant: 'T2', document: 'Entrevista T2.docx', exemplar: true });
    expect(second!.exemplar).toBe(false);
  });

  it('keeps every exemplar up to count, even from one participant, in the order given when equal', () => {
    const cs = [cand({ participant: 'T9', coders: 3 }), ...['a', 'b', 'c'].map((t) => cand({ participant: 'T1', exemplar: true, text: `${t} ${say(200)}` }))];
    expect(chooseQuotes(cs, 2).map((q) => q.text[0])).toEqual(['a', 'b']);
    expect(chooseQuotes(cs, 3).map((q) => q.text[0])).toEqual(['a', 'b', 'c']);
    expect(who(chooseQuotes(cs, 4))).toEqual(['T1', 'T1', 'T1', 'T9']);
  });

  it('then prefers more coders, then more codes, then a length nearer the ideal', () => {
    const cs = [
      cand({ participant: 'len100', text: say(100) }), cand({ participant: 'codes2', codes: 2, text: say(1000) }),
      cand({ participant: 'len220', text: say(220) }), cand({ participant: 'coders2', coders: 2, text: say(45) }),
      cand({ participant: 'len1500', text: say(1500) }), cand({ participant: 'len400', text: say(400) }),
    ];
    expect(who(chooseQuotes(cs, 6))).toEqual(['coders2', 'codes2', 'len220', 'len100', 'len400', 'len1500']);
  });

  it('ranks quotes shorter than QUOTE_MIN after readable ones, the longer short one first', () => {
    const cs = [
      cand({ participant: 'tiny', text: '  Sí.  ' }), cand({ participant: 'short', text: say(QUOTE_MIN - 1) }),
      cand({ participant: 'huge', text: say(5000) }), cand({ participant: 'min', text: say(QUOTE_MIN) }),
    ];
    expect(who(chooseQuotes(cs, 4))).toEqual(['min', 'huge', 'short', 'tiny']);
  });

  it('prefers a participant not yet quoted (exemplars included) before repeating one', () => {
    const cs = [cand({ participant: 'T1', coders: 3 }), cand({ participant: 'T1', coders: 2 }), cand({ participant: 'T2' })];
    expect(who(chooseQuotes(cs, 2))).toEqual(['T1', 'T2']);
    expect(chooseQuotes(cs, 3).map((q) => q.participant)).toEqual(['T1', 'T2', 'T1']);
    const withExemplar = [cand({ participant: 'T1', exemplar: true }), cand({ participant: 'T1', coders: 4 }), cand({ participant: 'T3' })];
    expect(who(chooseQuotes(withExemplar, 2))).toEqual(['T1', 'T3']);
  });

  it('returns the quote trimmed to one line, with its document when there is no participant', () => {
    const [q] = chooseQuotes([cand({ participant: null, document: 'Sesión 3 🎙️.txt', text: ' Me sentí\n\n  vista,\tde verdad 💛 ' })], 1);
    expect(q).toEqual({ text: 'Me sentí vista, de verdad 💛', participant: null, document: 'Sesión 3 🎙️.txt', exemplar: false });
  });

  it('gives min(count, candidates) distinct quotes, every exemplar first when count allows', () => {
    const arb = fc.array(fc.record({
      participant: fc.constantFrom('T1', 'T2', 'T3', null), exemplar: fc.boolean(),
      coders: fc.integer({ min: 1, max: 3 }), codes: fc.integer({ min: 1, max: 3 }), len: fc.integer({ min: 1, max: 900 }),
    }), { maxLength: 12 });
    fc.assert(fc.property(arb, fc.nat(14), (rows, count) => {
      const cs = rows.map((r, i) => cand({ ...r, text: `${i} ${say(r.len)}` }));
      const out = chooseQuotes(cs, count);
      expect(out).toHaveLength(Math.min(count, cs.length));
      expect(new Set(out.map((q) => q.text)).size).toBe(out.length);
      const exemplars = Math.min(count, cs.filter((c) => c.exemplar).length);
      expect(out.slice(0, exemplars).every((q) => q.exemplar)).toBe(true);
      expect(out.slice(exemplars).some((q) => q.exemplar)).toBe(false);
    }));
  });
});

describe('trimQuote', () => {
  it('collapses spaces, tabs and line breaks and trims the ends', () => {
    expect(trimQuote('  Me sentí\r\n\n  muy   sola.\t¿Sabes? 😢  ')).toBe('Me sentí muy sola. ¿Sabes? 😢');
  });

  it('leaves short text, and text of exactly QUOTE_MAX characters, unchanged', () => {
    for (const t of ['', 'Sí.', 'Ñandú, pingüino y corazón ❤️', say(QUOTE_MAX)]) expect(trimQuote(t)).toBe(t);
  });

  it('cuts longer text at a word near QUOTE_MAX with " …"', () => {
    const flat = say(2000);
    const out = trimQuote(flat);
    expect(out.endsWith(' …')).toBe(true);
    const body = out.slice(0, -2);
    expect(flat.startsWith(body)).toBe(true);
    expect(body.length).toBeGreaterThan(QUOTE_MAX * 0.8);
    expect(body.length).toBeLessThanOrEqual(QUOTE_MAX);
    expect(flat[body.length]).toBe(' ');
  });

  it('drops punctuation left before the ellipsis', () => {
    const out = trimQuote('sí, claro, '.repeat(100));
    expect(out).toMatch(/claro …$|sí …$/);
    expect(out).not.toMatch(/[,;:.] …$/);
  });

  it('cuts hard at QUOTE_MAX when there is no space late enough', () => {
    expect(trimQuote('a'.repeat(1000))).toBe(`${'a'.repeat(QUOTE_MAX)} …`);
    expect(trimQuote(`${'x'.repeat(100)} ${'y'.repeat(900)}`)).toBe(`${'x'.repeat(100)} ${'y'.repeat(QUOTE_MAX - 101)} …`);
  });

  it('does not split an emoji in half when cutting hard', () => {
    const out = trimQuote(`${'a'.repeat(QUOTE_MAX - 1)}${'😂'.repeat(60)}`);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(out.startsWith('a'.repeat(QUOTE_MAX - 1))).toBe(true);
  });

  it('always gives one line without doubled spaces, at most QUOTE_MAX + 2 characters', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'ñ', ' ', '\n', '\t', '.', ',', 'é'), maxLength: 1500, size: 'max' }), (t) => {
      const out = trimQuote(t);
      expect(out).not.toMatch(/\s\s|[\n\t]|^\s|\s$/);
      expect(out.length).toBeLessThanOrEqual(QUOTE_MAX + 2);
    }));
  });
});

describe('quoteLine and propertyLine', () => {
  it('prints a quote with its participant, or its document when there is none', () => {
    expect(quoteLine({ text: 'Me sentí vista 🙂', participant: 'T7', document: 'T7.docx', exemplar: true })).toBe('“Me sentí vista 🙂” (T7)');
    expect(quoteLine({ text: 'Él asintió.', participant: null, document: 'Sesión 2.txt', exemplar: false })).toBe('“Él asintió.” (Sesión 2.txt)');
  });

  it('prints a property with its number and owner, without parentheses when no owner', () => {
    expect(propertyLine({ number: '4', name: 'Personal features', owner: 'T and P', definition: '' })).toBe('4. Personal features (T and P)');
    expect(propertyLine({ number: '4', name: 'Personal features', owner: null, definition: 'x' })).toBe('4. Personal features');
    expect(propertyLine({ number: '2.1', name: 'Rasgos personales', owner: 'T y P', definition: '' })).toBe('2.1. Rasgos personales (T y P)');
  });
});

describe('rangesNote', () => {
  it('states the paper’s own ranges at N = 13', () => {
    const ranges = { general: [13, 14], typical: [8, 12], variant: [2, 7] } as const;
    expect(rangesNote({ ranges, source: 'project' }, 13))
      .toBe("General, 13–14 cases; typical, 8–12 cases; variant, 2–7 cases (N = 13; the project's own ranges).");
  });

  it('states Hill’s ranges, with a rare range for N = 16 and none for N = 13', () => {
    expect(rangesNote({ ranges: hillRanges(16), source: 'hill' }, 16))
      .toBe('General, 15–16 cases; typical, 9–14 cases; variant, 4–8 cases; rare, 2–3 cases (N = 16; labelled following Hill et al., 2005).');
    expect(rangesNote({ ranges: hillRanges(13), source: 'hill' }, 13))
      .toBe('General, 12–13 cases; typical, 7–11 cases; variant, 2–6 cases (N = 13; labelled following Hill et al., 2005).');
  });

  it('leaves out an empty range and prints a one-value range once', () => {
    expect(rangesNote({ ranges: { general: [5, 5], typical: [4, 3], variant: [2, 3], rare: null }, source: 'project' }, 5))
      .toBe("General, 5 cases; variant, 2–3 cases (N = 5; the project's own ranges).");
    expect(rangesNote({ ranges: hillRanges(4), source: 'hill' }, 4))
      .toBe('General, 3–4 cases; variant, 2 cases (N = 4; labelled following Hill et al., 2005).');
  });
});
