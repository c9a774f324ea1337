/** A recording's transcript: its sync points, and the selections that run between them. */
import { Ids, plural, Warnings } from './common.js';
import { readSelection, type RawSelection } from './read-selection.js';
import { kids, type XmlNode } from './xml.js';

export const TRANSCRIPT_PARTS = new Set(['Description', 'PlainTextContent', 'SyncPoint', 'TranscriptSelection', 'PlainTextSelection', 'NoteRef']);

/**
 * A transcript selection runs between two sync points, whose positions count in the transcript's
 * text like any selection's; only the transcript kept as the document's text can hold them.
 */
export function transcriptSelections(node: XmlNode, kept: XmlNode | null, label: string, where: string, ids: Ids, warnings: Warnings): RawSelection[] {
  const out: RawSelection[] = [];
  let lost = 0;
  let unsynced = 0;
  for (const transcript of kids(node, 'Transcript')) {
    const selections = kids(transcript, 'TranscriptSelection');
    if (transcript !== kept) { lost += selections.length; continue; }
    const at = syncPoints(transcript, ids);
    for (const [k, sel] of selections.entries()) {
      const from = ids.of(sel.attrs.fromSyncPoint);
      const to = ids.of(sel.attrs.toSyncPoint);
      const start = from === null ? 0 : at.get(from)?.position;
      const end = to === null ? undefined : at.get(to)?.position;
      if (start === undefined || end === undefined) { unsynced++; continue; }
      out.push({ ...readSelection(sel, `${where}/t${k}`, ids, warnings), start, end });
    }
  }
  if (lost > 0) warnings.add(`${plural(lost, 'transcript selection')} of ${label} ${lost === 1 ? 'was' : 'were'} not imported: ${lost === 1 ? 'it belongs' : 'they belong'} to a transcript whose text Sparks does not keep.`);
  if (unsynced > 0) warnings.add(`${plural(unsynced, 'transcript selection')} of ${label} ${unsynced === 1 ? 'was' : 'were'} not imported: ${unsynced === 1 ? 'it names' : 'they name'} a sync point its transcript does not have.`);
  return out;
}

/** A transcript's sync points by GUID: where each sits in its text and, when given, its time in milliseconds. */
export function syncPoints(transcript: XmlNode, ids: Ids): Map<string, { position: number; ms: number | null }> {
  const out = new Map<string, { position: number; ms: number | null }>();
  for (const p of kids(transcript, 'SyncPoint')) {
    const g = ids.of(p.attrs.guid);
    const position = Number.parseInt(p.attrs.position ?? '', 10);
    const ms = Number.parseInt(p.attrs.timeStamp ?? '', 10);
    if (g && Number.isFinite(position)) out.set(g, { position, ms: Number.isFinite(ms) && ms >= 0 ? ms : null });
  }
  return out;
}
