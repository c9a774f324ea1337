/**
 * Resolving a disagreement: the codings the team agreed on for one place go to the consensus
 * layer, the codings of the `consensus` coder, from which analyses and reports can then run; or
 * the team agrees the place stays uncoded, and that decision is kept. Each resolution is one
 * command (logged, undoable), with an optional memo of the discussion.
 */
import { z } from 'zod';
import { chosenCodings, placesOf } from '../../analysis/disagreements.js';
import { snapToGraphemes } from '../anchoring/index.js';
import { UserError, quoteName } from '../errors.js';
import type { DismissedPlaceRecord, MemoRecord } from '../records.js';
import { codeByPath, documentByName, userByName } from '../resolve.js';
import { defineCommand, projectOf } from './command.js';
import { assertNotBlind, consensusCoder, placedCodings, writeConsensus } from './consensus-layer.js';
import { linkMemo, type LinkRef } from './memos.js';

export { CONSENSUS } from './consensus-layer.js';

const span = z.object({ code: z.string(), start: z.number().int(), end: z.number().int() });

export const resolveDisagreement = defineCommand({
  name: 'consensus.resolve',
  schema: z.object({
    document: z.string(),
    /** Any position inside the place to resolve, and the coders compared. */
    at: z.number().int(),
    coders: z.array(z.string()).min(2).max(20),
    /** Take these coders' codings of the place (one: accept theirs; several: accept both)… */
    accept: z.array(z.string()).max(20).nullish(),
    /** …and/or these codings, written anew. */
    codings: z.array(span).max(100).nullish(),
    /** …or nothing: the team agrees the place stays uncoded. */
    dismiss: z.boolean().nullish(),
    memo: z.string().max(20_000).nullish(),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ place: { start: number; end: number }; created: number; dismissed: boolean; memo: string | null }> {
    const projectId = projectOf(ctx);
    await assertNotBlind(ctx);
    const accept = p.accept ?? [];
    const written = p.codings ?? [];
    if (p.dismiss && (accept.length || written.length)) throw new UserError('Either keep codings or leave the place uncoded, not both; choose one.');
    if (!p.dismiss && accept.length === 0 && written.length === 0) throw new UserError('Say what to keep: accept a coder\'s codings, write new ones, both, or leave the place uncoded.');
    for (const name of accept) if (!p.coders.includes(name)) throw new UserError(`${quoteName(name)} is not among the coders compared; accept one of ${p.coders.join(', ')}.`);
    const doc = await documentByName(ctx.tx, projectId, p.document);
    const coders = await Promise.all(p.coders.map((n) => userByName(ctx.tx, n)));
    const placed = await placedCodings(ctx, doc.id, coders);
    const place = placesOf(placed, p.coders).find((x) => x.start <= p.at && p.at < x.end);
    if (!place) throw new UserError(`None of these coders coded position ${p.at} of ${quoteName(doc.name)}; choose a place from \`sparks disagreements\`.`);
    const wanted: { codeId: string; start: number; end: number }[] = chosenCodings(place, accept).map((c) => ({ codeId: c.code, start: c.start, end: c.end }));
    for (const w of written) {
      if (w.start < 0 || w.end > doc.length || w.start >= w.end) throw new UserError(`The range ${w.start}–${w.end} is not inside ${quoteName(doc.name)}; give 0 ≤ start < end ≤ ${doc.length}.`);
      wanted.push({ codeId: (await codeByPath(ctx.tx, projectId, w.code)).id, ...snapToGraphemes(doc.text, w.start, w.end) });
    }
    let links: LinkRef[] = [{ type: 'document', ref: doc.name }];
    let created = 0;
    if (p.dismiss) {
      const row: DismissedPlaceRecord = { id: ctx.newId(), projectId, documentId: doc.id, start: place.start, end: place.end, createdBy: ctx.actorId, createdAt: ctx.now };
      await ctx.tx.insert('dismissed_place', [row]);
      ctx.patch.created('dismissed_place', [row]);
    } else {
      const kept = await writeConsensus(ctx, doc, await consensusCoder(ctx), wanted);
      created = kept.created;
      links = kept.segments.map((s) => ({ type: 'segment' as const, ref: s.id }));
    }
    let memoId: string | null = null;
    if (p.memo?.trim()) {
      const memo: MemoRecord = {
        id: ctx.newId(), projectId, title: `Consensus on ${doc.name}, ${place.start}–${place.end}`, body: p.memo.normalize('NFC').trim(),
        type: 'methodological', authorId: ctx.actorId, createdAt: ctx.now, updatedAt: ctx.now,
      };
      await ctx.tx.insert('memo', [memo]);
      ctx.patch.created('memo', [memo]);
      await linkMemo(ctx, memo, links);
      memoId = memo.id;
    }
    return { place: { start: place.start, end: place.end }, created, dismissed: !!p.dismiss, memo: memoId };
  },
});
