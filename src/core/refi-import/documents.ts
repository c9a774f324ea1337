/**
 * Sources as documents, and their selections as segments with codings. Sparks keeps one segment
 * per coder, so a selection coded by two people becomes two segments over the same words.
 */
import { describe } from '../anchoring/describe.js';
import { mediaFileName, mediaMime, mediaPlaceholder } from '../media.js';
import { cleanName } from '../names.js';
import type { CodingRecord, DocumentRecord, SegmentRecord, TurnRecord } from '../records.js';
import type { RefiSelection, RefiSource } from '../refi.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../types.js';
import { userOf } from './people.js';
import { idOf, plural, uniqueName, warnMany, type ImportState } from './state.js';

/** What the store works out for each source before the command runs: its hash and speaker turns. */
export interface SourceExtras { contentHash: string; turns: { start: number; end: number; speaker: string }[] }

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf', txt: 'text/plain', rtf: 'application/rtf',
};

const baseName = (path: string): string => path.split('/').pop() ?? path;

/** The file kept as the document's original: a recording's or picture's own file, else the source's text file. */
function originalOf(src: RefiSource, name: string): { bytes: Uint8Array; name: string; mime: string } {
  if (src.media) return { bytes: src.media.bytes, name: baseName(src.media.path), mime: mediaMime(src.media.path) };
  if (src.original) {
    const base = baseName(src.original.path);
    const ext = base.split('.').pop()?.toLowerCase() ?? '';
    return { bytes: src.original.bytes, name: base, mime: MIME[ext] ?? 'application/octet-stream' };
  }
  return { bytes: new TextEncoder().encode(src.text), name: `${name}.txt`, mime: 'text/plain' };
}

/** A source's text: its own, or for media without a transcript a line saying what it was. */
function textOf(src: RefiSource): string {
  if (src.text.trim()) return src.text;
  if (src.kind === 'text' || src.kind === 'pdf') return `The document "${src.name}" had no text in the imported project.\n`;
  return mediaPlaceholder(src.kind, src.mediaPath ? mediaFileName(src.mediaPath) : src.name);
}

export async function importDocuments(s: ImportState, extras: Readonly<Record<string, SourceExtras>>, kindVariable: string | null): Promise<void> {
  const { ctx } = s;
  const taken = new Set<string>();
  const caseOf = new Map<string, string>();
  for (const c of s.refi.cases) for (const src of c.sources) if (!caseOf.has(src)) caseOf.set(src, c.guid);
  const media: string[] = [];
  const wholeCoded: string[] = [];
  let sequence = 0;
  for (const src of s.refi.sources) {
    const name = uniqueName(taken, cleanName(src.name.trim() || `Document ${sequence + 1}`, 'document name'));
    const text = textOf(src);
    if (!src.text.trim()) media.push(name);
    const kindValue = src.variables.find((v) => v.variable === kindVariable)?.value;
    const kind: DocumentKind = (DOCUMENT_KINDS as readonly string[]).includes(kindValue ?? '') ? kindValue as DocumentKind : 'interview';
    const original = originalOf(src, name);
    const doc: DocumentRecord = {
      id: ctx.newId(), projectId: s.projectId, name, kind, caseId: idOf(s, caseOf.get(src.guid) ?? `case-of:${src.guid}`, 'case'), sequence: ++sequence,
      text, length: text.length, original: original.bytes, originalName: original.name, mime: original.mime, format: 'qdpx',
      contentHash: extras[src.guid]?.contentHash ?? '', createdBy: userOf(s, src.createdBy), createdAt: src.createdAt ?? ctx.now,
      ...(src.kind === 'text' || src.kind === 'pdf' ? {} : { mediaKind: src.kind, mediaPath: src.mediaPath }),
    };
    await ctx.tx.insert('document', [doc]);
    const detected = (extras[src.guid]?.turns ?? []).filter((t) => t.end <= text.length && t.start < t.end);
    const timed = timeTurns(detected, src.sync ?? []);
    if (timed.untimed) s.warnings.push(`${plural(timed.untimed, 'time', 'times')} in the transcript of "${name}" ${timed.untimed === 1 ? 'falls' : 'fall'} inside a speaker turn; Sparks keeps the time where each turn starts and ends, so ${timed.untimed === 1 ? 'it was' : 'they were'} not kept.`);
    const turns: TurnRecord[] = timed.turns.map((t, idx) => ({ id: ctx.newId(), documentId: doc.id, idx, ...t }));
    if (turns.length) await ctx.tx.insert('turn', turns);
    s.ids.set(src.guid, { kind: 'document', id: doc.id });
    const whole = wholeSelection(src, text);
    if (whole) wholeCoded.push(name);
    await importSelections(s, whole ? [...src.selections, whole] : src.selections, doc);
  }
  s.counts.documents = sequence;
  warnMany(s, wholeCoded.length, ['1 document was coded as a whole in the other program: its codes now code its whole text', '{n} documents were coded as a whole in the other program: their codes now code their whole text'], wholeCoded);
  warnMany(s, media.length, ['1 source had no text (empty, or a picture or recording without a transcript): it is a document that says so, with nothing to code', '{n} sources had no text (empty, or pictures or recordings without a transcript): each is a document that says so, with nothing to code'], media);
}

