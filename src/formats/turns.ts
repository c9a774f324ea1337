/** Speaker turns of plain-text transcripts (txt, md, docx, odt, pdf). */
import type { TurnSpan } from '../core/types.js';
import { linesWithOffsets, trimEndIndex } from '../core/text.js';
import { acceptedSpeakers, matchLabel, type LabelMatch } from './speaker-label.js';

/**
 * Finds speaker turns in canonical text. A turn starts at the speaker label of a line (after any
 * paragraph number) and runs to the end of the text before the next labelled line, without
 * trailing whitespace; lines without a label continue the current turn. Text before the first
 * label belongs to no turn.
 */
export function detectTurns(text: string): TurnSpan[] {
  const labelled: { start: number; match: LabelMatch }[] = [];
  for (const { line, start } of linesWithOffsets(text)) {
    const match = matchLabel(line);
    if (match) labelled.push({ start, match });
  }
  const speakers = acceptedSpeakers(labelled.map((l) => l.match));
  const starts = labelled.filter((l) => speakers.has(l.match.speaker));

  return starts.map((current, i) => {
    const start = current.start + current.match.labelStart;
    const next = starts[i + 1];
    const end = trimEndIndex(text, start, next ? next.start : text.length);
    return { start, end, speaker: current.match.speaker };
  });
}
