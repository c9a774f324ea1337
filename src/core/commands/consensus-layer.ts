/** Writing to the consensus layer: its coder, the compared coders' codings, and agreed codings put there. */
import type { PlacedCoding } from '../../analysis/disagreements.js';
import { describe } from '../anchoring/index.js';
import { UserError } from '../errors.js';
import { phaseOf } from '../phases.js';
import type { CodingRecord, DocumentText, SegmentRecord, UserRecord } from '../records.js';
import { projectById } from '../resolve.js';
import { projectOf, type CommandContext } from './command.js';

/** The name of the consensus layer's coder. */
export const CONSENSUS = 'consensus';

/** Comparing is for after blind coding: during it no one may see, let alone settle, others' codings. */
export async function assertNotBlind(ctx: CommandContext): Promise<void> {
  if (phaseOf((await projectById(ctx.tx, projectOf(ctx))).settings) === 'independent') {
    throw new UserError('The project is in blind coding; an owner moves it to the comparison or consensus phase before disagreements are resolved.');
  }
}

/** The compared coders' codings of a document, with their code ids as `code`. */
export async function placedCodings(ctx: CommandContext, documentId: string, coders: readonly UserRecord[]): Promise<PlacedCoding[]> {
  const codings = await ctx.tx.find('coding', { documentId, coderId: coders.map((c) => c.id) });
  const segments = new Map((await ctx.tx.find('segment', { id: [...new Set(codings.map((c) => c.segmentId))] })).map((s) => [s.id, s]));
  const names = new Map(coders.map((c) => [c.id, c.name]));
  return codings.flatMap((c) => {
    const s = segments.get(c.segmentId);
    return s && !s.orphaned ? [{ id: c.id, coder: names.get(c.coderId)!, code: c.codeId, start: s.start, end: s.end }] : [];
  });
}

/** The consensus layer's coder, made on first use and a member of the project as a coder. */
export async function consensusCoder(ctx: CommandContext): Promise<UserRecord> {
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

/** Put codings into the consensus layer (each code and span once); the segments they sit on, and how many were new. */
export async function writeConsensus(
  ctx: CommandContext, doc: DocumentText, consensus: UserRecord, wanted: readonly { codeId: string; start: number; end: number }[],
): Promise<{ segments: SegmentRecord[]; created: number }> {
  const projectId = projectOf(ctx);
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
  return { segments, created };
}
