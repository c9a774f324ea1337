import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoStudy, FICTIONAL_NOTICE } from '../../src/templates/demo/index.js';
import { mom } from '../../src/templates/index.js';
import type { TemplateCode } from '../../src/templates/types.js';
import { PAPER_PATH, ngrams, words } from '../helpers/own-words.js';


function codePaths(codes: TemplateCode[], prefix = ''): string[] {
  return codes.flatMap((code) => {
    const path = prefix ? `${prefix}/${code.name}` : code.name;
    return [path, ...codePaths(code.children ?? [], path)];
  });
}

function occurrences(text: string, part: string): number {
  let count = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) count++;
  return count;
}

/** The turns of a transcript after its notice line: blank-line separated, one line each. */
function turns(text: string): { speaker: string; line: string }[] {
  const body = text.split('\n').slice(1).join('\n').trim();
  return body.split('\n\n').map((line) => {
    const m = /^([A-Za-z0-9]+): \S/.exec(line);
    return { speaker: m?.[1] ?? '', line };
  });
}

const paths = new Set(codePaths(mom.codes));
const interviewsByName = new Map(demoStudy.interviews.map((i) => [i.name, i]));
const caseLabels = new Set(demoStudy.cases.map((c) => c.label));
const coderNames = new Set(demoStudy.coders.map((c) => c.name));
const categories = mom.codes.map((c) => c.name);

