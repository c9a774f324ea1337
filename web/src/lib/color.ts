/** Code colours as translucent highlight backgrounds; deeper overlaps are darker. */

export const DEFAULT_COLOR = '#7a8aa0';

/** The red, green and blue of a #rgb or #rrggbb colour, or of the default colour. */
export function rgbOf(color: string | null | undefined): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color ?? '')?.[1] ?? DEFAULT_COLOR.slice(1);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** The opacity of a highlight covered by `depth` codings: light for one, darker with each overlap. */
export function alphaFor(depth: number): number {
  if (depth <= 0) return 0;
  return Math.min(0.22 + 0.16 * (depth - 1), 0.7);
}

/** A CSS rgba() background for a code colour at an overlap depth; transparent at depth 0. */
export function tint(color: string | null | undefined, depth: number): string {
  if (depth <= 0) return 'transparent';
  const [r, g, b] = rgbOf(color);
  return `rgba(${r}, ${g}, ${b}, ${alphaFor(depth).toFixed(2)})`;
}

/** A solid CSS colour for bars and underlines. */
export function solid(color: string | null | undefined): string {
  const [r, g, b] = rgbOf(color);
  return `rgb(${r}, ${g}, ${b})`;
}
