/**
 * The places where a project's coders differ, document by document, each with the text it spans
 * and whether the team resolved it (the consensus layer holds codings there, or the team left it
 * uncoded); and how many places where they agree are still to be taken into the consensus layer.
 */
import { placesOf, type PlacedCoding } from '../../analysis/disagreements.js';
import { CONSENSUS } from '../../core/commands/consensus.js';
import type { Store } from '../store.js';
import { projectCodedTexts } from './agreement.js';
import { giveWay } from './yield.js';

export interface DisagreementPlace {
  document: string; start: number; end: number; text: string; resolved: boolean;
  /** Each coder's codings there: code path and span. */
  byCoder: Record<string, { code: string; start: number; end: number }[]>;
}

export interface Disagreements {
  coders: string[]; places: DisagreementPlace[]; open: number; resolved: number;
  /** Places where the coders agree that the consensus layer does not hold yet (`consensus.agree` takes them). */
  agreed: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

const EXCERPT = 400;

export async function disagreementsOf(store: Store, projectId: string, q: { coders: readonly string[]; documents?: readonly string[] }): Promise<Disagreements> {
  const db = store.adapter.db;
  const hasConsensus = !!(await db.selectFrom('user').select('id').where('name', '=', CONSENSUS).executeTakeFirst());
  const coders = q.coders.map((c) => c.normalize('NFC').trim());
  const read = hasConsensus && !coders.includes(CONSENSUS) ? [...coders, CONSENSUS] : coders;
  const { texts } = await projectCodedTexts(store, projectId, { coders: read, ...(q.documents ? { documents: q.documents } : {}) });
  const byDocument = new Map<string, PlacedCoding[]>();
  const agreed = new Map<string, PlacedCoding[]>();
  texts.codings.forEach((c, i) => {
    const into = c.coder === CONSENSUS && !coders.includes(CONSENSUS) ? agreed : byDocument;
    into.set(c.document, [...(into.get(c.document) ?? []), { id: String(i), ...c }]);
  });
  const dismissed = await dismissedPlaces(store, projectId);
  const places: DisagreementPlace[] = [];
  let agreedOpen = 0;
  for (const [document, codings] of byDocument) {
    await giveWay();
    const all = placesOf(codings, coders);
    const decided = [...(agreed.get(document) ?? []), ...(dismissed.get(document) ?? [])];
    agreedOpen += all.filter((p) => p.agree && !decided.some((d) => overlaps(d, p))).length;
    const differing = all.filter((p) => !p.agree);
    if (differing.length === 0) continue;
    const doc = await db.selectFrom('document').select('text').where('projectId', '=', projectId).where('name', '=', document).executeTakeFirstOrThrow();
    for (const p of differing) {
      const text = doc.text.slice(p.start, p.end);
      places.push({
        document, start: p.start, end: p.end, text: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
        resolved: decided.some((d) => overlaps(d, p)),
        byCoder: Object.fromEntries(Object.entries(p.byCoder).map(([coder, list]) => [coder, list.map(({ code, start, end }) => ({ code, start, end }))])),
      });
    }
  }
  const resolved = places.filter((p) => p.resolved).length;
  return { coders, places, open: places.length - resolved, resolved, agreed: agreedOpen };
}

/** The places the team left uncoded, by document name. */
async function dismissedPlaces(store: Store, projectId: string): Promise<Map<string, { start: number; end: number }[]>> {
  const rows = await store.adapter.db.selectFrom('dismissed_place').innerJoin('document', 'document.id', 'dismissed_place.documentId')
    .select(['document.name as name', 'dismissed_place.start', 'dismissed_place.end']).where('dismissed_place.projectId', '=', projectId).execute();
  const out = new Map<string, { start: number; end: number }[]>();
  for (const r of rows) out.set(r.name, [...(out.get(r.name) ?? []), { start: r.start, end: r.end }]);
  return out;
}
