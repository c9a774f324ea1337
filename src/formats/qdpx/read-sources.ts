/**
 * Sources and their selections. Positions are not placed here: the convention is decided for the
 * whole project once every text is known (see read-project), so selections stay raw until then.
 */
import { dateOf, Ids, plural, readValues, unknownChildren, Warnings } from './common.js';
import { readCodings, readSelection, type RawSelection } from './read-selection.js';
import { syncPoints, TRANSCRIPT_PARTS, transcriptSelections } from './read-transcript.js';
import { countSelections, fileOf, readBody, skippedWarning, type SourceFiles, type TextBody } from './read-text.js';
import type { TextMap } from './positions.js';
import type { RefiSource, RefiSourceKind } from './types.js';
import { kid, kidText, kids, type XmlNode } from './xml.js';

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
  const transcript = (kind === 'audio' || kind === 'video') && body && holder ? holder : null;
  if (transcript) unknownChildren(transcript, TRANSCRIPT_PARTS, warnings);
  const media = kind === 'text' || kind === 'pdf' ? null : fileOf(files, node.attrs.path);
  const source: RefiSource = {
    guid: ids.own(node, `source/${i}`),
    name,
    kind,
    // A transcript's own comment and notes are about the recording, which is this one document.
    description: [kidText(node, 'Description'), transcript ? kidText(transcript, 'Description') : ''].filter(Boolean).join('\n\n'),
    text: body?.map.text ?? '',
    original: body?.original ?? null,
    mediaPath: kind === 'text' || kind === 'pdf' ? null : (node.attrs.path ?? node.attrs.currentPath ?? null),
    selections: [],
    noteRefs: [...ids.refs(node, 'NoteRef'), ...(transcript ? ids.refs(transcript, 'NoteRef') : [])],
    variables: readValues(node, ids),
    createdBy: ids.of(node.attrs.creatingUser),
    createdAt: dateOf(node.attrs.creationDateTime),
    ...(wholeCodings.length > 0 ? { codings: wholeCodings } : {}),
    ...(media ? { media } : {}),
  };
  const raw = body && holder ? kids(holder, 'PlainTextSelection').map((s, k) => readSelection(s, `${source.guid}/${k}`, ids, warnings)) : [];
  if (kind === 'audio' || kind === 'video') raw.push(...transcriptSelections(node, transcript, label, source.guid, ids, warnings));
  const sync = transcript ? [...syncPoints(transcript, ids).values()].filter((p): p is { position: number; ms: number } => p.ms !== null) : [];
  return { source, map: body?.map ?? null, raw, sync };
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

function baseName(path: string | undefined): string {
  const file = path?.split(/[\\/]/u).pop() ?? '';
  return file.replace(/\.[^.]+$/u, '');
}
