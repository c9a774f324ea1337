/**
 * Relations: typed links between codes (or segments, or a memo and anything), each with a note
 * on why and segments cited as evidence. Axial coding writes these; models draw them.
 */
import { z } from 'zod';
import { UserError } from '../errors.js';
import { MAX_TEXT } from '../names.js';
import type { RelationEnd, RelationEvidenceRecord, RelationRecord, RelationTypeRecord } from '../records.js';
import { changeVersioned } from './change.js';
import { defineCommand, projectOf, type CommandContext } from './command.js';
import { targetId } from './memos.js';
import { relationTypeNamed } from './relation-types.js';
import { checkVersion, expectedVersion } from './versions.js';

const END_TYPES = ['code', 'segment', 'memo'] as const;
export const endSchema = z.object({ type: z.enum(END_TYPES), ref: z.string() });
export type EndRef = z.infer<typeof endSchema>;

const WORDS: Record<RelationEnd, string> = { code: 'a code', segment: 'a segment', memo: 'a memo' };

/** The object at one end of a relation, checked to be in the project. */
export async function endId(ctx: CommandContext, end: EndRef): Promise<string> {
  return targetId(ctx, end);
}

function cleanMemo(raw: string): string {
  const m = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (m.length > MAX_TEXT) throw new UserError(`The relation's memo has ${m.length} characters; keep it under ${MAX_TEXT} or write a memo and link it.`);
  return m;
}

/** Refuse a link of an object to itself, of mismatched kinds, or one that already exists. */
async function checkNew(ctx: CommandContext, type: RelationTypeRecord, from: { type: RelationEnd; id: string }, to: { type: RelationEnd; id: string }, except?: string): Promise<void> {
  if (from.id === to.id) throw new UserError('A relation links two different things; choose another target.');
  if (from.type !== to.type && from.type !== 'memo' && to.type !== 'memo') {
    throw new UserError(`A relation links ${WORDS[from.type]} with another of its kind (or a memo with anything); ${WORDS[from.type]} cannot be linked to ${WORDS[to.type]}.`);
  }
  const same = [
    ...(await ctx.tx.find('relation', { typeId: type.id, sourceId: from.id, targetId: to.id })),
    ...(type.symmetric ? await ctx.tx.find('relation', { typeId: type.id, sourceId: to.id, targetId: from.id }) : []),
  ].filter((r) => r.id !== except);
  if (same.length) throw new UserError(`That relation (${type.name}) already exists; edit its memo instead.`);
}

export const addRelation = defineCommand({
  name: 'relation.add',
  schema: z.object({
    from: endSchema, type: z.string(), to: endSchema,
    memo: z.string().nullish(),
    /** Segment ids cited as evidence. */
    evidence: z.array(z.string()).max(500).nullish(),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<RelationRecord & { evidence: string[] }> {
    const projectId = projectOf(ctx);
    const type = await relationTypeNamed(ctx, p.type);
    const from = { type: p.from.type, id: await endId(ctx, p.from) };
    const to = { type: p.to.type, id: await endId(ctx, p.to) };
    await checkNew(ctx, type, from, to);
    const relation: RelationRecord = {
      id: ctx.newId(), projectId, typeId: type.id, sourceType: from.type, sourceId: from.id, targetType: to.type, targetId: to.id,
      memo: cleanMemo(p.memo ?? ''), createdBy: ctx.actorId, createdAt: ctx.now, version: 1,
    };
    await ctx.tx.insert('relation', [relation]);
    ctx.patch.created('relation', [relation]);
    const evidence = await cite(ctx, relation, p.evidence ?? []);
    return { ...relation, evidence: evidence.map((e) => e.segmentId) };
  },
});

/** A relation of the project by id. */
export async function relationById(ctx: CommandContext, id: string): Promise<RelationRecord> {
  const r = await ctx.tx.get('relation', id);
  if (!r || r.projectId !== projectOf(ctx)) throw new UserError('That relation does not exist (it may have been deleted); list relations with `sparks relation list`.');
  return r;
}

export const editRelation = defineCommand({
  name: 'relation.edit',
  schema: z.object({ relation: z.string(), type: z.string().nullish(), memo: z.string().nullish(), reverse: z.boolean().nullish(), version: expectedVersion }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<RelationRecord> {
    const r = await relationById(ctx, p.relation);
    checkVersion(r, p.version, 'The relation');
    const fields: Partial<RelationRecord> = {};
    const type = p.type ? await relationTypeNamed(ctx, p.type) : null;
    if (type && type.id !== r.typeId) fields.typeId = type.id;
    if (p.memo != null && cleanMemo(p.memo) !== r.memo) fields.memo = cleanMemo(p.memo);
    if (p.reverse) Object.assign(fields, { sourceType: r.targetType, sourceId: r.targetId, targetType: r.sourceType, targetId: r.sourceId });
    if (Object.keys(fields).length === 0) return r;
    const next = { ...r, ...fields };
    if (fields.typeId || p.reverse) {
      await checkNew(ctx, type ?? (await ctx.tx.get('relation_type', r.typeId))!, { type: next.sourceType, id: next.sourceId }, { type: next.targetType, id: next.targetId }, r.id);
    }
    return changeVersioned(ctx, 'relation', r, fields, 'The relation');
  },
});

export const deleteRelation = defineCommand({
  name: 'relation.delete',
  schema: z.object({ relation: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<RelationRecord> {
    const r = await relationById(ctx, p.relation);
    const evidence = await ctx.tx.find('relation_evidence', { relationId: r.id });
    await ctx.tx.remove('relation_evidence', evidence.map((e) => e.id));
    ctx.patch.deleted('relation_evidence', evidence);
    await ctx.tx.remove('relation', [r.id]);
    ctx.patch.deleted('relation', [r]);
    return r;
  },
});

/** Cite segments as evidence of a relation (those cited already are left as they are). */
async function cite(ctx: CommandContext, relation: RelationRecord, segmentIds: readonly string[]): Promise<RelationEvidenceRecord[]> {
  const rows: RelationEvidenceRecord[] = [];
  for (const ref of segmentIds) {
    const segmentId = await targetId(ctx, { type: 'segment', ref });
    if (rows.some((e) => e.segmentId === segmentId) || (await ctx.tx.count('relation_evidence', { relationId: relation.id, segmentId })) > 0) continue;
    rows.push({ id: ctx.newId(), relationId: relation.id, segmentId });
  }
  if (rows.length) {
    await ctx.tx.insert('relation_evidence', rows);
    ctx.patch.created('relation_evidence', rows);
  }
  return rows;
}

export const citeEvidence = defineCommand({
  name: 'relation.cite',
  schema: z.object({ relation: z.string(), segments: z.array(z.string()).min(1).max(500) }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ relation: string; cited: number }> {
    const r = await relationById(ctx, p.relation);
    const rows = await cite(ctx, r, p.segments);
    if (rows.length === 0) throw new UserError('Those segments are cited already; nothing changed.');
    return { relation: r.id, cited: rows.length };
  },
});

export const uncite = defineCommand({
  name: 'relation.uncite',
  schema: z.object({ relation: z.string(), segment: z.string() }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<RelationEvidenceRecord> {
    const r = await relationById(ctx, p.relation);
    const [row] = await ctx.tx.find('relation_evidence', { relationId: r.id, segmentId: p.segment });
    if (!row) throw new UserError('That segment is not cited for this relation, so nothing changed; `sparks relation list --json` lists the evidence.');
    await ctx.tx.remove('relation_evidence', [row.id]);
    ctx.patch.deleted('relation_evidence', [row]);
    return row;
  },
});
