/**
 * Documents as REFI-QDA sources. A text document is a text source with its segments as selections.
 * A recording or picture brought in from another program goes out as what it was: its transcript
 * (or description) with the segments on it, its own file when Sparks kept it, and, when it had no
 * transcript, the codings of its one line as codings of the whole source.
 */
import { isMediaPlaceholder, mediaFileName } from '../../core/media.js';
import type { CodingRecord, SegmentRecord } from '../../core/records.js';
import type { RefiCoding, RefiSelection, RefiSource, RefiVariableValue } from '../../core/refi.js';
import type { RefiRows } from './refi-rows.js';

type Document = RefiRows['documents'][number];

/** A selection's name is its text when that is short and on one line, as other programs show it. */
const selectionName = (exact: string): string => (exact.length <= 100 && !/[\r\n\t]/.test(exact) ? exact : '');

/** A file name that stays inside the folder it is put in, on any system. */
const SAFE_NAME = /^(?!\.+$)[^\\/:*?"<>|\u0000-\u001f]{1,200}$/u;

function groupBy<T extends { documentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.documentId);
    if (list) list.push(r);
    else out.set(r.documentId, [r]);
  }
  return out;
}

export function sourcesOf(rows: RefiRows, refs: (id: string) => string[], variables: (d: Document) => RefiVariableValue[]): RefiSource[] {
  const codingsOf = new Map<string, CodingRecord[]>();
  for (const c of rows.codings) codingsOf.set(c.segmentId, [...(codingsOf.get(c.segmentId) ?? []), c]);
  const codings = (s: SegmentRecord): RefiCoding[] => (codingsOf.get(s.id) ?? []).map((c) => ({ guid: c.id, code: c.codeId, createdBy: c.coderId, createdAt: c.createdAt }));
  const mediaNames = new Set<string>();
  const segmentsOf = groupBy(rows.segments);
  const turnsOf = groupBy(rows.timedTurns);
  return rows.documents.map((d): RefiSource => {
    const segments = segmentsOf.get(d.id) ?? [];
    const selections = segments.map((s): RefiSelection => ({
      guid: s.id, name: selectionName(s.exact), start: s.start, end: s.end, anchor: 'position',
      createdBy: s.createdBy, createdAt: s.createdAt, noteRefs: refs(s.id), codings: codings(s),
    }));
    const base = { guid: d.id, name: d.name, description: '', noteRefs: refs(d.id), variables: variables(d), createdBy: d.createdBy, createdAt: d.createdAt };
    if (!d.mediaKind) {
      const word = rows.wordOriginals.get(d.id);
      return { ...base, kind: 'text', text: d.text, mediaPath: null, original: word ? { path: `${d.id}.docx`, bytes: word.bytes } : null, selections };
    }
    // The media file goes in the archive under its own name (other programs name it by a GUID), else it is referred to beside it.
    const file = rows.mediaFiles.get(d.id);
    let name = mediaFileName(d.mediaPath ?? file?.name ?? d.name);
    // The name becomes a path in the archive: anything that could climb out of sources/ or clash is replaced.
    if (file && (mediaNames.has(name) || !SAFE_NAME.test(name))) name = `${d.id}${/\.[A-Za-z0-9]{1,8}$/u.exec(name)?.[0] ?? ''}`;
    if (file) mediaNames.add(name);
    const untranscribed = isMediaPlaceholder(d.mediaKind, d.text);
    const sync = (turnsOf.get(d.id) ?? []).flatMap((t) => [
      { at: t.start, ms: t.startMs! }, ...(t.endMs === null ? [] : [{ at: t.end, ms: t.endMs }]),
    ]);
    const whole = untranscribed ? segments.flatMap((s) => codings(s).map((c) => ({ ...c, noteRefs: refs(s.id) }))) : [];
    return {
      ...base, kind: d.mediaKind, text: untranscribed ? '' : d.text, original: null,
      mediaPath: file ? `internal://${name}` : d.mediaPath && !/^internal:/iu.test(d.mediaPath) ? d.mediaPath : `relative:///${name}`,
      selections: untranscribed ? [] : selections,
      ...(whole.length ? { codings: whole } : {}),
      ...(sync.length && !untranscribed ? { sync } : {}),
      ...(file ? { media: { path: name, bytes: file.bytes } } : {}),
    };
  });
}
