/**
 * The text of an OpenDocument `content.xml`: every `text:p` and `text:h` of the body in order, one
 * per line, following ODF's white-space rules (runs of spaces collapse; `text:s`, `text:tab` and
 * `text:line-break` stand for the spaces, tabs and breaks the author typed).
 */
import { XMLParser } from 'fast-xml-parser';

type XmlNode = Record<string, unknown>;

// Parts of the body that hold no reading text: footnote bodies would cut paragraphs in two,
// annotations are comments, tracked changes keep deleted text.
const SKIPPED = new Set([
  'text:note', 'office:annotation', 'office:annotation-end', 'text:tracked-changes',
  'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'office:forms',
]);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true, // only the five predefined entities and character references: DOCTYPEs are refused before parsing
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 1000,
});

/** Paragraph texts of the document body, or null when `xml` is no ODF text document. */
export function odtParagraphs(xml: string): string[] | null {
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) return null;
  const root = parser.parse(xml) as XmlNode[];
  const body = findPath(root, ['office:document-content', 'office:body', 'office:text']);
  if (!body) return null;
  const out: string[] = [];
  collect(body, out);
  return out;
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text');
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const value = node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function findPath(nodes: XmlNode[], path: string[]): XmlNode[] | null {
  let current = nodes;
  for (const tag of path) {
    const next = current.find((n) => tagOf(n) === tag);
    if (!next) return null;
    current = childrenOf(next, tag);
  }
  return current;
}

/** Walks block content (sections, lists, tables, frames) and emits each paragraph. */
function collect(nodes: XmlNode[], out: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag || SKIPPED.has(tag)) continue;
    if (tag === 'text:p' || tag === 'text:h') {
      const nested: XmlNode[][] = [];
      out.push(paragraphText(childrenOf(node, tag), nested));
      // Paragraphs inside a frame anchored in this paragraph follow it.
      for (const block of nested) collect(block, out);
    } else {
      collect(childrenOf(node, tag), out);
    }
  }
}

function paragraphText(nodes: XmlNode[], nested: XmlNode[][]): string {
  const parts: string[] = [];
  // True after collapsible white space, so the next run of it adds nothing.
  let afterSpace = true;
  const walk = (list: XmlNode[]): void => {
    for (const node of list) {
      if (typeof node['#text'] === 'string') {
        const collapsed = node['#text'].replace(/[ \t\r\n]+/gu, ' ');
        const text = afterSpace ? collapsed.replace(/^ /u, '') : collapsed;
        if (text !== '') afterSpace = text.endsWith(' ');
        parts.push(text);
        continue;
      }
      const tag = tagOf(node);
      if (!tag || SKIPPED.has(tag)) continue;
      if (tag === 'text:s') {
        const attrs = node[':@'] as Record<string, string> | undefined;
        const count = Number.parseInt(attrs?.['text:c'] ?? '1', 10);
        parts.push(' '.repeat(Number.isFinite(count) && count > 0 ? Math.min(count, 1000) : 1));
        afterSpace = false;
      } else if (tag === 'text:tab') {
        parts.push('\t');
        afterSpace = false;
      } else if (tag === 'text:line-break') {
        parts.push('\n');
        afterSpace = true;
      } else if (tag === 'draw:frame' || tag === 'draw:text-box') {
        nested.push(childrenOf(node, tag));
      } else {
        walk(childrenOf(node, tag));
      }
    }
  };
  walk(nodes);
  // A trailing collapsible space is not part of the paragraph.
  return parts.join('').replace(/ +$/u, (m) => (afterSpace ? '' : m));
}
