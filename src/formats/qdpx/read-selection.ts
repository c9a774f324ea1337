/** Text selections and their codings as the file gives them, before positions are placed (see settle). */
import { dateOf, Ids, plural, unknownChildren, Warnings } from './common.js';
import type { RefiCoding } from './types.js';
import { kids, kidText, type XmlNode } from './xml.js';

export interface RawSelection {
  guid: string; name: string; start: number; end: number; description: string;
  createdBy: string | null; createdAt: string | null; codings: RefiCoding[]; noteRefs: string[];
}

export function readSelection(node: XmlNode, where: string, ids: Ids, warnings: Warnings): RawSelection {
  unknownChildren(node, new Set(['Description', 'Coding', 'NoteRef']), warnings);
  return {
    guid: ids.own(node, where),
    name: node.attrs.name ?? '',
    start: Number.parseInt(node.attrs.startPosition ?? '', 10),
    end: Number.parseInt(node.attrs.endPosition ?? '', 10),
    description: kidText(node, 'Description'),
    createdBy: ids.of(node.attrs.creatingUser),
    createdAt: dateOf(node.attrs.creationDateTime),
    codings: readCodings(node, ids, warnings),
    noteRefs: ids.refs(node, 'NoteRef'),
  };
}

export function readCodings(node: XmlNode, ids: Ids, warnings: Warnings): RefiCoding[] {
  const out: RefiCoding[] = [];
  for (const [k, c] of kids(node, 'Coding').entries()) {
    const code = ids.refs(c, 'CodeRef')[0];
    if (!code) {
      warnings.count('coding-without-code', (n) => `${plural(n, 'coding')} without a code ${n === 1 ? 'was' : 'were'} left out.`);
      continue;
    }
    const noteRefs = ids.refs(c, 'NoteRef');
    out.push({
      guid: ids.own(c, `coding/${node.attrs.guid ?? ''}/${k}`), code,
      createdBy: ids.of(c.attrs.creatingUser), createdAt: dateOf(c.attrs.creationDateTime),
      ...(noteRefs.length > 0 ? { noteRefs } : {}),
    });
  }
  return out;
}
