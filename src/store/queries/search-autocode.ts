/**
 * Auto-coding a search: every hit (not only the first page) extended to the chosen unit — the
 * match, its sentence or its speaker turn — coded with one `coding.applyMany` command, so one undo
 * reverts it all. A unit holding several hits is coded once.
 */
import { COMMANDS } from '../../core/commands/index.js';
import { MAX_BULK_CODINGS } from '../../core/commands/codings-bulk.js';
import { UserError } from '../../core/errors.js';
import { sentenceAround, type AutocodeUnit, type Range } from '../../core/search-match.js';
import { execute } from '../execute.js';
import type { Store } from '../store.js';
import { codeIdByPath } from './codes.js';
import { giveWay } from './yield.js';
import {
  codedRanges, documentTexts, matchesIn, passageRows, resolveSearch, type PassageHit, type SearchOptions,
} from './search.js';

export { AUTOCODE_UNITS, type AutocodeUnit } from '../../core/search-match.js';

export interface AutocodeRequest { query: string; options?: SearchOptions; code: string; unit: AutocodeUnit }
/** Codings made, codings that already existed, hits found, and distinct passages coded. */
export interface AutocodeResult { applied: number; skipped: number; hits: number; ranges: number }

type Item = { document: string; start: number; end: number; code: string };
const BATCH = 100;

/** The spans to code for every hit of a search, without duplicates. */
export async function autocodeItems(store: Store, projectId: string, req: AutocodeRequest): Promise<{ items: Item[]; hits: number }> {
  await codeIdByPath(store, projectId, req.code);
  const r = await resolveSearch(store, projectId, req.query, req.options);
  const rows = await passageRows(store, projectId, r);
  const items: Item[] = [];
  const seen = new Set<string>();
  let hits = 0;
  for (let i = 0; i < rows.length; i += BATCH) {
    await giveWay();
    const batch = rows.slice(i, i + BATCH);
    const ids = batch.map((p) => p.documentId);
    const texts = await documentTexts(store, ids);
    const turns = req.unit === 'turn' ? await turnsOf(store, ids) : undefined;
    const inside = r.codeIds ? await codedRanges(store, ids, r.codeIds) : undefined;
    for (const p of batch) {
      const text = texts.get(p.documentId) ?? '';
      for (const m of matchesIn(text, p, r.terms, inside?.get(p.documentId))) {
        hits++;
        const unit = unitOf(req.unit, text, p, m, turns?.get(p.documentId));
        const key = `${p.documentId}:${unit.start}:${unit.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        items.push({ document: p.document, start: unit.start, end: unit.end, code: req.code });
        if (items.length > MAX_BULK_CODINGS) {
          throw new UserError(`The search "${req.query}" finds more than ${MAX_BULK_CODINGS.toLocaleString('en')} passages; narrow it down before auto-coding.`);
        }
      }
    }
  }
  return { items, hits };
}

function unitOf(unit: AutocodeUnit, text: string, p: PassageHit, m: Range, turns?: readonly Range[]): Range {
  if (unit === 'match') return m;
  if (unit === 'sentence') {
    const passage = text.slice(p.start, p.end);
    const s = sentenceAround(passage, m.start - p.start, m.end - p.start);
    // The first sentence of a turn starts with its speaker label ("T: "), which is not what was said.
    const label = p.speaker && passage.startsWith(p.speaker, s.start) ? /^\s*:\s*/u.exec(passage.slice(s.start + p.speaker.length)) : null;
    const skip = label && s.start + p.speaker!.length + label[0].length <= m.start - p.start ? p.speaker!.length + label[0].length : 0;
    return { start: s.start + skip + p.start, end: s.end + p.start };
  }
  // Text outside any turn (a preamble) is coded by its paragraph.
  return turns?.find((t) => t.start <= m.start && m.end <= t.end) ?? { start: p.start, end: p.end };
}

async function turnsOf(store: Store, documentIds: readonly string[]): Promise<Map<string, Range[]>> {
  const rows = await store.adapter.db.selectFrom('turn').select(['documentId', 'start', 'end'])
    .where('documentId', 'in', [...new Set(documentIds)]).orderBy('start').execute();
  const out = new Map<string, Range[]>();
  for (const t of rows) out.set(t.documentId, [...(out.get(t.documentId) ?? []), { start: t.start, end: t.end }]);
  return out;
}

/** Code every hit of a search as `actorId`, in one undoable command. */
export async function autocodeSearch(store: Store, projectId: string, actorId: string, req: AutocodeRequest): Promise<AutocodeResult> {
  const { items, hits } = await autocodeItems(store, projectId, req);
  if (items.length === 0) throw new UserError(`The search "${req.query}" finds nothing to code; nothing changed.`);
  const done = await execute(store, COMMANDS.applyMany, { actorId, projectId, payload: { items } });
  return { applied: done.applied, skipped: done.skipped, hits, ranges: items.length };
}
