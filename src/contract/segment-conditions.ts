/**
 * The parts of the segments query both sides run, kept free of zod so the web app bundles them as
 * they are: modes, page sizes, and attribute conditions such as `yearsOfExperience>=10`.
 */
import type { AttributeCondition, AttributeOperator } from '../store/queries/segments.js';

export const SEGMENT_MODES = ['any', 'all', 'overlap'] as const;
export const OPERATORS: readonly AttributeOperator[] = ['=', '!=', '<', '<=', '>', '>='];
export const PAGE_SIZE = 200;
export const MAX_PAGE = 10_000;

const SYMBOLS: Record<string, AttributeOperator> = { '≠': '!=', '≤': '<=', '≥': '>=' };

/** `key<op>value` (ops `= != < <= > >=`, or `≠ ≤ ≥`), or undefined when it is not of that form. */
export function parseCondition(raw: string): AttributeCondition | undefined {
  const m = /^(.+?)\s*(!=|≠|<=|≤|>=|≥|=|<|>)\s*(.*)$/su.exec(raw.trim());
  if (!m) return undefined;
  const key = m[1]!.trim();
  const value = m[3]!.trim();
  if (!key || !value) return undefined;
  return { key, op: SYMBOLS[m[2]!] ?? (m[2] as AttributeOperator), value };
}

/** The inverse of parseCondition. */
export function formatCondition(c: AttributeCondition): string {
  return `${c.key}${c.op}${c.value}`;
}
