/** Importing a transcript: the document, its speaker turns and its original file, all or nothing. */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { cleanName } from '../names.js';
import type { DocumentRecord, TurnRecord } from '../records.js';
import { caseByLabel } from '../resolve.js';
import { DOCUMENT_KINDS } from '../types.js';
import { defineCommand, projectOf } from './command.js';

const turnSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  speaker: z.string(),
  startMs: z.number().int().nullish(),
  endMs: z.number().int().nullish(),
});

export const importDocument = defineCommand({
  name: 'document.import',
  schema: z.object({
    name: z.string(),
    kind: z.enum(DOCUMENT_KINDS).default('interview'),
    case: z.string().nullish(),
    sequence: z.number().int().nullish(),
    text: z.string(),
    turns: z.array(turnSchema).default([]),
    original: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'the original file bytes'),
    originalName: z.string(),
    mime: z.string(),
    format: z.string(),
    contentHash: z.string(),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  logged: (p, r: DocumentRecord) => ({
    id: r.id, name: r.name, kind: r.kind, case: p.case ?? null, sequence: r.sequence, originalName: p.originalName,
    format: p.format, length: r.length, contentHash: p.contentHash, turns: p.turns.length,
  }),
  async run(ctx, p): Promise<DocumentRecord> {
    const projectId = projectOf(ctx);
    const name = cleanName(p.name, 'document name');
    if ((await ctx.tx.count('document', { projectId, name })) > 0) {
      throw new UserError(`A document named ${quoteName(name)} is already in this project; import it with --name and another name.`);
    }
    if (p.text.trim().length === 0) throw new UserError(`${quoteName(p.originalName)} has no text; nothing was imported.`);
    const caseId = p.case ? (await caseByLabel(ctx.tx, projectId, p.case)).id : null;
    const sequence = p.sequence ?? ((await ctx.tx.max('document', 'sequence', { projectId })) ?? 0) + 1;
    const doc: DocumentRecord = {
      id: ctx.newId(), projectId, name, kind: p.kind, caseId, sequence, text: p.text, length: p.text.length,
      original: p.original, originalName: p.originalName, mime: p.mime, format: p.format,
      contentHash: p.contentHash, createdBy: ctx.actorId, createdAt: ctx.now,
    };
    const turns: TurnRecord[] = p.turns.map((t, idx) => {
      if (t.start >= t.end || t.end > doc.length) throw new Error(`turn ${idx} [${t.start}, ${t.end}) lies outside the text`);
      return {
        id: ctx.newId(), documentId: doc.id, idx, start: t.start, end: t.end, speaker: t.speaker,
        startMs: t.startMs ?? null, endMs: t.endMs ?? null,
      };
    });
    await ctx.tx.insert('document', [doc]);
    if (turns.length) await ctx.tx.insert('turn', turns);
    ctx.patch.created('document', [doc]);
    ctx.patch.created('turn', turns);
    return doc;
  },
});
