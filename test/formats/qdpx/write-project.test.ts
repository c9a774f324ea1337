/** The REFI-QDA writer: schema-valid XML in the schema's order, code-point positions, plain UTF-8 sources. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { codePointOffset, projectXml, writeQdpx } from '../../../src/formats/qdpx/write-project.js';
import type { RefiProject } from '../../../src/formats/qdpx/types.js';
import { PROJECT_XSD, schemaErrors } from '../../helpers/xmllint.js';

const g = (n: number) => `0190a1b2-c3d4-7e5f-8a9b-${String(n).padStart(12, '0')}`;
const TEXT = 'E: ¿Qué pasó? 😊\nT: Nos reímos juntos & <bien>.\n';

function sample(): RefiProject {
  return {
    name: 'Chispas <&> "bis"', origin: 'Sparks', convention: 'codepoints', description: '',
    users: [{ guid: g(1), name: 'ana' }, { guid: g(17), name: 'ben' }],
    codes: [{ guid: g(2), name: 'Humor 😄', color: '#AABBCC', description: 'Risa compartida', codable: true, noteRefs: [g(9)], children: [
      { guid: g(3), name: 'Ironía', color: null, description: '', codable: true, children: [], noteRefs: [] },
    ] }],
    sets: [],
    variables: [{ guid: g(5), name: 'edad', type: 'Float', description: '' }, { guid: g(18), name: 'nacimiento', type: 'Date', description: '' }],
    cases: [{ guid: g(6), name: 'P1', description: '', unnamed: false, sources: [g(7)], codes: [], variables: [{ variable: g(5), value: '41.5' }, { variable: g(18), value: '1980-02-29' }] }],
    sources: [{
      guid: g(7), name: 'E1', kind: 'text', description: '', text: TEXT, original: null, mediaPath: null, noteRefs: [], variables: [], createdBy: g(1), createdAt: '2026-01-01T00:00:00.000Z',
      selections: [{
        guid: g(8), name: 'Nos reímos', start: TEXT.indexOf('Nos'), end: TEXT.indexOf(' juntos'), anchor: 'position', createdBy: g(1), createdAt: null, noteRefs: [g(9)],
        codings: [{ guid: g(10), code: g(2), createdBy: g(1), createdAt: null }, { guid: g(19), code: g(3), createdBy: g(17), createdAt: '2026-01-02T10:00:00.000Z' }],
      }],
    }],
    notes: [{ guid: g(9), name: 'Memo', text: 'Dos líneas\ny un \u0007 control', createdBy: g(1), createdAt: null, noteRefs: [] }],
    links: [{ guid: g(11), name: 'is cause of', direction: 'OneWay', origin: g(2), target: g(3), color: null, noteRefs: [g(9)] }],
    graphs: [{ guid: g(12), name: 'Modelo', vertices: [
      { guid: g(13), represents: g(2), name: 'Humor', x: 0, y: 0, width: 120, height: 40, shape: 'RoundedRectangle', color: null },
      { guid: g(14), represents: null, name: 'Marco', x: -20, y: -30, width: 400, height: 200, shape: 'Rectangle', color: '#DDEEFF' },
      { guid: g(15), represents: g(3), name: 'Ironía', x: 200.4, y: 0, width: 100, height: 40, shape: 'Oval', color: null },
    ], edges: [{ guid: g(16), represents: g(11), source: g(13), target: g(15), name: 'is cause of', direction: 'OneWay', color: null }] }],
    warnings: [],
  };
}

describe('writeQdpx', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePointOffset('a😊b', 0)).toBe(0);
    expect(codePointOffset('a😊b', 3)).toBe(2);
    expect(codePointOffset('a😊b', 4)).toBe(3);
    expect(codePointOffset('😊😊', 4)).toBe(2);
  });

  it('writes a project that validates against Project.xsd', () => {
    expect(schemaErrors(projectXml(sample()), PROJECT_XSD)).toBe('');
  });

  it('writes an empty project that validates too', () => {
    const empty: RefiProject = { ...sample(), users: [], codes: [], variables: [], cases: [], sources: [], notes: [], links: [], graphs: [] };
    expect(schemaErrors(projectXml(empty), PROJECT_XSD)).toBe('');
  });

  it('packs project.qde and sources/<GUID>.txt as UTF-8 without BOM, positions as the standard counts', () => {
    const files = unzipSync(writeQdpx(sample()));
    expect(Object.keys(files).sort()).toEqual(['project.qde', `sources/${g(7)}.txt`]);
    const source = files[`sources/${g(7)}.txt`]!;
    expect([...source.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(source)).toBe(TEXT);
    const xml = strFromU8(files['project.qde']!);
    expect(xml).toContain('<Project xmlns="urn:QDA-XML:project:1.0" name="Chispas &lt;&amp;&gt; &quot;bis&quot;"');
    expect(xml).toContain(`plainTextPath="internal://${g(7)}.txt"`);
    const at = /startPosition="(\d+)" endPosition="(\d+)"/.exec(xml)!;
    expect([...TEXT].slice(Number(at[1]), Number(at[2])).join('')).toBe('Nos reímos');
    expect(xml).not.toContain('\u0007');
    expect(xml).toMatch(/<Vertex [^>]*name="Ironía" firstX="200" firstY="0" secondX="300" secondY="40"/);
  });
});
