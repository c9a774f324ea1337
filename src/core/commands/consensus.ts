/**
 * Resolving a disagreement: the codings the team agreed on for one place go to the consensus
 * layer, the codings of the `consensus` coder, from which analyses and reports can then run.
 * Each resolution is one command (logged, undoable), with an optional memo of the discussion.
 */
import { z } from 'zod';
import { chosenCodings, placesOf, type PlacedCoding } from '../../analysis/disagreements.js';
import { describe, snapToGraphemes } from '../anchoring/index.js';
import { UserError, quoteName } from '../errors.js';
import { phaseOf } from '../phases.js';
import type { CodingRecord, MemoRecord, SegmentRecord, UserRecord } from '../records.js';
import { codeByPath, documentByName, projectById, userByName } from '../resolve.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { linkMemo } from './memos.js';

/** The name of the consensus layer's coder. */
export const CONSENSUS = 'consensus';

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
    memo: z.string().max(20_000).nullish(),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ place: { start: number; end: number }; created: number; memo: string | null }> {
    const projectId = projectOf(ctx);
    if (phaseOf((await projectById(ctx.tx, projectId)).settings) === 'independent') {
      throw new UserError('The project is in blind coding; an owner moves it to the comparison or consensus phase before disagreements are resolved.');
    }
    const accept = p.accept ?? [];
    const written = p.codings ?? [];
    if (accept.length === 0 && written.length === 0) throw new UserError('Say what to keep: accept a coder\'s codings, write new ones, or both.');
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
    const consensus = await consensusCoder(ctx);
    const segments: SegmentRecord[] = [];
    let created = 0;
    for (const w of wanted) {
      let segment = (await ctx.tx.find('segment', { documentId: doc.id, start: w.start, end: w.end, createdBy: consensus.id }))[0];
      if (!segment) {
        segment = { id: ctx.newId(), projectId, documentId: doc.id, ...describe(doc.text, w.start, w.end), createdBy: consensus.id, createdAt: ctx.now, orphaned: 0 };
        await ctx.tx.insert('segment', [segment]);
        ctx.patch.created('segment', [segment]);
      }
      if (!segments.some((s) => s.id === segment!.id)) segments.push(segment);
      if ((await ctx.tx.count('coding', { segmentId: segment.id, codeId: w.codeId, coderId: consensus.id })) > 0) continue;
      const coding: CodingRecord = { id: ctx.newId(), projectId, segmentId: segment.id, documentId: doc.id, codeId: w.codeId, coderId: consensus.id, createdAt: ctx.now };
      await ctx.tx.insert('coding', [coding]);
      ctx.patch.created('coding', [coding]);
      created++;
    }
    let memoId: string | null = null;
    if (p.memo?.trim()) {
      const memo: MemoRecord = {
        id: ctx.newId(), projectId, title: `Consensus on ${doc.name}, ${place.start}–${place.end}`, body: p.memo.normalize('NFC').trim(),
        type: 'methodological', authorId: ctx.actorId, createdAt: ctx.now, updatedAt: ctx.now,
      };
      await ctx.tx.insert('memo', [memo]);
      ctx.patch.created('memo', [memo]);
      await linkMemo(ctx, memo, segments.map((s) => ({ type: 'segment' as const, ref: s.id })));
      memoId = memo.id;
    }
    return { place: { start: place.start, end: place.end }, created, memo: memoId };
  },
});

/** The compared coders' codings of a document, with their code ids as `code`. */
async function placedCodings(ctx: CommandContext, documentId: string, coders: readonly UserRecord[]): Promise<PlacedCoding[]> {
  const codings = await ctx.tx.find('coding', { documentId, coderId: coders.map((c) => c.id) });
  const segments = new Map((await ctx.tx.find('segment', { id: [...new Set(codings.map((c) => c.segmentId))] })).map((s) => [s.id, s]));
  const names = new Map(coders.map((c) => [c.id, c.name]));
  return codings.flatMap((c) => {
    const s = segments.get(c.segmentId);
    return s && !s.orphaned ? [{ id: c.id, coder: names.get(c.coderId)!, code: c.codeId, start: s.start, end: s.end }] : [];
  });
}

/** The consensus layer's coder, made on first use and a member of the project as a coder. */
async function consensusCoder(ctx: CommandContext): Promise<UserRecord> {
  const projectId = projectOf(ctx);
  let [user] = await ctx.tx.find('user', { name: CONSENSUS });
  if (!user) {
    // An account nobody can log in to (no password, not the local owner); kept even if undone.
    user = { id: ctx.newId(), name: CONSENSUS, email: null, passwordHash: null, isAdmin: 0, isLocalOwner: 0, createdAt: ctx.now };
    await ctx.tx.insert('user', [user]);
  }
  if ((await ctx.tx.count('membership', { projectId, userId: user.id })) === 0) {
    const m = { id: ctx.newId(), projectId, userId: user.id, role: 'coder' as const };
    await ctx.tx.insert('membership', [m]);
    ctx.patch.created('membership', [m]);
  }
  return user;
}

