/**
 * The places where a project's coders differ, document by document, each with the text it spans
 * and whether the consensus layer already holds codings there (resolved).
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

export interface Disagreements { coders: string[]; places: DisagreementPlace[]; open: number; resolved: number }

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
  const places: DisagreementPlace[] = [];
  for (const [document, codings] of byDocument) {
    await giveWay();
    const differing = placesOf(codings, coders).filter((p) => !p.agree);
    if (differing.length === 0) continue;
    const doc = await db.selectFrom('document').select('text').where('projectId', '=', projectId).where('name', '=', document).executeTakeFirstOrThrow();
    const consensus = agreed.get(document) ?? [];
    for (const p of differing) {
      const text = doc.text.slice(p.start, p.end);
      places.push({
        document, start: p.start, end: p.end, text: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
        resolved: consensus.some((c) => c.start < p.end && p.start < c.end),
        byCoder: Object.fromEntries(Object.entries(p.byCoder).map(([coder, list]) => [coder, list.map(({ code, start, end }) => ({ code, start, end }))])),
      });
    }
  }
  const resolved = places.filter((p) => p.resolved).length;
  return { coders, places, open: places.length - resolved, resolved };
}
