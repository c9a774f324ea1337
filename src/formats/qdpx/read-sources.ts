/**
 * Sources and their selections. Positions are not placed here: the convention is decided for the
 * whole project once every text is known (see read-project), so selections stay raw until then.
 */
import { dateOf, Ids, plural, readValues, unknownChildren, Warnings } from './common.js';
import { countSelections, fileOf, readBody, skippedWarning, type SourceFiles, type TextBody } from './read-text.js';
import type { TextMap } from './positions.js';
import type { RefiCoding, RefiSource, RefiSourceKind } from './types.js';
import { kid, kidText, kids, type XmlNode } from './xml.js';

export interface RawSelection {
  guid: string; name: string; start: number; end: number; description: string;
  createdBy: string | null; createdAt: string | null; codings: RefiCoding[]; noteRefs: string[];
}

/** A source read, with its text map and its selections still in the exporter's positions. */
export interface PendingSource {
  source: RefiSource; map: TextMap | null; raw: RawSelection[];
  /** The kept transcript's timed sync points, still in the exporter's positions. */
  sync: { position: number; ms: number }[];
}

const KINDS: Record<string, RefiSourceKind> = {
  TextSource: 'text', PDFSource: 'pdf', PictureSource: 'picture', AudioSource: 'audio', VideoSource: 'video',
};
const COMMON = ['Description', 'Coding', 'NoteRef', 'VariableValue'];
const PARTS: Record<string, Set<string>> = {
  TextSource: new Set([...COMMON, 'PlainTextContent', 'PlainTextSelection']),
  PDFSource: new Set([...COMMON, 'PDFSelection', 'Representation']),
  PictureSource: new Set([...COMMON, 'TextDescription', 'PictureSelection']),
  AudioSource: new Set([...COMMON, 'Transcript', 'AudioSelection']),
  VideoSource: new Set([...COMMON, 'Transcript', 'VideoSelection']),
};
const DROPPED: Record<string, string> = {
  PDFSelection: 'PDF region selection', PictureSelection: 'picture region selection',
  AudioSelection: 'audio clip selection', VideoSelection: 'video clip selection',
};

/** Archive paths (as the project writes them) of every text, Word and PDF file the sources use. */
export function fileRefs(sources: XmlNode | undefined): string[] {
  const out: string[] = [];
  const walk = (n: XmlNode) => {
    for (const a of ['plainTextPath', 'richTextPath']) if (n.attrs[a]) out.push(n.attrs[a] ?? '');
    if (['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'].includes(n.name) && n.attrs.path) out.push(n.attrs.path);
    n.children.forEach(walk);
  };
  if (sources) walk(sources);
  return out;
}

export async function readSources(sources: XmlNode | undefined, files: SourceFiles, ids: Ids, warnings: Warnings): Promise<PendingSource[]> {
  const out: PendingSource[] = [];
  if (sources) unknownChildren(sources, new Set(Object.keys(KINDS)), warnings);
  for (const [i, node] of kids(sources).entries()) {
    const kind = KINDS[node.name];
    if (!kind) continue;
    unknownChildren(node, PARTS[node.name] ?? new Set(), warnings);
    const pending = await readSource(node, kind, i, files, ids, warnings);
    if (pending) out.push(pending);
  }
  return out;
}