describe('demo study: interviews', () => {
  it('has six interviews, one per case, named after their case', () => {
    expect(demoStudy.interviews.map((i) => i.case)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    expect(demoStudy.cases.map((c) => c.label)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    for (const i of demoStudy.interviews) expect(i.name).toBe(`Interview ${i.case}`);
    expect(interviewsByName.size).toBe(demoStudy.interviews.length);
  });

  it.each(demoStudy.interviews)('$name opens with the fictional notice on its own line', ({ text }) => {
    expect(FICTIONAL_NOTICE).toMatch(/fictional/i);
    expect(text.split('\n')[0]).toBe(FICTIONAL_NOTICE);
    expect(text.split('\n')[1]).toBe('');
  });

  it.each(demoStudy.interviews)('$name alternates Interviewer and its case label, one turn per line', (interview) => {
    const list = turns(interview.text);
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(new Set(list.map((t) => t.speaker))).toEqual(new Set(['Interviewer', interview.case]));
    for (const [i, t] of list.entries()) {
      expect(t.line, t.line).not.toContain('\n');
      expect(t.speaker, t.line).toBe(i % 2 === 0 ? 'Interviewer' : interview.case);
    }
  });

  it.each(demoStudy.interviews)('$name is 700 to 1,100 words long', ({ text }) => {
    const count = text.split(/\s+/).filter(Boolean).length;
    expect(count).toBeGreaterThanOrEqual(700);
    expect(count).toBeLessThanOrEqual(1100);
  });

  it('has Spanish in exactly two interviews, with accents, inverted question marks and ñ', () => {
    const spanish = demoStudy.interviews.filter((i) => /[¿¡ñáéíóú]/.test(i.text));
    expect(spanish.length).toBe(2);
    const all = spanish.map((i) => i.text).join('\n');
    for (const ch of ['¿', 'ñ', 'é']) expect(all).toContain(ch);
  });
});

describe('demo study: cases and coders', () => {
  it('gives every case the four template attributes, with numeric age and experience', () => {
    const keys = mom.caseAttributes.map((a) => a.key);
    for (const c of demoStudy.cases) {
      expect(Object.keys(c.attributes).sort(), c.label).toEqual([...keys].sort());
      const age = Number(c.attributes.age);
      const years = Number(c.attributes.yearsOfExperience);
      expect(c.attributes.age, c.label).toMatch(/^\d+$/);
      expect(c.attributes.yearsOfExperience, c.label).toMatch(/^\d+$/);
      expect(age).toBeGreaterThanOrEqual(31);
      expect(age).toBeLessThanOrEqual(70);
      expect(years).toBeLessThan(age - 20);
    }
  });

  it('varies gender and covers the five orientations of the study', () => {
    expect(new Set(demoStudy.cases.map((c) => c.attributes.gender))).toEqual(new Set(['female', 'male']));
    expect(new Set(demoStudy.cases.map((c) => c.attributes.theoreticalOrientation))).toEqual(
      new Set(['cognitive constructivist', 'humanistic', 'narrative systemic', 'integrative', 'psychodynamic']),
    );
  });

  it('has two coders with lower-case ASCII names and distinct e-mails', () => {
    expect(demoStudy.coders.length).toBe(2);
    for (const c of demoStudy.coders) {
      expect(c.name).toMatch(/^[a-z]+$/);
      expect(c.email).toMatch(/^[a-z]+@example\.org$/);
    }
    expect(new Set(demoStudy.coders.map((c) => c.email)).size).toBe(2);
  });
});

describe('demo study: codings', () => {
  const labelled = demoStudy.codings.map((c) => ({ ...c, label: `${c.interview} / ${c.coder} / ${c.code}: ${c.quote}` }));

  it('has about 40 to 60 codings', () => {
    expect(demoStudy.codings.length).toBeGreaterThanOrEqual(40);
    expect(demoStudy.codings.length).toBeLessThanOrEqual(60);
  });

  it.each(labelled)('$label', (coding) => {
    const interview = interviewsByName.get(coding.interview);
    expect(interview, 'interview exists').toBeDefined();
    expect(occurrences(interview?.text ?? '', coding.quote), 'occurs exactly once').toBe(1);
    expect(paths.has(coding.code), 'code path exists in mom').toBe(true);
    expect(coding.code.includes('/'), 'code is a property, not a bare category').toBe(true);
    expect(coderNames.has(coding.coder), 'coder is known').toBe(true);
    expect(coding.quote, 'no line break').not.toContain('\n');
    expect(coding.quote, 'no speaker label').not.toMatch(/(^|\s)(Interviewer|T\d+):/);
    expect(coding.quote).toBe(coding.quote.trim());
    const n = coding.quote.split(/\s+/).length;
    expect(n, 'word count').toBeGreaterThanOrEqual(5);
    expect(n, 'word count').toBeLessThanOrEqual(40);
  });

  it('never repeats the same quote, code and coder', () => {
    const keys = demoStudy.codings.map((c) => `${c.interview}|${c.coder}|${c.code}|${c.quote}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(categories)('has at least 5 codings under %s', (category) => {
    expect(demoStudy.codings.filter((c) => c.code.startsWith(`${category}/`)).length).toBeGreaterThanOrEqual(5);
  });

  it('codes every interview', () => {
    for (const i of demoStudy.interviews) {
      expect(demoStudy.codings.some((c) => c.interview === i.name), i.name).toBe(true);
    }
  });

  it('has the first two interviews coded by both coders, and most codings by one coder', () => {
    for (const i of demoStudy.interviews.slice(0, 2)) {
      const by = new Set(demoStudy.codings.filter((c) => c.interview === i.name).map((c) => c.coder));
      expect(by, i.name).toEqual(coderNames);
    }
    const counts = demoStudy.coders.map((c) => demoStudy.codings.filter((k) => k.coder === c.name).length);
    expect(Math.max(...counts)).toBeGreaterThan(demoStudy.codings.length / 2);
  });

  it('has overlapping codings: the same quote under different codes, and overlapping spans', () => {
    const byQuote = new Map<string, Set<string>>();
    for (const c of demoStudy.codings) {
      const key = `${c.interview}|${c.quote}`;
      byQuote.set(key, (byQuote.get(key) ?? new Set()).add(c.code));
    }
    expect([...byQuote.values()].some((codes) => codes.size > 1)).toBe(true);
    const nested = demoStudy.codings.some((a) =>
      demoStudy.codings.some((b) => a.interview === b.interview && a.quote !== b.quote && a.quote.includes(b.quote)),
    );
    expect(nested).toBe(true);
  });
});

describe('demo study: memos', () => {
  it('has 4 to 6 memos of several types', () => {
    expect(demoStudy.memos.length).toBeGreaterThanOrEqual(4);
    expect(demoStudy.memos.length).toBeLessThanOrEqual(6);
    expect(new Set(demoStudy.memos.map((m) => m.type)).size).toBeGreaterThanOrEqual(3);
  });

  it.each(demoStudy.memos)('memo "$title" has a known author and resolving links', (memo) => {
    expect(coderNames.has(memo.author)).toBe(true);
    expect(memo.body.trim()).not.toBe('');
    expect(memo.links.length).toBeGreaterThan(0);
    for (const link of memo.links) {
      if (link.type === 'code') expect(paths.has(link.ref), link.ref).toBe(true);
      if (link.type === 'document') expect(interviewsByName.has(link.ref), link.ref).toBe(true);
      if (link.type === 'case') expect(caseLabels.has(link.ref), link.ref).toBe(true);
    }
  });
});

describe('demo study: own words', () => {
  const paperGrams = new Set(ngrams(words(readFileSync(PAPER_PATH, 'utf8')), 8));
  const texts = [
    ...demoStudy.interviews.map((i) => ({ where: i.name, text: i.text })),
    ...demoStudy.memos.map((m) => ({ where: `memo ${m.title}`, text: m.body })),
  ];

  it.each(texts)('$where shares no run of 8 words with the paper', ({ text }) => {
    const shared = ngrams(words(text), 8).filter((g) => paperGrams.has(g));
    expect(shared).toEqual([]);
  });

  it('the guard itself detects copied text', () => {
    const copied = 'the first three interview transcriptions were fully coded by the three researchers';
    expect(ngrams(words(copied), 8).some((g) => paperGrams.has(g))).toBe(true);
  });
});
