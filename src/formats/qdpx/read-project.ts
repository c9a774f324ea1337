/** A project.qde, read into Sparks' terms once its files are at hand. */
import { ImportError } from '../import-error.js';
import { dateOf, Ids, plural, readValues, unknownChildren, Warnings } from './common.js';
import { normColor } from './guid.js';
import { declaredConvention } from './positions.js';
import { readCodes, readSets } from './read-codes.js';
import { readSources } from './read-sources.js';
import { readBody, type SourceFiles } from './read-text.js';
import { checkReferences } from './references.js';
import { settle } from './settle.js';
import type { RefiCase, RefiGraph, RefiLink, RefiNote, RefiProject, RefiUser, RefiVariable, RefiVariableType } from './types.js';
import { kid, kidText, kids, type XmlNode } from './xml.js';

const PROJECT_PARTS = new Set(['Users', 'CodeBook', 'Variables', 'Cases', 'Sources', 'Notes', 'Links', 'Sets', 'Graphs', 'Description', 'NoteRef']);
const VARIABLE_TYPES: readonly RefiVariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];
const DIRECTIONS: readonly RefiLink['direction'][] = ['Associative', 'OneWay', 'Bidirectional'];

export async function readProject(root: XmlNode, files: SourceFiles, what: string): Promise<RefiProject> {
  if (root.name === 'CodeBook') throw new ImportError(`${what} holds a REFI-QDA codebook, not a project; import it as a codebook instead.`);
  if (root.name !== 'Project') {
    throw new ImportError(`${what} is not a REFI-QDA project (its main element is <${root.name}>); export it again from the other program as a REFI-QDA project.`);
  }
  const warnings = new Warnings();
  const ids = new Ids(warnings);
  unknownChildren(root, PROJECT_PARTS, warnings);
  const origin = root.attrs.origin?.trim() || null;
  const users: RefiUser[] = kids(kid(root, 'Users'), 'User').map((u, i) => ({ guid: ids.own(u, `user/${i}`), name: u.attrs.name ?? u.attrs.id ?? '' }));
  const codes = readCodes(kid(kid(root, 'CodeBook'), 'Codes'), ids, warnings);
  const variables = kids(kid(root, 'Variables'), 'Variable').map((v, i): RefiVariable => {
    const type = VARIABLE_TYPES.find((t) => t === v.attrs.typeOfVariable?.trim());
    if (!type) warnings.count('variable-type', (n) => `${plural(n, 'variable')} of unknown type ${n === 1 ? 'was' : 'were'} read as text.`);
    return { guid: ids.own(v, `variable/${i}`), name: v.attrs.name ?? '', type: type ?? 'Text', description: kidText(v, 'Description') };
  });
  const pending = await readSources(kid(root, 'Sources'), files, ids, warnings);
  const { sources, convention } = settle(pending, declaredConvention(origin), warnings);
  const notes = await readNotes(kid(root, 'Notes'), files, ids, warnings);
  const cases = readCases(kid(root, 'Cases'), ids, sources);
  const links = kids(kid(root, 'Links'), 'Link').map((l, i): RefiLink => ({
    guid: ids.own(l, `link/${i}`), name: l.attrs.name ?? '',
    direction: DIRECTIONS.find((d) => d === l.attrs.direction) ?? 'Associative',
    origin: ids.of(l.attrs.originGUID) ?? '', target: ids.of(l.attrs.targetGUID) ?? '',
    color: normColor(l.attrs.color), noteRefs: ids.refs(l, 'NoteRef'),
  }));
  const noteRefs = ids.refs(root, 'NoteRef');
  const project: RefiProject = {
    name: root.attrs.name?.trim() || what.replace(/\.(qdpx|qde)$/iu, ''),
    origin, convention, description: kidText(root, 'Description'),
    users, codes, sets: readSets(kid(root, 'Sets'), ids, warnings), variables, cases, sources, notes, links,
    graphs: readGraphs(kid(root, 'Graphs'), ids),
    ...(noteRefs.length > 0 ? { noteRefs } : {}),
    warnings: [],
  };
  checkReferences(project, warnings);
  project.warnings = warnings.list();
  return project;
}

