/**
 * How big a model's boxes are: text metrics and box sizes shared by the editor, the SVG export and
 * the templates' figures, so a box drawn by one fits the others. Estimates from character classes,
 * not font files: no I/O, the same on every machine.
 */

/** A node's look as far as its size goes. */
export interface BoxStyle { width?: number }

/** Text metrics shared by the editor and the SVG export, so a box drawn by one fits the other. */
export const NODE_TEXT = { fontSize: 13, lineHeight: 17, countsSize: 10, countsLineHeight: 15, paddingX: 12, paddingY: 9, maxWidth: 180, maxLines: 6 } as const;

/** Display width of one character, in font-size units: wide for CJK and emoji, narrow for thin glyphs. */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp > 0x2e80) return 1.1;
  if (/[iljtfrI.,;:'!| ]/.test(ch)) return 0.32;
  if (/[mwMW@]/.test(ch)) return 0.86;
  if (/[A-Z]/.test(ch)) return 0.66;
  return 0.55;
}

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number = NODE_TEXT.fontSize): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w * fontSize;
}

/**
 * Break a label into lines no wider than `maxWidth` (at the node font size), on spaces where it
 * can and inside an over-long word where it must; past `maxLines` the last line ends in "…".
 */
export function wrapLabel(label: string, maxWidth: number, maxLines: number = NODE_TEXT.maxLines): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (): void => {
    lines.push(line);
    line = '';
  };
  for (const word of label.replace(/\s+/g, ' ').trim().split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) push();
    for (const ch of word) {
      if (line && textWidth(line + ch) > maxWidth) push();
      line += ch;
    }
  }
  if (line || lines.length === 0) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && textWidth(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** A node's label as the lines drawn in its box. */
export function labelLines(label: string, style?: BoxStyle | null): string[] {
  return wrapLabel(label, (style?.width ?? NODE_TEXT.maxWidth) - 2 * NODE_TEXT.paddingX);
}

/**
 * The box a node needs for its label: as wide as its longest line (at most `style.width`, or
 * 180 px), as tall as its lines, plus a smaller line (`note`, such as the counts) under the label;
 * a note may widen the box a little beyond 180 px rather than overflow it.
 */
export function nodeSize(label: string, style?: BoxStyle | null, note?: string | null): { width: number; height: number } {
  const maxWidth = (style?.width ?? NODE_TEXT.maxWidth) - 2 * NODE_TEXT.paddingX;
  const lines = labelLines(label, style);
  const longest = Math.max(...lines.map((l) => textWidth(l)));
  const noteWidth = note ? Math.min(textWidth(note, NODE_TEXT.countsSize), maxWidth + 40) : 0;
  const width = style?.width ?? Math.max(80, Math.ceil(Math.max(longest, noteWidth) + 2 * NODE_TEXT.paddingX));
  const height = lines.length * NODE_TEXT.lineHeight + (note ? NODE_TEXT.countsLineHeight : 0) + 2 * NODE_TEXT.paddingY;
  return { width, height: Math.ceil(height) };
}

/** A frame's title line and the room it leaves around what it holds. */
export const FRAME_TEXT = { fontSize: 12, header: 28, padding: 14, gap: 14 } as const;
/** A new frame's size, before anything is put in it. */
export const FRAME_SIZE = { width: 260, height: 160 } as const;

/** A frame's narrowest width: its title on one line. */
export function frameMinWidth(title: string): number {
  return Math.ceil(textWidth(title, FRAME_TEXT.fontSize) * 1.05) + 2 * FRAME_TEXT.padding;
}

/**
 * Stack a frame's contents top to bottom in the order given, each centred, and size the frame to
 * fit: the arrangement inside a frame is a list, as in a printed figure. Returns positions
 * relative to the frame's corner and the frame's size.
 */
export function stack(items: readonly { id: string; width: number; height: number }[], title: string): { at: Map<string, { x: number; y: number }>; size: { width: number; height: number } } {
  const inner = Math.max(0, ...items.map((i) => i.width));
  const width = Math.max(inner + 2 * FRAME_TEXT.padding, frameMinWidth(title), 80);
  const at = new Map<string, { x: number; y: number }>();
  let y = FRAME_TEXT.header;
  for (const i of items) {
    at.set(i.id, { x: Math.round((width - i.width) / 2), y });
    y += i.height + FRAME_TEXT.gap;
  }
  const height = items.length ? y - FRAME_TEXT.gap + FRAME_TEXT.padding : FRAME_TEXT.header + FRAME_TEXT.padding * 2;
  return { at, size: { width, height } };
}
