/**
 * .vtt and .srt: cues parsed by media-captions become lines of text with timed speaker turns.
 *
 * Each line is one speaker's run of consecutive cues, written `Speaker: text` and merged with a
 * space, so a turn that a captioning tool cut into many short cues reads as one. The speaker comes
 * from a VTT voice tag (`<v Terapeuta>`) or from a `Name:` label at the start of the cue; a cue
 * with neither continues the current speaker's line, and before any speaker it stands on a line of
 * its own with no turn. Other markup (`<i>`, `<c.x>`, `<font>`, `{\an8}`) is dropped.
 */
import { parseText, tokenizeVTTCue, type VTTCue, type VTTNode } from 'media-captions';
import type { TurnSpan } from '../core/types.js';
import { canonicalize } from '../core/text.js';
import { acceptedSpeakers, matchLabel, type LabelMatch } from './speaker-label.js';

/** One stretch of cue text, with the voice (if any) that speaks it. */
interface Piece {
  text: string;
  voice: string | null;
  label: LabelMatch | null;
  startMs: number;
  endMs: number;
}

interface Line {
  speaker: string | null;
  text: string;
  startMs: number;
  endMs: number;
}

/**
 * Parses subtitle text into canonical text and turns; null when no cue could be read. The other
 * format is tried when the first yields no cue (a WebVTT file saved as .srt, and the reverse).
 */
export async function subtitlesToText(
  source: string,
  format: 'vtt' | 'srt',
): Promise<{ text: string; turns: TurnSpan[] } | null> {
  const canonical = canonicalize(source);
  let cues = (await parseText(canonical, { type: format })).cues;
  if (cues.length === 0) cues = (await parseText(canonical, { type: format === 'vtt' ? 'srt' : 'vtt' })).cues;
  const pieces = cues.flatMap(cuePieces);
  if (pieces.length === 0) return null;
  return render(mergeIntoLines(pieces));
}

function cuePieces(cue: VTTCue): Piece[] {
  const startMs = Math.round(cue.startTime * 1000);
  const endMs = Math.round(cue.endTime * 1000);
  const pieces: Piece[] = [];
  let loose = '';
  const flushLoose = (): void => {
    const text = clean(loose);
    if (text !== '') pieces.push({ text, voice: null, label: matchLabel(text), startMs, endMs });
    loose = '';
  };
  for (const node of tokenizeVTTCue(cue)) {
    if (node.type === 'v') {
      flushLoose();
      const text = clean(flatten(node.children));
      const voice = clean(node.voice);
      if (text !== '') pieces.push({ text, voice: voice === '' ? null : voice, label: null, startMs, endMs });
    } else {
      loose += flatten([node]);
    }
  }
  flushLoose();
  return pieces;
}

function flatten(nodes: readonly VTTNode[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.data : flatten(n.children))).join('');
}

function clean(s: string): string {
  // SSA override blocks such as {\an8} survive in many .srt files.
  return canonicalize(s.replace(/\{\\[^}]*\}/gu, '')).replace(/\s+/gu, ' ').trim();
}

function mergeIntoLines(pieces: Piece[]): Line[] {
  const labelled = acceptedSpeakers(pieces.flatMap((p) => (p.label ? [p.label] : [])));
  const lines: Line[] = [];
  for (const piece of pieces) {
    let speaker = piece.voice;
    let text = piece.text;
    if (speaker === null && piece.label && labelled.has(piece.label.speaker)) {
      speaker = piece.label.speaker;
      text = text.slice(piece.label.labelEnd).trim();
    }
    const current = lines[lines.length - 1];
    if (current && current.speaker !== null && (speaker === null || speaker === current.speaker)) {
      current.text = text === '' ? current.text : `${current.text} ${text}`;
      current.endMs = Math.max(current.endMs, piece.endMs);
    } else {
      lines.push({ speaker, text, startMs: piece.startMs, endMs: piece.endMs });
    }
  }
  return lines;
}

function render(lines: Line[]): { text: string; turns: TurnSpan[] } {
  const turns: TurnSpan[] = [];
  const out: string[] = [];
  let offset = 0;
  for (const line of lines) {
    const lineText = line.speaker === null ? line.text : `${line.speaker}: ${line.text}`.trimEnd();
    if (line.speaker !== null) {
      turns.push({ start: offset, end: offset + lineText.length, speaker: line.speaker, startMs: line.startMs, endMs: line.endMs });
    }
    out.push(lineText);
    offset += lineText.length + 1;
  }
  return { text: out.join('\n'), turns };
}
