/**
 * Sources in the schema's terms. A text source holds its selections; a recording holds a transcript
 * whose selections run between sync points placed at their ends; a picture holds its description
 * as a text with its selections. Codings of a whole source sit on the source itself.
 */
import { v5 } from 'uuid';
import type { RefiCoding, RefiSelection, RefiSource, RefiVariableType, RefiVariableValue } from './types.js';
import { attrs, codePointOffset, list, refs, seq, text, type X } from './write-xml.js';

const VALUE_ELEMENT: Record<RefiVariableType, string> = {
  Text: 'TextValue', Boolean: 'BooleanValue', Integer: 'IntegerValue', Float: 'FloatValue', Date: 'DateValue', DateTime: 'DateTimeValue',
};

export function values(vs: readonly RefiVariableValue[], types: ReadonlyMap<string, RefiVariableType>): X[] {
  return vs.map((v) => ({ VariableRef: attrs({ targetGUID: v.variable }), [VALUE_ELEMENT[types.get(v.variable) ?? 'Text']]: text(v.value) }));
}

const coding = (c: RefiCoding, notes = false): X =>
  seq(attrs({ guid: c.guid, creatingUser: c.createdBy, creationDateTime: c.createdAt }), [['CodeRef', attrs({ targetGUID: c.code })], ['NoteRef', notes ? refs(c.noteRefs ?? []) : undefined]]);

function selection(s: RefiSelection, source: RefiSource): X {
  return seq(attrs({
    guid: s.guid, name: s.name, startPosition: codePointOffset(source.text, s.start), endPosition: codePointOffset(source.text, s.end),
    creatingUser: s.createdBy, creationDateTime: s.createdAt,
  }), [['Coding', list(s.codings, (c) => coding(c))], ['NoteRef', refs(s.noteRefs)]]);
}

/** A source's original Word file, when it has one: written beside the plain text so other programs keep its formatting. */
export const wordOriginal = (s: RefiSource): Uint8Array | null => (s.original && /\.docx$/i.test(s.original.path) ? s.original.bytes : null);

/** The GUID of the text Sparks writes inside a recording (its transcript) or a picture (its description). */
export const innerTextGuid = (s: RefiSource): string => v5(s.kind === 'picture' ? 'description' : 'transcript', s.guid);

function transcript(s: RefiSource): X {
  const guid = innerTextGuid(s);
  const at = (offset: number) => codePointOffset(s.text, offset);
  const sync = (position: number) => v5(`sync/${position}`, guid);
  // Where the transcript is known to be spoken, with its time; then where each selection starts and ends.
  const times = new Map<number, number>();
  for (const x of s.sync ?? []) if (!times.has(at(x.at))) times.set(at(x.at), x.ms);
  const positions = [...new Set([...times.keys(), ...s.selections.flatMap((sel) => [at(sel.start), at(sel.end)])])].sort((a, b) => a - b);
  return seq(attrs({ guid, name: s.name, plainTextPath: `internal://${guid}.txt` }), [
    ['SyncPoint', list(positions, (p) => attrs({ guid: sync(p), timeStamp: times.get(p), position: p }))],
    ['TranscriptSelection', list(s.selections, (sel) => seq(attrs({
      guid: sel.guid, name: sel.name, fromSyncPoint: sync(at(sel.start)), toSyncPoint: sync(at(sel.end)), creatingUser: sel.createdBy, creationDateTime: sel.createdAt,
    }), [['Coding', list(sel.codings, (c) => coding(c))], ['NoteRef', refs(sel.noteRefs)]]))],
  ]);
}

export function source(s: RefiSource, types: ReadonlyMap<string, RefiVariableType>): X {
  const tail: [string, unknown][] = [
    ['Coding', list(s.codings ?? [], (c) => coding(c, true))], ['NoteRef', refs(s.noteRefs)], ['VariableValue', values(s.variables, types)],
  ];
  const description: [string, unknown] = ['Description', s.description ? text(s.description) : undefined];
  const head = { guid: s.guid, name: s.name, creatingUser: s.createdBy, creationDateTime: s.createdAt };
  if (s.kind === 'text' || s.kind === 'pdf') {
    const rich = wordOriginal(s);
    return seq(attrs({ ...head, richTextPath: rich ? `internal://${s.guid}.docx` : null, plainTextPath: `internal://${s.guid}.txt` }), [
      description, ['PlainTextSelection', list(s.selections, (sel) => selection(sel, s))], ...tail,
    ]);
  }
  const inner = s.text ? innerTextGuid(s) : null;
  const body: [string, unknown] = s.kind === 'picture'
    ? ['TextDescription', inner ? seq(attrs({ guid: inner, plainTextPath: `internal://${inner}.txt` }), [['PlainTextSelection', list(s.selections, (sel) => selection(sel, s))]]) : undefined]
    : ['Transcript', inner ? transcript(s) : undefined];
  return seq(attrs({ ...head, path: s.mediaPath }), [description, body, ...tail]);
}

const ELEMENT: Record<RefiSource['kind'], string> = { text: 'TextSource', pdf: 'TextSource', picture: 'PictureSource', audio: 'AudioSource', video: 'VideoSource' };

/** The element a source is written as (a PDF's text goes out as a text source: Sparks keeps its text). */
export const sourceElement = (s: RefiSource): string => ELEMENT[s.kind];

/**
 * How the plain-text files end their lines: `lf` as the standard has it, or `crlf` for programs
 * that expect Windows line ends but count each line break once (positions stay the same).
 */
export type LineEnds = 'lf' | 'crlf';

/** The files a source brings into the archive, by their path under `sources/`. */
export function sourceFiles(s: RefiSource, lineEnds: LineEnds = 'lf'): [string, Uint8Array, boolean][] {
  const out: [string, Uint8Array, boolean][] = [];
  const utf8 = (t: string) => new TextEncoder().encode(lineEnds === 'crlf' ? t.replace(/\n/gu, '\r\n') : t);
  if (s.kind === 'text' || s.kind === 'pdf') {
    out.push([`${s.guid}.txt`, utf8(s.text), true]);
    const rich = wordOriginal(s);
    if (rich) out.push([`${s.guid}.docx`, rich, false]);
    return out;
  }
  if (s.text) out.push([`${innerTextGuid(s)}.txt`, utf8(s.text), true]);
  if (s.media) out.push([s.media.path, s.media.bytes, false]);
  return out;
}