async function readSource(node: XmlNode, kind: RefiSourceKind, i: number, files: SourceFiles, ids: Ids, warnings: Warnings): Promise<PendingSource | null> {
  const name = node.attrs.name?.trim() || baseName(node.attrs.plainTextPath ?? node.attrs.path) || `Source ${i + 1}`;
  const label = `"${name}"`;
  // Counted first so that a source skipped below still accounts for its region and clip selections.
  countDropped(node, warnings);
  // The element whose text the source's text selections index, and that text.
  let holder: XmlNode | undefined = node;
  let body: TextBody | null = null;
  if (kind === 'text') {
    body = await readBody(node, label, files, warnings);
    if (!body) { skippedWarning(warnings, `The text source ${label}`, countSelections(node)); return null; }
  } else if (kind === 'pdf') {
    const pdf = fileOf(files, node.attrs.path);
    holder = kid(node, 'Representation');
    body = holder ? await readBody(holder, label, files, warnings, pdf) : null;
    if (!body && pdf) body = await readBody({ ...node, children: [] }, label, files, warnings, pdf);
    if (!body) { skippedWarning(warnings, `The PDF source ${label}`, countSelections(node)); return null; }
    if (!body.original && pdf) body.original = pdf;
  } else {
    holder = kind === 'picture' ? kid(node, 'TextDescription') : kids(node, 'Transcript')[0];
    body = holder ? await readBody(holder, label, files, warnings) : null;
    const transcripts = kids(node, 'Transcript').length;
    if (transcripts > 1) warnings.add(`${label} has ${transcripts} transcripts; Sparks keeps the first as its text.`);
    if (holder && !body) warnings.add(`The transcript of ${label} is missing from the archive, so it was imported without text.`);
  }
  const wholeCodings = readCodings(node, ids, warnings);
  const media = kind === 'text' || kind === 'pdf' ? null : fileOf(files, node.attrs.path);
  const source: RefiSource = {
    guid: ids.own(node, `source/${i}`),
    name,
    kind,
    description: kidText(node, 'Description'),
    text: body?.map.text ?? '',
    original: body?.original ?? null,
    mediaPath: kind === 'text' || kind === 'pdf' ? null : (node.attrs.path ?? node.attrs.currentPath ?? null),
    selections: [],
    noteRefs: ids.refs(node, 'NoteRef'),
    variables: readValues(node, ids),
    createdBy: ids.of(node.attrs.creatingUser),
    createdAt: dateOf(node.attrs.creationDateTime),
    ...(wholeCodings.length > 0 ? { codings: wholeCodings } : {}),
    ...(media ? { media } : {}),
  };
  const raw = body && holder ? kids(holder, 'PlainTextSelection').map((s, k) => readSelection(s, `${source.guid}/${k}`, ids, warnings)) : [];
  const kept = (kind === 'audio' || kind === 'video') && body && holder ? holder : null;
  if (kind === 'audio' || kind === 'video') raw.push(...transcriptSelections(node, kept, label, source.guid, ids, warnings));
  const sync = kept ? [...syncPoints(kept, ids).values()].filter((p): p is { position: number; ms: number } => p.ms !== null) : [];
  return { source, map: body?.map ?? null, raw, sync };
}

/**
 * A transcript selection runs between two sync points, whose positions count in the transcript's
 * text like any selection's; only the transcript kept as the document's text can hold them.
 */
function transcriptSelections(node: XmlNode, kept: XmlNode | null, label: string, where: string, ids: Ids, warnings: Warnings): RawSelection[] {
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
function syncPoints(transcript: XmlNode, ids: Ids): Map<string, { position: number; ms: number | null }> {
  const out = new Map<string, { position: number; ms: number | null }>();
  for (const p of kids(transcript, 'SyncPoint')) {
    const g = ids.of(p.attrs.guid);
    const position = Number.parseInt(p.attrs.position ?? '', 10);
    const ms = Number.parseInt(p.attrs.timeStamp ?? '', 10);
    if (g && Number.isFinite(position)) out.set(g, { position, ms: Number.isFinite(ms) && ms >= 0 ? ms : null });
  }
  return out;
}

function countDropped(node: XmlNode, warnings: Warnings): void {
  const walk = (n: XmlNode) => {
    for (const c of n.children) {
      const what = DROPPED[c.name];
      if (what) warnings.count(`dropped:${c.name}`, (k) => `${plural(k, what)} ${k === 1 ? 'was' : 'were'} not imported: Sparks codes text only.`);
      walk(c);
    }
  };
  walk(node);
}

function readSelection(node: XmlNode, where: string, ids: Ids, warnings: Warnings): RawSelection {
  unknownChildren(node, new Set(['Description', 'Coding', 'NoteRef']), warnings);
  return {
    guid: ids.own(node, where),
    name: node.attrs.name ?? '',
    start: Number.parseInt(node.attrs.startPosition ?? '', 10),
    end: Number.parseInt(node.attrs.endPosition ?? '', 10),
    description: kidText(node, 'Description'),
    createdBy: ids.of(node.attrs.creatingUser),
    createdAt: dateOf(node.attrs.creationDateTime),
    codings: readCodings(node, ids, warnings),
    noteRefs: ids.refs(node, 'NoteRef'),
  };
}

export function readCodings(node: XmlNode, ids: Ids, warnings: Warnings): RefiCoding[] {
  const out: RefiCoding[] = [];
  for (const [k, c] of kids(node, 'Coding').entries()) {
    const code = ids.refs(c, 'CodeRef')[0];
    if (!code) {
      warnings.count('coding-without-code', (n) => `${plural(n, 'coding')} without a code ${n === 1 ? 'was' : 'were'} left out.`);
      continue;
    }
    const noteRefs = ids.refs(c, 'NoteRef');
    out.push({
      guid: ids.own(c, `coding/${node.attrs.guid ?? ''}/${k}`), code,
      createdBy: ids.of(c.attrs.creatingUser), createdAt: dateOf(c.attrs.creationDateTime),
      ...(noteRefs.length > 0 ? { noteRefs } : {}),
    });
  }
  return out;
}

function baseName(path: string | undefined): string {
  const file = path?.split(/[\\/]/u).pop() ?? '';
  return file.replace(/\.[^.]+$/u, '');
}
