/** What every part of the reader shares: GUID handling, dates, and the list of warnings. */
import { v5 } from 'uuid';
import { normGuid } from './guid.js';
import type { RefiVariableValue } from './types.js';
import { kids, type XmlNode } from './xml.js';

// Any fixed namespace will do: it only makes stand-in GUIDs the same on every read of a file.
const STAND_IN_NAMESPACE = '5c0d1f0e-3a57-4f6b-9d2e-7b1a0c9e4f21';

/** Collects warnings; repeated problems are counted and reported once with their number. */
export class Warnings {
  private readonly lines: string[] = [];
  private readonly counted = new Map<string, { n: number; say: (n: number) => string }>();
  add(line: string): void { if (!this.lines.includes(line)) this.lines.push(line); }
  count(key: string, say: (n: number) => string, n = 1): void {
    if (n <= 0) return;
    const c = this.counted.get(key);
    if (c) c.n += n;
    else this.counted.set(key, { n, say });
  }
  list(): string[] { return [...this.lines, ...[...this.counted.values()].map((c) => c.say(c.n))]; }
}

/** "1 code", "3 codes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Reads GUIDs; a value that is not a GUID gets a stand-in derived from it, the same wherever it appears. */
export class Ids {
  constructor(private readonly warnings: Warnings) {}
  /** The canonical GUID an attribute gives, a stand-in for a malformed one, or null when absent. */
  of(value: string | undefined): string | null {
    if (value === undefined || value.trim() === '') return null;
    const g = normGuid(value);
    if (g) return g;
    this.warnings.count('bad-guid', (n) => `${plural(n, 'identifier')} in the file ${n === 1 ? 'is' : 'are'} not a valid GUID; Sparks gave ${n === 1 ? 'it a stand-in' : 'them stand-ins'}.`);
    return v5(value.trim(), STAND_IN_NAMESPACE);
  }
  /** The element's own `guid`, or a stand-in made from where it sits when it has none. */
  own(node: XmlNode, where: string): string {
    return this.of(node.attrs.guid) ?? v5(`missing:${where}`, STAND_IN_NAMESPACE);
  }
  /** Targets of child references (`NoteRef`, `CodeRef`, …). */
  refs(node: XmlNode | undefined, name: string): string[] {
    return kids(node, name).map((r) => this.of(r.attrs.targetGUID ?? r.attrs.guid)).filter((g): g is string => g !== null);
  }
}

/** A date-time attribute as written when it parses as one, else null. */
export function dateOf(value: string | undefined): string | null {
  if (!value) return null;
  return Number.isNaN(Date.parse(value)) ? null : value.trim();
}

/** Notes elements Sparks does not know, counted per name, so nothing vanishes unmentioned. */
export function unknownChildren(node: XmlNode, known: ReadonlySet<string>, warnings: Warnings): void {
  for (const child of node.children) {
    if (known.has(child.name)) continue;
    warnings.count(`unknown:${node.name}/${child.name}`, (n) => `${plural(n, `<${child.name}> element`)} in <${node.name}> ${n === 1 ? 'is' : 'are'} not part of what Sparks reads and ${n === 1 ? 'was' : 'were'} left out.`);
  }
}

/** `VariableValue` children: the variable's GUID and the value as written, whatever its type. */
export function readValues(node: XmlNode, ids: Ids): RefiVariableValue[] {
  const out: RefiVariableValue[] = [];
  for (const v of kids(node, 'VariableValue')) {
    const variable = ids.refs(v, 'VariableRef')[0];
    const value = v.children.find((c) => c.name !== 'VariableRef');
    if (variable) out.push({ variable, value: value?.text.trim() ?? '' });
  }
  return out;
}
