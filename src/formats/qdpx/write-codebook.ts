/** A code tree as a REFI-QDA codebook (.qdc): the Codebook schema's own elements and order. */
import { XMLBuilder } from 'fast-xml-parser';
import { xmlSafe } from '../xml-safe.js';
import type { RefiCode, RefiSet } from './types.js';

export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';

function code(c: RefiCode): Record<string, unknown> {
  const out: Record<string, unknown> = { '@_guid': c.guid, '@_name': xmlSafe(c.name), '@_isCodable': String(c.codable) };
  if (c.color) out['@_color'] = c.color;
  if (c.description) out.Description = { '#text': xmlSafe(c.description) };
  if (c.children.length) out.Code = c.children.map(code);
  return out;
}

export function codebookXml(codes: readonly RefiCode[], sets: readonly RefiSet[], origin: string): string {
  const root: Record<string, unknown> = { '@_xmlns': CODEBOOK_NS, '@_origin': origin, Codes: { Code: codes.map(code) } };
  const codeSets = sets.filter((s) => s.codes.length);
  if (codeSets.length) {
    root.Sets = {
      Set: codeSets.map((s) => ({
        '@_guid': s.guid, '@_name': xmlSafe(s.name), ...(s.description ? { Description: { '#text': xmlSafe(s.description) } } : {}),
        MemberCode: s.codes.map((g) => ({ '@_guid': g })),
      })),
    };
  }
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, suppressBooleanAttributes: false });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ CodeBook: root }) as string}`;
}
