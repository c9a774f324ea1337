/** Codes and sets: shared by projects and codebooks. */
import { Ids, Warnings, unknownChildren } from './common.js';
import { normColor } from './guid.js';
import type { RefiCode, RefiSet } from './types.js';
import { kidText, kids, type XmlNode } from './xml.js';

const CODE_PARTS = new Set(['Description', 'NoteRef', 'Code']);
const SET_PARTS = new Set(['Description', 'MemberCode', 'MemberSource', 'MemberNote']);

/** The code tree under a `<Codes>` element. */
export function readCodes(codes: XmlNode | undefined, ids: Ids, warnings: Warnings): RefiCode[] {
  return kids(codes, 'Code').map((c, i) => readCode(c, `code/${i}`, ids, warnings));
}

function readCode(node: XmlNode, where: string, ids: Ids, warnings: Warnings): RefiCode {
  unknownChildren(node, CODE_PARTS, warnings);
  return {
    guid: ids.own(node, where),
    name: node.attrs.name ?? '',
    color: normColor(node.attrs.color),
    description: kidText(node, 'Description'),
    codable: !/^(false|0)$/iu.test(node.attrs.isCodable?.trim() ?? ''),
    children: kids(node, 'Code').map((c, i) => readCode(c, `${where}/${i}`, ids, warnings)),
    noteRefs: ids.refs(node, 'NoteRef'),
  };
}

/** The sets under a `<Sets>` element; a codebook's `MemberCode` names its code by `guid`. */
export function readSets(sets: XmlNode | undefined, ids: Ids, warnings: Warnings): RefiSet[] {
  return kids(sets, 'Set').map((s, i) => {
    unknownChildren(s, SET_PARTS, warnings);
    const notes = ids.refs(s, 'MemberNote');
    return {
      guid: ids.own(s, `set/${i}`),
      name: s.attrs.name ?? '',
      description: kidText(s, 'Description'),
      codes: ids.refs(s, 'MemberCode'),
      sources: ids.refs(s, 'MemberSource'),
      ...(notes.length > 0 ? { notes } : {}),
    };
  });
}

/** Every code in a tree, depth first. */
export function allCodes(codes: RefiCode[]): RefiCode[] {
  return codes.flatMap((c) => [c, ...allCodes(c.children)]);
}
