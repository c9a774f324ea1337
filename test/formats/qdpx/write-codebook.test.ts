/** The codebook writer: valid against Codebook.xsd, booleans written out, sets only of codes. */
import { describe, expect, it } from 'vitest';
import { codebookXml } from '../../../src/formats/qdpx/write-codebook.js';
import { readQdc } from '../../../src/formats/qdpx/index.js';
import { CODEBOOK_XSD, schemaErrors } from '../../helpers/xmllint.js';

const g = (n: number) => `0190a1b2-c3d4-7e5f-8a9b-${String(n).padStart(12, '0')}`;
const codes = [
  { guid: g(1), name: 'Condiciones <&>', color: '#2E86AB', description: 'Lo que ya estaba.', codable: true, noteRefs: [], children: [
    { guid: g(2), name: 'Apertura 😊', color: null, description: '', codable: true, noteRefs: [], children: [] },
  ] },
  { guid: g(3), name: 'Efectos', color: null, description: '', codable: false, noteRefs: [], children: [] },
];

describe('codebookXml', () => {
  it('validates and reads back the same tree', () => {
    const xml = codebookXml(codes, [{ guid: g(4), name: 'Grupo', description: 'Dos', codes: [g(1), g(3)], sources: [] }, { guid: g(5), name: 'Docs', description: '', codes: [], sources: [g(9)] }], 'Sparks');
    expect(schemaErrors(xml, CODEBOOK_XSD)).toBe('');
    expect(xml).toContain('isCodable="true"');
    expect(xml).toContain('isCodable="false"');
    const back = readQdc(new TextEncoder().encode(xml), 'back.qdc');
    expect(back.codes.map((c) => [c.name, c.color, c.description, c.children.map((k) => k.name)])).toEqual([
      ['Condiciones <&>', '#2E86AB', 'Lo que ya estaba.', ['Apertura 😊']], ['Efectos', null, '', []],
    ]);
    expect(back.sets.map((s) => [s.name, s.codes])).toEqual([['Grupo', [g(1), g(3)]]]);
  });
});
