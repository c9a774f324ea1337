/**
 * A project as REFI-QDA sees it, for `sparks export --qdpx`: coders as users, the code tree,
 * documents as text sources with their segments and codings, memos as notes (NoteRef on what they
 * are about), cases with their attributes as variables, relations as links and models as graphs.
 * Sparks' ids are UUIDs and are written as the GUIDs; what has no GUID of its own (a variable, a
 * relation's memo, a graph's edge) gets one derived from the ids it stems from, so exporting twice
 * writes the same file.
 */
import { v5 } from 'uuid';
import { countsLine, nodeSize } from '../../analysis/model-layout.js';
import { KIND_VARIABLE, memoDescription } from '../../core/refi-import/conventions.js';
import type { AttributeType, CodeRecord } from '../../core/records.js';
import type { RefiCode, RefiSet, RefiGraph, RefiLink, RefiNote, RefiProject, RefiVariable, RefiVariableType } from '../../core/refi.js';
import type { Store } from '../store.js';
import { readRefiRows, type RefiRows } from './refi-rows.js';
import { sourcesOf } from './refi-sources.js';

/** The namespace of the GUIDs Sparks derives (any fixed UUID will do; this one is Sparks' own). */
const NS = '5b0f6c1e-8d2a-4c3b-9f7e-3a1d2c4b5e6f';
const derived = (...parts: string[]): string => v5(parts.join('\u0000'), NS);

const VARIABLE_TYPE: Record<AttributeType, RefiVariableType> = { text: 'Text', number: 'Float', date: 'Date', boolean: 'Boolean' };

