/**
 * Safe XML for REFI-QDA files: no DTD (refused outright, so no entity can reach the file system
 * or expand into a bomb), only the five XML entities and character references, and elements known
 * by their local name whatever prefix or namespace version the exporter used.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { canonicalize } from '../../core/text.js';
import { ImportError } from '../import-error.js';

export interface XmlNode {
  /** Local name: `qda:Code` and `Code` are both `Code`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The element's own text (its text nodes and CDATA joined), as written: positions may count it. */
  text: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // An empty set of named entities: XML's five and numeric character references only, no HTML.
  // (The option takes a set at run time though its type says boolean.)
  htmlEntities: {} as unknown as boolean,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 500,
});

/** Bytes of an XML file as a string: UTF-8 unless a UTF-16 byte-order mark says otherwise. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF+/u, '');
}

/**
 * Parses an XML document and returns its root element. `what` names the file in messages
 * ("project.qdpx"), `kind` says what it should have been ("REFI-QDA project").
 */
export function parseXml(xml: string, what: string, kind: string): XmlNode {
  if (/<!DOCTYPE/iu.test(xml)) {
    throw new ImportError(
      `${what} contains a document type declaration (DOCTYPE), which REFI-QDA files never need and Sparks refuses ` +
        `for safety; export the ${kind} again from the program that made it.`,
    );
  }
  const damaged = new ImportError(
    `${what} is not a well-formed ${kind} (its XML is damaged or cut short); export it again from the program that made it.`,
  );
  if (XMLValidator.validate(xml) !== true) throw damaged;
  let parsed: unknown;
  try {
    parsed = parser.parse(xml);
  } catch {
    throw damaged;
  }
  const root = toNodes(parsed)[0];
  if (!root) throw damaged;
  return root;
}

type Ordered = Record<string, unknown>;

function toNodes(list: unknown): XmlNode[] {
  const out: XmlNode[] = [];
  if (!Array.isArray(list)) return out;
  for (const item of list as Ordered[]) {
    const name = Object.keys(item).find((k) => k !== ':@');
    if (name === undefined || name === '#text' || name.startsWith('?')) continue;
    const attrs = Object.create(null) as Record<string, string>;
    const rawAttrs = item[':@'];
    if (rawAttrs && typeof rawAttrs === 'object') {
      for (const [k, v] of Object.entries(rawAttrs as Record<string, unknown>)) {
        // Names typed on a Mac arrive decomposed (o + combining acute); Sparks keeps NFC.
        if (typeof v === 'string') attrs[k] = v.normalize('NFC');
      }
    }
    const body = item[name];
    let text = '';
    if (Array.isArray(body)) {
      for (const part of body as Ordered[]) {
        const t = part['#text'];
        if (typeof t === 'string' || typeof t === 'number') text += String(t);
      }
    }
    out.push({ name, attrs, children: toNodes(body), text });
  }
  return out;
}

/** Child elements with the given local name (all children when no name is given). */
export function kids(node: XmlNode | undefined, name?: string): XmlNode[] {
  if (!node) return [];
  return name === undefined ? node.children : node.children.filter((c) => c.name === name);
}

/** The first child element with the given local name. */
export function kid(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** The canonical text of the first child element with the given local name, or ''. */
export function kidText(node: XmlNode | undefined, name: string): string {
  return canonicalize(kid(node, name)?.text ?? '');
}
