/**
 * A project as REFI-QDA 1.0 XML (`project.qde`) in the schema's element order, and as a .qdpx
 * archive: the XML plus each text source's plain text as `sources/<GUID>.txt` (UTF-8, no BOM).
 * Positions are written as the standard counts them: Unicode code points from 0, end exclusive.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { xmlSafe } from '../xml-safe.js';
import type { RefiCode, RefiProject, RefiSelection, RefiSource, RefiVariableType, RefiVariableValue } from './types.js';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
/** What the `origin` attribute of a file Sparks writes says made it. */
export const EXPORT_ORIGIN = 'Sparks';
type X = Record<string, unknown>;

/** Code points before a UTF-16 offset: how the standard counts. */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate and its low partner are one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) i++;
    n++;
  }
  return n;
}

const attrs = (o: Record<string, string | number | boolean | null | undefined>): X =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [`@_${k}`, typeof v === 'string' ? xmlSafe(v) : String(v)]));
const text = (s: string): X => ({ '#text': xmlSafe(s) });
const refs = (guids: readonly string[]): X[] => guids.map((g) => attrs({ targetGUID: g }));
const list = <T>(items: readonly T[], f: (t: T) => X): X[] | undefined => (items.length ? items.map(f) : undefined);
/** Optional children in schema order: absent ones are left out, so empty elements are never written. */
function seq(head: X, children: [string, unknown][]): X {
  const out: X = { ...head };
  for (const [k, v] of children) if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out;
}

function code(c: RefiCode): X {
  return seq(attrs({ guid: c.guid, name: c.name, isCodable: c.codable, color: c.color }), [
    ['Description', c.description ? text(c.description) : undefined], ['NoteRef', refs(c.noteRefs)], ['Code', list(c.children, code)],
  ]);
}

const VALUE_ELEMENT: Record<RefiVariableType, string> = {
  Text: 'TextValue', Boolean: 'BooleanValue', Integer: 'IntegerValue', Float: 'FloatValue', Date: 'DateValue', DateTime: 'DateTimeValue',
};

function values(vs: readonly RefiVariableValue[], types: ReadonlyMap<string, RefiVariableType>): X[] {
  return vs.map((v) => ({ VariableRef: attrs({ targetGUID: v.variable }), [VALUE_ELEMENT[types.get(v.variable) ?? 'Text']]: text(v.value) }));
}

function selection(s: RefiSelection, source: RefiSource): X {
  return seq(attrs({
    guid: s.guid, name: s.name, startPosition: codePointOffset(source.text, s.start), endPosition: codePointOffset(source.text, s.end),
    creatingUser: s.createdBy, creationDateTime: s.createdAt,
  }), [
    ['Coding', list(s.codings, (c) => seq(attrs({ guid: c.guid, creatingUser: c.createdBy, creationDateTime: c.createdAt }), [['CodeRef', attrs({ targetGUID: c.code })]]))],
    ['NoteRef', refs(s.noteRefs)],
  ]);
}

/** A source's original Word file, when it has one: written beside the plain text so other programs keep its formatting. */
const wordOriginal = (s: RefiSource): Uint8Array | null => (s.original && /\.docx$/i.test(s.original.path) ? s.original.bytes : null);

function source(s: RefiSource, types: ReadonlyMap<string, RefiVariableType>): X {
  const rich = wordOriginal(s);
  return seq(attrs({
    guid: s.guid, name: s.name, richTextPath: rich ? `internal://${s.guid}.docx` : null, plainTextPath: `internal://${s.guid}.txt`,
    creatingUser: s.createdBy, creationDateTime: s.createdAt,
  }), [
    ['Description', s.description ? text(s.description) : undefined],
    ['PlainTextSelection', list(s.selections, (sel) => selection(sel, s))],
    ['NoteRef', refs(s.noteRefs)],
    ['VariableValue', values(s.variables, types)],
  ]);
}

/** The project's XML document. Only text sources are written: Sparks holds every document as text. */
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
    ['Sources', p.sources.length ? { TextSource: p.sources.map((s) => source(s, types)) } : undefined],
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
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ Project: root }) as string}`;
}

/** The .qdpx archive: `project.qde`, `sources/<GUID>.txt` for every text source, and its `.docx` when it came from one. */
export function writeQdpx(p: RefiProject): Uint8Array {
  const files: Zippable = { 'project.qde': strToU8(projectXml(p)) };
  for (const s of p.sources) {
    files[`sources/${s.guid}.txt`] = strToU8(s.text);
    const rich = wordOriginal(s);
    if (rich) files[`sources/${s.guid}.docx`] = [rich, { level: 0 }];
  }
  return zipSync(files, { level: 6 });
}