const color = (c: string | null): string | null => (c && /^#[0-9a-fA-F]{6}$/.test(c) ? c.toUpperCase() : null);

function variablesOf(projectId: string, rows: RefiRows): { variables: RefiVariable[]; guidOf: Map<string, string> } {
  // A key typed differently in different cases ("41" here, "unknown" there) is written as text.
  const types = new Map<string, AttributeType>();
  for (const a of rows.attributes) types.set(a.key, types.has(a.key) && types.get(a.key) !== a.type ? 'text' : a.type);
  const keys = [...types.keys()].sort();
  const guidOf = new Map(keys.map((k) => [k, derived(projectId, 'variable', k)]));
  guidOf.set(KIND_VARIABLE, derived(projectId, 'variable', KIND_VARIABLE));
  const variables: RefiVariable[] = keys.map((k) => ({ guid: guidOf.get(k)!, name: k, type: VARIABLE_TYPE[types.get(k)!], description: '' }));
  if (rows.documents.length) variables.push({ guid: guidOf.get(KIND_VARIABLE)!, name: KIND_VARIABLE, type: 'Text', description: 'What kind of text each document is in Sparks: interview, session or other.' });
  return { variables, guidOf };
}

/** Links for relations (and their cited evidence), notes for relation memos, NoteRefs for memo links. */
function linksOf(rows: RefiRows, noteRefs: Map<string, string[]>): { links: RefiLink[]; notes: RefiNote[] } {
  const types = new Map(rows.relationTypes.map((t) => [t.id, t]));
  const links: RefiLink[] = [];
  const notes: RefiNote[] = [];
  for (const r of rows.relations) {
    const t = types.get(r.typeId);
    const refs: string[] = [];
    if (r.memo) {
      const guid = derived(r.id, 'memo');
      notes.push({ guid, name: `Why ${t?.name ?? 'related'}`, text: r.memo, createdBy: r.createdBy, createdAt: r.createdAt, noteRefs: [] });
      refs.push(guid);
    }
    links.push({ guid: r.id, name: t?.name ?? 'is associated with', direction: t?.symmetric ? 'Associative' : 'OneWay', origin: r.sourceId, target: r.targetId, color: null, noteRefs: refs });
  }
  for (const e of rows.evidence) links.push({ guid: e.id, name: 'evidence', direction: 'OneWay', origin: e.relationId, target: e.segmentId, color: null, noteRefs: [] });
  // A case cannot carry a NoteRef in the schema: a memo about a case is a link from the note.
  for (const l of rows.memoLinks) {
    if (l.targetType === 'case') links.push({ guid: l.id, name: 'memo about', direction: 'OneWay', origin: l.memoId, target: l.targetId, color: null, noteRefs: [] });
    else noteRefs.set(l.targetId, [...(noteRefs.get(l.targetId) ?? []), l.memoId]);
  }
  return { links, notes };
}

function graphsOf(rows: RefiRows): RefiGraph[] {
  const labels = new Map<string, string>([...rows.codes.map((c) => [c.id, c.name] as const), ...rows.memos.map((m) => [m.id, m.title] as const), ...rows.segments.map((s) => [s.id, s.exact.slice(0, 80)] as const)]);
  return rows.models.map((m) => {
    const nodes = rows.modelNodes.filter((n) => n.modelId === m.id);
    const vertexOf = new Map(nodes.filter((n) => n.targetType !== 'frame').map((n) => [n.targetId, n.id]));
    const vertices = nodes.map((n) => {
      const style = JSON.parse(n.style || '{}') as { width?: number; height?: number; color?: string; shape?: string };
      if (n.targetType === 'frame') {
        return { guid: n.id, represents: null, name: n.label, x: n.x, y: n.y, width: style.width ?? 260, height: style.height ?? 160, shape: 'Rectangle', color: color(style.color ?? null) };
      }
      const name = labels.get(n.targetId) ?? '';
      const size = nodeSize(name, style, n.targetType === 'code' ? countsLine({ codings: 0, cases: 0, label: null }) : null);
      const shape = style.shape === 'ellipse' ? 'Oval' : style.shape === 'box' ? 'Rectangle' : n.targetType === 'memo' ? 'Note' : 'RoundedRectangle';
      return { guid: n.id, represents: n.targetId, name, x: n.x, y: n.y, width: size.width, height: size.height, shape, color: color(style.color ?? null) };
    });
    const edges = rows.relations.filter((r) => vertexOf.has(r.sourceId) && vertexOf.has(r.targetId)).map((r) => ({
      guid: derived(m.id, r.id), represents: r.id, source: vertexOf.get(r.sourceId)!, target: vertexOf.get(r.targetId)!,
      name: rows.relationTypes.find((t) => t.id === r.typeId)?.name ?? '', direction: null, color: null,
    }));
    return { guid: m.id, name: m.name, vertices, edges };
  });
}

/**
 * A selection's name, for programs that list selections by name: its words when they are short and
 * on one line, so that a reader comparing name and text finds them equal; otherwise none.
 */

/** The code tree in its order, each code with the notes about it. */
function codeTree(codes: readonly CodeRecord[], refs: (id: string) => string[] = () => []): RefiCode[] {
  const children = new Map<string | null, CodeRecord[]>();
  for (const c of codes) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const tree = (parent: string | null): RefiCode[] => (children.get(parent) ?? []).map((c) => ({
    guid: c.id, name: c.name, color: color(c.color), description: c.definition, codable: true, children: tree(c.id), noteRefs: refs(c.id),
  }));
  return tree(null);
}

/** The project's code tree alone. */
export async function refiCodebookOf(store: Store, projectId: string): Promise<RefiCode[]> {
  return (await refiCodebookWithSets(store, projectId)).codes;
}

/** Sets with the members that still exist, by kind. */
function setsOf(rows: Pick<RefiRows, 'sets' | 'setMembers' | 'codes' | 'documents' | 'memos'>): RefiSet[] {
  const live = new Set([...rows.codes.map((c) => c.id), ...rows.documents.map((d) => d.id), ...rows.memos.map((m) => m.id)]);
  return rows.sets.map((set) => {
    const members = rows.setMembers.filter((m) => m.setId === set.id && live.has(m.targetId));
    const of = (kind: string) => members.filter((m) => m.targetType === kind).map((m) => m.targetId);
    return { guid: set.id, name: set.name, description: set.description, codes: of('code'), sources: of('document'), notes: of('memo') };
  });
}

/** The project's code tree as a codebook, with its sets of codes. */
export async function refiCodebookWithSets(store: Store, projectId: string): Promise<{ codes: RefiCode[]; sets: RefiSet[] }> {
  const db = store.adapter.db;
  const codes = await db.selectFrom('code').selectAll().where('projectId', '=', projectId).orderBy('position').orderBy('name').execute();
  const sets = await db.selectFrom('object_set').selectAll().where('projectId', '=', projectId).orderBy('name').execute();
  const setMembers = sets.length ? await db.selectFrom('object_set_member').selectAll().where('setId', 'in', sets.map((x) => x.id)).execute() : [];
  return { codes: codeTree(codes), sets: setsOf({ sets, setMembers, codes, documents: [], memos: [] }) };
}

/** Everything of the project that REFI-QDA can carry. */
export async function refiProjectOf(store: Store, projectId: string, origin: string): Promise<RefiProject> {
  const rows = await readRefiRows(store, projectId);
  const noteRefs = new Map<string, string[]>();
  const { links, notes: relationNotes } = linksOf(rows, noteRefs);
  const refs = (id: string): string[] => noteRefs.get(id) ?? [];
  const { variables, guidOf } = variablesOf(projectId, rows);
  const typeOf = new Map(variables.map((v) => [v.guid, v.type]));
  const value = (variable: string, v: string): string => (typeOf.get(variable) === 'Boolean' ? v.toLowerCase() : v);
  const sources = sourcesOf(rows, refs, (d) => [{ variable: guidOf.get(KIND_VARIABLE)!, value: d.kind }]);
  return {
    name: rows.project.name, origin, convention: 'codepoints', description: '',
    users: rows.users.map((u) => ({ guid: u.id, name: u.name })),
    codes: codeTree(rows.codes, refs), sets: setsOf(rows), variables,
    cases: rows.cases.map((c) => ({
      guid: c.id, name: c.label, description: '', unnamed: false, codes: [],
      sources: rows.documents.filter((d) => d.caseId === c.id).map((d) => d.id),
      variables: rows.attributes.filter((a) => a.caseId === c.id).map((a) => ({ variable: guidOf.get(a.key)!, value: value(guidOf.get(a.key)!, a.value) })),
    })),
    sources,
    notes: [...rows.memos.map((m) => ({ guid: m.id, name: m.title, text: m.body, description: memoDescription(m.type), createdBy: m.authorId, createdAt: m.createdAt, noteRefs: refs(m.id) })), ...relationNotes],
    links, graphs: graphsOf(rows), warnings: [],
  };
}