async function readNotes(notes: XmlNode | undefined, files: SourceFiles, ids: Ids, warnings: Warnings): Promise<RefiNote[]> {
  const out: RefiNote[] = [];
  for (const [i, n] of kids(notes, 'Note').entries()) {
    const name = n.attrs.name ?? '';
    const body = await readBody(n, `the note "${name}"`, files, warnings);
    if (!body && n.attrs.plainTextPath) warnings.add(`The text of the note "${name}" is missing from the archive; the note was kept without it.`);
    const selections = kids(n, 'PlainTextSelection').length;
    warnings.count('note-selection', (k) => `${plural(k, 'selection')} inside notes ${k === 1 ? 'was' : 'were'} not imported.`, selections);
    const description = kidText(n, 'Description');
    out.push({
      guid: ids.own(n, `note/${i}`), name, text: body?.map.text ?? '',
      createdBy: ids.of(n.attrs.creatingUser), createdAt: dateOf(n.attrs.creationDateTime), noteRefs: ids.refs(n, 'NoteRef'),
      ...(description ? { description } : {}),
    });
  }
  return out;
}

/** Cases; one without a name (MAXQDA, Quirkos) only carries a source's variables and takes its name. */
function readCases(cases: XmlNode | undefined, ids: Ids, sources: { guid: string; name: string }[]): RefiCase[] {
  const nameOf = new Map(sources.map((s) => [s.guid, s.name]));
  return kids(cases, 'Case').map((c, i) => {
    const sourceRefs = ids.refs(c, 'SourceRef');
    const selections = ids.refs(c, 'SelectionRef');
    const given = c.attrs.name?.trim() ?? '';
    const derived = sourceRefs.map((g) => nameOf.get(g)).find((n) => n !== undefined);
    return {
      guid: ids.own(c, `case/${i}`),
      name: given || derived || `Case ${i + 1}`,
      description: kidText(c, 'Description'),
      unnamed: given === '',
      sources: sourceRefs, codes: ids.refs(c, 'CodeRef'), variables: readValues(c, ids),
      ...(selections.length > 0 ? { selections } : {}),
    };
  });
}

function readGraphs(graphs: XmlNode | undefined, ids: Ids): RefiGraph[] {
  const num = (v: string | undefined) => (v === undefined || v.trim() === '' || Number.isNaN(Number(v)) ? null : Number(v));
  return kids(graphs, 'Graph').map((g, i) => ({
    guid: ids.own(g, `graph/${i}`), name: g.attrs.name ?? '',
    vertices: kids(g, 'Vertex').map((v, k) => {
      const x = num(v.attrs.firstX) ?? 0;
      const y = num(v.attrs.firstY) ?? 0;
      const x2 = num(v.attrs.secondX);
      const y2 = num(v.attrs.secondY);
      return {
        guid: ids.own(v, `vertex/${i}/${k}`), represents: ids.of(v.attrs.representedGUID), name: v.attrs.name ?? '',
        x, y, width: x2 === null ? null : Math.abs(x2 - x), height: y2 === null ? null : Math.abs(y2 - y),
        shape: v.attrs.shape ?? null, color: normColor(v.attrs.color),
      };
    }),
    edges: kids(g, 'Edge').map((e, k) => ({
      guid: ids.own(e, `edge/${i}/${k}`), represents: ids.of(e.attrs.representedGUID),
      source: ids.of(e.attrs.sourceVertex) ?? '', target: ids.of(e.attrs.targetVertex) ?? '', name: e.attrs.name ?? '',
      direction: DIRECTIONS.find((d) => d === e.attrs.direction) ?? null, color: normColor(e.attrs.color),
    })),
  }));
}
