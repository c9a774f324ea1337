/**
 * Agreement between a project's coders by each method: the rows and overall figures are exactly
 * the coefficients of the folder on the same coded texts, in the order asked, with a row saying so
 * for a code nobody applied, and the options refused in one sentence when they do not fit.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementOptionsProblem, binaryUnitizedAlphaByCode, characterComparison, codeExistence, codeFrequency, codingUnitizedAlpha,
  domainUnitizedAlpha, projectAgreement, segmentOverlap, unitizedAlpha, type CodedTexts, type Coding, type ProjectCodings,
} from '../../../src/analysis/agreement/index.js';

const k = (coder: string, code: string, start: number, end: number, document = 'E1'): Coding => ({ coder, document, code, start, end });
// Two interviews of 40 and 30 positions; Vínculo/Risa and Vínculo/Silencio share a domain, Efectos is its own.
const texts: CodedTexts = {
  documents: [{ id: 'E1', length: 40 }, { id: 'E2', length: 30 }],
  coders: ['ana', 'ben'],
  codings: [
    k('ana', 'Vínculo/Risa', 2, 10), k('ben', 'Vínculo/Risa', 2, 10),
    k('ana', 'Vínculo/Silencio', 12, 20), k('ben', 'Vínculo/Silencio', 13, 24),
    k('ben', 'Efectos', 30, 36), k('ana', 'Efectos', 5, 12, 'E2'), k('ben', 'Efectos', 6, 12, 'E2'),
  ],
};
const domains = new Map([['Vínculo/Risa', 'Vínculo'], ['Vínculo/Silencio', 'Vínculo'], ['Efectos', 'Efectos']]);
const data: ProjectCodings = { texts, domains, codes: ['Vínculo', 'Vínculo/Risa', 'Vínculo/Silencio', 'Efectos'] };
const unused = { value: null, reason: 'no coder applied the code' };

describe('projectAgreement', () => {
  it('gives |uα per code and uα, cuα, Cuα overall, codes in the order given', () => {
    const r = projectAgreement(data, { method: 'unitized' });
    const by = binaryUnitizedAlphaByCode(texts);
    expect(r).toMatchObject({ method: 'unitized', coders: ['ana', 'ben'], documents: 2, threshold: null, columns: ['binaryAlpha'] });
    expect(r.codes.map((c) => c.code)).toEqual(data.codes);
    expect(r.codes[0]!.figures).toEqual({ binaryAlpha: unused });
    // identical spans and nowhere else: perfect agreement on where Risa applies
    expect(r.codes[1]!.figures.binaryAlpha).toEqual({ value: 1, reason: null });
    expect(r.codes[2]!.figures.binaryAlpha).toEqual(by.codes.get('Vínculo/Silencio'));
    expect(r.overall.figures).toEqual({
      binaryAlpha: by.all, unitizedAlpha: unitizedAlpha(texts), codingAlpha: codingUnitizedAlpha(texts), domainAlpha: domainUnitizedAlpha(texts, domains),
    });
    expect(r.reading).toMatch(/^\|uα over all codes = 0\.\d{3}: /);
  });

  it('gives the character κ per code, per code and document, and overall', () => {
    const r = projectAgreement({ texts, domains }, { method: 'characters' });
    const c = characterComparison(texts);
    expect(r.columns).toEqual(['agreement', 'kappa']);
    expect(r.codes.map((x) => x.code)).toEqual(['Vínculo/Risa', 'Vínculo/Silencio', 'Efectos']);
    const risa = r.codes[0]!;
    expect(risa.figures).toEqual({ agreement: { value: 1, reason: null }, kappa: { value: 1, reason: null } });
    expect(risa.documents).toEqual([
      { document: 'E1', figures: { agreement: { value: 1, reason: null }, kappa: { value: 1, reason: null } } },
      { document: 'E2', figures: { agreement: { value: 1, reason: null }, kappa: { value: null, reason: 'neither coder used the code here' } } },
    ]);
    expect(r.overall.figures).toEqual(c.overall);
    expect(r.reading).toMatch(/^κ = 0\.\d{3} averaged over codes and documents by length/);
  });

  it('gives MAXQDA’s presence and frequency with their counts', () => {
    const presence = projectAgreement({ texts, domains }, { method: 'presence' });
    // Risa E1 agree; Silencio E1 agree; Efectos E1 ben only, E2 both: 3 of 4 pairs
    expect(presence.overall).toEqual({ figures: { agreement: { value: 0.75, reason: null } }, counts: { agreements: 3, disagreements: 1 } });
    expect(presence.codes.map((c) => [c.code, c.counts])).toEqual(
      codeExistence(texts).codes.map((c) => [c.code, { agreements: c.agreements, disagreements: c.disagreements }]),
    );
    expect(presence.reading).toBe('The coders agree on whether a code occurs in a document in 3 of 4 document–code pairs (75.0%); this does not discount chance, so report it beside |uα (the unitized method).');
    const frequency = projectAgreement({ texts, domains }, { method: 'frequency' });
    expect(frequency.overall.counts).toEqual({ agreements: codeFrequency(texts).overall.agreements, disagreements: codeFrequency(texts).overall.disagreements });
  });

  it('gives segment agreement at 90% by default, or at the threshold given', () => {
    const at90 = projectAgreement({ texts, domains }, { method: 'overlap' });
    expect(at90.threshold).toBe(90);
    const s = segmentOverlap(texts, 90);
    expect(at90.overall.figures).toEqual({ agreement: s.overall.agreement, kappa: s.overall.kappa });
    // E2 Efectos: 6 of 7 positions shared (86%): agrees at 80%, not at 90%
    const at80 = projectAgreement({ texts, domains }, { method: 'overlap', threshold: 80 });
    expect(at80.codes.find((c) => c.code === 'Efectos')!.counts).toEqual({ agreements: 2, disagreements: 1 });
    expect(at90.codes.find((c) => c.code === 'Efectos')!.counts).toEqual({ agreements: 0, disagreements: 3 });
  });

  it('counts a coder who coded nothing against agreement', () => {
    const three = projectAgreement({ texts: { ...texts, coders: ['ana', 'ben', 'carla'] }, domains }, { method: 'unitized' });
    expect(three.codes.find((c) => c.code === 'Vínculo/Risa')!.figures.binaryAlpha!.value).toBeLessThan(1);
  });

  it('refuses options that do not fit, naming the method', () => {
    const three = { texts: { ...texts, coders: ['ana', 'ben', 'carla'] }, domains };
    expect(() => projectAgreement(three, { method: 'characters' })).toThrow(
      'The characters method (NVivo’s character κ) compares exactly two coders, not 3: choose two, or use the unitized method for more.',
    );
    expect(agreementOptionsProblem({ method: 'overlap' }, 3)).toMatch(/^The overlap method .* compares exactly two coders, not 3/);
    expect(agreementOptionsProblem({ method: 'unitized' }, 1)).toMatch(/^Agreement compares two or more coders, not 1/);
    expect(agreementOptionsProblem({ method: 'unitized', threshold: 80 }, 2)).toMatch(/only to the overlap method/);
    expect(agreementOptionsProblem({ method: 'overlap', threshold: 0 }, 2)).toMatch(/whole percentage from 1 to 100, not 0/);
    expect(agreementOptionsProblem({ method: 'unitized' }, 5)).toBeNull();
  });
});
