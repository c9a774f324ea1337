/**
 * A project as REFI-QDA 1.0 XML (`project.qde`) in the schema's element order, and as a .qdpx
 * archive: the XML plus each text source's plain text as `sources/<GUID>.txt` (UTF-8, no BOM).
 * Positions are written as the standard counts them: Unicode code points from 0, end exclusive.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { RefiCode, RefiProject } from './types.js';
import { source, sourceElement, sourceFiles, values, type LineEnds } from './write-sources.js';
import { attrs, list, refs, seq, text, type X } from './write-xml.js';

export { codePointOffset } from './write-xml.js';
export type { LineEnds } from './write-sources.js';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
/** What the `origin` attribute of a file Sparks writes says made it. */
export const EXPORT_ORIGIN = 'Sparks';
/** Where the sources go in the built document; a GUID cannot look like it, nor can escaped text. */
const SOURCES_MARK = 'sparks:sources-in-order';

function code(c: RefiCode): X {
  return seq(attrs({ guid: c.guid, name: c.name, isCodable: c.codable, color: c.color }), [
    ['Description', c.description ? text(c.description) : undefined], ['NoteRef', refs(c.noteRefs)], ['Code', list(c.children, code)],
  ]);
}

/** The project's XML document. */
export function projectXml(p: RefiProject): string {
  const types = new Map(p.variables.map((v) => [v.guid, v.type]));
  const root = seq(attrs({ xmlns: PROJECT_NS, name: p.name, origin: p.origin }), [
    ['Users', p.users.length ? { User: p.users.map((u) => attrs({ guid: u.guid, name: u.name })) } : undefined],
    ['CodeBook', p.codes.length ? { Codes: { Code: p.codes.map(code) } } : undefined],
    ['Variables', p.variables.length ? { Variable: p.variables.map((v) => seq(attrs({ guid: v.guid, name: v.name, typeOfVariable: v.type }), [['Description', v.description ? text(v.description) : undefined]])) } : undefined],
    ['Cases', p.cases.length ? {
      Case: p.cases.map((c) => seq(attrs({ guid: c.guid, name: c.name }), [
        ['Description', c.description ? text(c.description) : undefined], ['CodeRef', refs(c.codes)], ['VariableValue', values(c.variables, types)], ['SourceRef', refs(c.sources)],
      ])),
    } : undefined],
    ['Sources', p.sources.length ? text(SOURCES_MARK) : undefined],
    ['Notes', p.notes.length ? {
      Note: p.notes.map((n) => seq(attrs({ guid: n.guid, name: n.name, creatingUser: n.createdBy, creationDateTime: n.createdAt }), [
        ['Description', n.description ? text(n.description) : undefined], ['PlainTextContent', text(n.text)], ['NoteRef', refs(n.noteRefs)],
      ])),
    } : undefined],
    ['Links', p.links.length ? {
      Link: p.links.map((l) => seq(attrs({ guid: l.guid, name: l.name, direction: l.direction, color: l.color, originGUID: l.origin, targetGUID: l.target }), [['NoteRef', refs(l.noteRefs)]])),
    } : undefined],
    ['Sets', p.sets.length ? {
      Set: p.sets.map((s) => seq(attrs({ guid: s.guid, name: s.name }), [
        ['Description', s.description ? text(s.description) : undefined], ['MemberCode', refs(s.codes)], ['MemberSource', refs(s.sources)], ['MemberNote', refs(s.notes ?? [])],
      ])),
    } : undefined],
    ['Graphs', p.graphs.length ? {
      Graph: p.graphs.map((g) => seq(attrs({ guid: g.guid, name: g.name }), [
        ['Vertex', list(g.vertices, (v) => attrs({
          guid: v.guid, representedGUID: v.represents, name: v.name, firstX: Math.round(v.x), firstY: Math.round(v.y),
          secondX: v.width === null ? null : Math.round(v.x + v.width), secondY: v.height === null ? null : Math.round(v.y + v.height), shape: v.shape, color: v.color,
        }))],
        ['Edge', list(g.edges, (e) => attrs({ guid: e.guid, representedGUID: e.represents, name: e.name, sourceVertex: e.source, targetVertex: e.target, color: e.color, direction: e.direction }))],
      ])),
    } : undefined],
    ['Description', p.description ? text(p.description) : undefined],
  ]);
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false });
  // Sources of different kinds are built one by one, so they keep the documents' order.
  const sources = p.sources.map((s) => builder.build({ [sourceElement(s)]: source(s, types) }) as string).join('');
  const xml = (builder.build({ Project: root }) as string).replace(`<Sources>${SOURCES_MARK}</Sources>`, () => `<Sources>\n${sources}</Sources>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** What `origin` adds when the texts have Windows line ends, so that Sparks reads its own file back right. */
export const CRLF_ORIGIN = ' (Windows line ends, each line break counted once)';

/** The .qdpx archive: `project.qde` and, under `sources/`, each source's plain text and the files it came with. */
export function writeQdpx(p: RefiProject, lineEnds: LineEnds = 'lf'): Uint8Array {
  const origin = lineEnds === 'crlf' && p.origin ? `${p.origin}${CRLF_ORIGIN}` : p.origin;
  const files: Zippable = { 'project.qde': strToU8(projectXml({ ...p, origin })) };
  // Word files and media are compressed already: stored as they are.
  for (const s of p.sources) for (const [path, bytes, compress] of sourceFiles(s, lineEnds)) files[`sources/${path}`] = compress ? bytes : [bytes, { level: 0 }];
  return zipSync(files, { level: 6 });
}
