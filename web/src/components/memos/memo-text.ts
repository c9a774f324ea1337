/** Words and small text helpers shared by the memo views. */
import { MEMO_TYPES, type MemoType } from '../../../../src/core/types.js';
import type { MemoListing } from '../../api.js';

export { MEMO_TYPES, type MemoType };

/** How each memo type is shown, and what a grounded-theory study writes in it. */
export const MEMO_TYPE_INFO: Record<MemoType, { label: string; hint: string }> = {
  reflexive: { label: 'Reflexive', hint: 'Your own position, reactions and assumptions as a researcher' },
  theoretical: { label: 'Theoretical', hint: 'Ideas about categories, their properties and how they relate' },
  methodological: { label: 'Methodological', hint: 'Decisions about sampling, interviewing, coding and saturation' },
  'code-definition': { label: 'Code definition', hint: 'What a code means, when to apply it and when not' },
  free: { label: 'Free', hint: 'Anything else worth keeping' },
};

export function typeLabel(type: string): string {
  return MEMO_TYPE_INFO[type as MemoType]?.label ?? type;
}

/** Lower case without accents, so "reflexion" finds "Reflexión". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a memo's title or body contains every word of the query, accents and case aside. */
export function matchesSearch(memo: Pick<MemoListing, 'title' | 'body'>, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${memo.title}\n${memo.body}`);
  return words.every((w) => haystack.includes(w));
}

/** The first non-empty line of Markdown, without its heading or list marks. */
export function firstLine(body: string, max = 120): string {
  const line = body.split('\n').map((l) => l.replace(/^\s*(#{1,6}\s+|[-*+>]\s+|\d+[.)]\s+)*/, '').trim()).find(Boolean) ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Newest change first. */
export function byLastChange(a: Pick<MemoListing, 'updatedAt'>, b: Pick<MemoListing, 'updatedAt'>): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
}
