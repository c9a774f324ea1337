/** Case attributes are typed from their value so analyses can filter numbers as numbers. */
import type { AttributeType } from './records.js';

export function inferAttributeType(value: string): AttributeType {
  const v = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(v)) return 'number';
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))) return 'date';
  if (/^(true|false)$/i.test(v)) return 'boolean';
  return 'text';
}

/** Parse `KEY=VALUE` as typed on the command line. */
export function parseAttributeAssignment(raw: string): { key: string; value: string } | undefined {
  const eq = raw.indexOf('=');
  if (eq <= 0) return undefined;
  return { key: raw.slice(0, eq).trim(), value: raw.slice(eq + 1).trim() };
}
