import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getTemplate, mom, TEMPLATES } from '../../src/templates/index.js';
import type { TemplateCode } from '../../src/templates/types.js';
import { PAPER_PATH, ngrams, words } from '../helpers/own-words.js';

const MODEL_PATH = fileURLToPath(new URL('../../../shared/MOM-MODEL.md', import.meta.url));

interface ModelProperty {
  name: string;
  owner?: string;
}
interface ModelCategory {
  name: string;
  frequency: string;
  properties: ModelProperty[];
}

/** Reads the codebook section of MOM-MODEL.md: bold category names, frequencies, properties. */
function parseModel(markdown: string): ModelCategory[] {
  const start = markdown.indexOf('## Codebook');
  const rest = markdown.slice(start + 1);
  const section = rest.slice(0, rest.search(/^## /m));
  const heads = [...section.matchAll(/^\d+\. \*\*(.+?)\*\* — frequency: (\w+)\./gm)];
  return heads.map((head, i) => {
    const block = section.slice(head.index, heads[i + 1]?.index ?? section.length);
    const lines = block.slice(block.indexOf('Properties:') + 'Properties:'.length).split('\n');
    const taken: string[] = [];
    for (const [j, line] of lines.entries()) {
      const t = line.trim();
      if (j > 0 && (t === '' || t.startsWith('(') || /^\d+\. /.test(t))) break;
      taken.push(t);
    }
    const properties = taken
      .join(' ')
      .replace(/\.\s*$/, '')
      .split(';')
      .map((p) => p.trim())
      .map((p) => {
        const m = /^(.*\S)\s+\((T and P|T|P|REL|PR)\)$/.exec(p);
        return m ? { name: m[1]!, owner: m[2]! } : { name: p };
      });
    return { name: head[1]!, frequency: head[2]!, properties };
  });
}

function allCodes(codes: TemplateCode[], prefix = ''): { path: string; code: TemplateCode }[] {
  return codes.flatMap((code) => {
    const path = prefix ? `${prefix}/${code.name}` : code.name;
    return [{ path, code }, ...allCodes(code.children ?? [], path)];
  });
}

const model = parseModel(readFileSync(MODEL_PATH, 'utf8'));
const paper = readFileSync(PAPER_PATH, 'utf8');
const paperGrams = new Set(ngrams(words(paper), 8));

describe('MOM-MODEL.md parsing', () => {
  it('finds four categories with 12, 6, 11 and 12 properties', () => {
    expect(model.map((c) => c.properties.length)).toEqual([12, 6, 11, 12]);
  });
});

describe('mom template codebook', () => {
  it('has the four categories of Table I, in order, named as in MOM-MODEL.md', () => {
    expect(mom.codes.map((c) => c.name)).toEqual(model.map((c) => c.name));
  });

  it('has every property, in order, named exactly as in MOM-MODEL.md', () => {
    for (const [i, category] of model.entries()) {
      const children = mom.codes[i]?.children ?? [];
      expect(children.map((c) => c.name)).toEqual(category.properties.map((p) => p.name));
    }
    expect(mom.codes.map((c) => c.children?.length)).toEqual([12, 6, 11, 12]);
  });

  it('gives owners exactly as MOM-MODEL.md does, and only where it does', () => {
    for (const [i, category] of model.entries()) {
      const children = mom.codes[i]?.children ?? [];
      expect(children.map((c) => c.attributes?.owner)).toEqual(category.properties.map((p) => p.owner));
    }
    const withOwner = model.filter((c) => c.properties.every((p) => p.owner)).map((c) => c.name);
    expect(withOwner).toEqual(['Enabling conditions', 'Main effects']);
  });

  it('labels each category with the frequency MOM-MODEL.md gives', () => {
    expect(mom.codes.map((c) => c.attributes?.paperFrequency)).toEqual(model.map((c) => c.frequency));
  });

  it('numbers properties as Table I of the paper does (no 3 among enabling conditions)', () => {
    const items = [...paper.matchAll(/<li>(\d+)\. ([^<]+)<\/li>/g)].map((m) => ({
      number: m[1]!,
      name: m[2]!.replace(/\s+\((T and P|T|P|REL|PR)\)\s*$/, '').replace(/[“”]/g, '"').replace(/’/g, "'").trim(),
    }));
    const properties = mom.codes.flatMap((c) => c.children ?? []);
    expect(properties.map((p) => ({ number: p.attributes?.number, name: p.name }))).toEqual(items);
    const conditions = mom.codes.find((c) => c.name === 'Enabling conditions');
    expect(conditions?.children?.map((p) => p.attributes?.number)).toEqual(
      ['1', '2', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
    );
  });

  it('keeps names unique within each parent', () => {
    const check = (codes: TemplateCode[]): void => {
      expect(new Set(codes.map((c) => c.name)).size).toBe(codes.length);
      for (const c of codes) check(c.children ?? []);
    };
    check(mom.codes);
  });

  it('uses valid hex colours, a distinct one per category', () => {
    for (const { code } of allCodes(mom.codes)) expect(code.color).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(new Set(mom.codes.map((c) => c.color?.toLowerCase())).size).toBe(4);
  });

  it('gives every code a short, non-empty definition', () => {
    for (const { path, code } of allCodes(mom.codes)) {
      expect(code.definition.trim(), path).not.toBe('');
      expect(code.definition.length, path).toBeLessThanOrEqual(300);
    }
  });
});

describe('own words', () => {
  const texts = [
    ...allCodes(mom.codes).map(({ path, code }) => ({ where: path, text: code.definition })),
    ...mom.memos.map((m) => ({ where: `memo ${m.title}`, text: m.body })),
    { where: 'description', text: mom.description },
  ];

  it.each(texts)('$where shares no run of 8 words with the paper', ({ text }) => {
    const shared = ngrams(words(text), 8).filter((g) => paperGrams.has(g));
    expect(shared).toEqual([]);
  });

  it('the guard itself detects copied text', () => {
    const copied = 'the therapists identified a central condition from both partners which was openness';
    expect(ngrams(words(copied), 8).some((g) => paperGrams.has(g))).toBe(true);
  });
});

describe('mom template memos and study design', () => {
  it('includes the interview guide as a methodological memo', () => {
    const guide = mom.memos.find((m) => /interview guide/i.test(m.title));
    expect(guide?.type).toBe('methodological');
    for (const label of ['(a)', '(b)', '(c)', '(d)', '(e)']) expect(guide?.body).toContain(label);
    for (const probe of ['gestures', 'postures', 'words', 'sensations', 'feelings', 'images']) {
      expect(guide?.body.toLowerCase()).toContain(probe);
    }
  });

  it('links memos only to codes that exist', () => {
    const paths = new Set(allCodes(mom.codes).map((c) => c.path));
    for (const memo of mom.memos) for (const link of memo.links ?? []) expect(paths.has(link), link).toBe(true);
  });

  it('defines the four participant attributes with their types', () => {
    expect(mom.caseAttributes.map((a) => [a.key, a.type])).toEqual([
      ['gender', 'text'],
      ['age', 'number'],
      ['yearsOfExperience', 'number'],
      ['theoreticalOrientation', 'text'],
    ]);
    for (const a of mom.caseAttributes) expect(a.description.trim()).not.toBe('');
  });

  it("uses the paper's own frequency ranges", () => {
    expect(mom.frequencyRanges).toEqual({ general: [13, 14], typical: [8, 12], variant: [2, 7] });
  });
});

describe('template registry', () => {
  it('finds mom by id and nothing else', () => {
    expect(TEMPLATES.mom).toBe(mom);
    expect(getTemplate('mom')).toBe(mom);
    expect(getTemplate('nope')).toBeUndefined();
    expect(getTemplate('toString')).toBeUndefined();
  });
});