type Turn = SourceExtras['turns'][number];

/**
 * A transcript's times (its sync points) on its speaker turns: a turn starts at the time of the
 * first sync point inside it and ends at the time of the first one at or after its end.
 */
function timeTurns(turns: readonly Turn[], sync: readonly { at: number; ms: number }[]): { turns: (Turn & { startMs: number | null; endMs: number | null })[]; untimed: number } {
  const used = new Set<number>();
  const out = turns.map((t) => {
    const first = sync.findIndex((p) => p.at >= t.start && p.at < t.end);
    if (first < 0) return { ...t, startMs: null, endMs: null };
    used.add(first);
    const after = sync.findIndex((p) => p.at >= t.end && p.ms >= sync[first]!.ms);
    if (after >= 0) used.add(after);
    return { ...t, startMs: sync[first]!.ms, endMs: after >= 0 ? sync[after]!.ms : null };
  });
  return { turns: out, untimed: sync.length - used.size };
}

/** The key notes on a whole-source coding use for the segment that now stands for it. */
export const wholeKey = (sourceGuid: string): string => `${sourceGuid}#whole`;

/**
 * Codings of a source as a whole become one selection over its text (without the white space
 * around it), so the document counts under those codes as it did in the other program.
 */
function wholeSelection(src: RefiSource, text: string): RefiSelection | null {
  if (!src.codings?.length) return null;
  const start = text.length - text.trimStart().length;
  const end = Math.max(start, text.trimEnd().length);
  return {
    guid: wholeKey(src.guid), name: '', start, end: end > start ? end : text.length, anchor: 'position',
    createdBy: src.createdBy, createdAt: src.createdAt, codings: src.codings, noteRefs: [],
  };
}

async function importSelections(s: ImportState, selections: readonly RefiSelection[], doc: DocumentRecord): Promise<void> {
  const { ctx } = s;
  const segments: SegmentRecord[] = [];
  const codings: CodingRecord[] = [];
  let empty = 0;
  let dangling = 0;
  for (const sel of selections) {
    const start = Math.max(0, Math.min(sel.start, doc.length));
    const end = Math.max(0, Math.min(sel.end, doc.length));
    if (start >= end) {
      empty++;
      continue;
    }
    const place = describe(doc.text, start, end);
    // One segment per coder; a selection nobody coded is its creator's.
    const byCoder = new Map<string, SegmentRecord>();
    const segmentFor = (coderId: string, createdAt: string | null): SegmentRecord => {
      let seg = byCoder.get(coderId);
      if (!seg) {
        seg = { id: ctx.newId(), projectId: s.projectId, documentId: doc.id, ...place, createdBy: coderId, createdAt: createdAt ?? sel.createdAt ?? ctx.now, orphaned: sel.anchor === 'orphaned' ? 1 : 0 };
        byCoder.set(coderId, seg);
        segments.push(seg);
      }
      return seg;
    };
    const seen = new Set<string>();
    for (const c of sel.codings) {
      const codeId = idOf(s, c.code, 'code');
      if (!codeId) {
        dangling++;
        continue;
      }
      const coderId = userOf(s, c.createdBy ?? sel.createdBy);
      const seg = segmentFor(coderId, c.createdAt);
      if (seen.has(`${seg.id}:${codeId}`)) continue;
      seen.add(`${seg.id}:${codeId}`);
      codings.push({ id: ctx.newId(), projectId: s.projectId, segmentId: seg.id, documentId: doc.id, codeId, coderId, createdAt: c.createdAt ?? sel.createdAt ?? ctx.now });
    }
    if (byCoder.size === 0) segmentFor(userOf(s, sel.createdBy), sel.createdAt);
    // Notes, links and graphs name the selection: they get its first segment (its creator's or first coder's).
    s.ids.set(sel.guid, { kind: 'segment', id: [...byCoder.values()][0]!.id });
  }
  if (segments.length) await ctx.tx.insert('segment', segments);
  if (codings.length) await ctx.tx.insert('coding', codings);
  s.counts.segments += segments.length;
  s.counts.codings += codings.length;
  if (empty) s.warnings.push(`${plural(empty, 'selection', 'selections')} of "${doc.name}" covered no text and were left out.`);
  if (dangling) s.warnings.push(`${plural(dangling, 'coding', 'codings')} in "${doc.name}" named a code the file does not define and were left out.`);
}
