/**
 * Coding many spans at once — auto-coding search hits, or loading a study — as one command, so one
 * undo reverts all of it. Spans already coded with the same code by the same coder are skipped.
 */
import { z } from 'zod';
import { describe, snapToGraphemes } from '../anchoring/index.js';
import { UserError, quoteName } from '../errors.js';
import type { CodeRecord, CodingRecord, DocumentText, SegmentRecord, UserRecord } from '../records.js';
import { codeByPath, documentByName, userByName } from '../resolve.js';
import { actsForTeam, assertMayCodeAs } from './coding-owner.js';
import { assertAssigned } from './phases.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';

export const MAX_BULK_CODINGS = 100_000;

const item = z.object({ document: z.string(), start: z.number().int(), end: z.number().int(), code: z.string() });
type Item = z.infer<typeof item>;

export interface AppliedMany { applied: number; skipped: number; segments: number; codes: string[]; documents: number }

export const applyMany = defineCommand({
  name: 'coding.applyMany',
  schema: z.object({ items: z.array(item).min(1).max(MAX_BULK_CODINGS), coder: z.string().nullish() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  logged: (p, r: AppliedMany) => ({ coder: p.coder ?? null, ...r, codes: r.codes.slice(0, 20) }),
  async run(ctx, p): Promise<AppliedMany> {
    const projectId = projectOf(ctx);
    const coder = p.coder ? await userByName(ctx.tx, p.coder) : await ctx.tx.get('user', ctx.actorId);
    if (!coder) throw new Error('acting user missing');
    assertMayCodeAs(ctx, coder.id, coder.name);
    await ensureMember(ctx, coder);
    const docs = new Map<string, DocumentText>();
    const codes = new Map<string, CodeRecord>();
    for (const it of p.items) {
      if (!docs.has(it.document)) {
        const doc = await documentByName(ctx.tx, projectId, it.document);
        await assertAssigned(ctx, doc, coder.id, actsForTeam(ctx));
        docs.set(it.document, doc);
      }
      if (!codes.has(it.code)) codes.set(it.code, await codeByPath(ctx.tx, projectId, it.code));
    }
    const byDoc = new Map<string, Item[]>();
    for (const it of p.items) byDoc.set(it.document, [...(byDoc.get(it.document) ?? []), it]);
    const out: AppliedMany = { applied: 0, skipped: 0, segments: 0, codes: [...codes.keys()], documents: byDoc.size };
    for (const [name, items] of byDoc) {
      const r = await codeDocument(ctx, docs.get(name)!, items, codes, coder);
      out.applied += r.applied;
      out.skipped += r.skipped;
      out.segments += r.segments;
    }
    return out;
  },
});

async function ensureMember(ctx: CommandContext, coder: UserRecord): Promise<void> {
  const projectId = projectOf(ctx);
  if ((await ctx.tx.count('membership', { projectId, userId: coder.id })) > 0) return;
  const member = { id: ctx.newId(), projectId, userId: coder.id, role: 'coder' as const };
  await ctx.tx.insert('membership', [member]);
  ctx.patch.created('membership', [member]);
}

/** One document's spans: reuse the coder's segment of the same span, write new rows in batches. */
async function codeDocument(
  ctx: CommandContext, doc: DocumentText, items: readonly Item[], codes: ReadonlyMap<string, CodeRecord>, coder: UserRecord,
): Promise<{ applied: number; skipped: number; segments: number }> {
  const projectId = projectOf(ctx);
  const existing = await ctx.tx.find('segment', { documentId: doc.id, createdBy: coder.id });
  const segments = new Map(existing.map((s) => [`${s.start}:${s.end}`, s]));
  const coded = new Set(
    (existing.length ? await ctx.tx.find('coding', { segmentId: existing.map((s) => s.id), coderId: coder.id }) : [])
      .map((c) => `${c.segmentId}:${c.codeId}`),
  );
  const newSegments: SegmentRecord[] = [];
  const newCodings: CodingRecord[] = [];
  let skipped = 0;
  for (const it of items) {
    if (it.start < 0 || it.end > doc.length || it.start >= it.end) {
      throw new UserError(`The range ${it.start}–${it.end} is not inside ${quoteName(doc.name)}, which has ${doc.length} characters; nothing was coded.`);
    }
    const { start, end } = snapToGraphemes(doc.text, it.start, it.end);
    let segment = segments.get(`${start}:${end}`);
    if (!segment) {
      segment = { id: ctx.newId(), projectId, documentId: doc.id, ...describe(doc.text, start, end), createdBy: coder.id, createdAt: ctx.now, orphaned: 0 };
      segments.set(`${start}:${end}`, segment);
      newSegments.push(segment);
    }
    const code = codes.get(it.code)!;
    const key = `${segment.id}:${code.id}`;
    if (coded.has(key)) {
      skipped++;
      continue;
    }
    coded.add(key);
    newCodings.push({ id: ctx.newId(), projectId, segmentId: segment.id, documentId: doc.id, codeId: code.id, coderId: coder.id, createdAt: ctx.now });
  }
  if (newSegments.length) {
    await ctx.tx.insert('segment', newSegments);
    ctx.patch.created('segment', newSegments);
  }
  if (newCodings.length) {
    await ctx.tx.insert('coding', newCodings);
    ctx.patch.created('coding', newCodings);
  }
  return { applied: newCodings.length, skipped, segments: newSegments.length };
}
