/**
 * The saturation chart, drawn by Observable Plot: new codes per document as bars, the cumulative
 * count as a line, the base and the saturating run shaded behind. Plot draws into a DOM node, so
 * the chart is made in an effect and removed on cleanup; the figure's label says what it shows.
 */
import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { SaturationPoint } from '../../../../src/analysis/index.js';

/** Where a document stands in the analysis. */
export type DocumentRole = 'base' | 'run' | 'after';

export const ROLE_COLORS: Record<DocumentRole, { bar: string; shade: string; label: string }> = {
  base: { bar: '#6b7785', shade: '#eceef1', label: 'base document' },
  run: { bar: '#1b6e3a', shade: '#dcefe1', label: 'saturating run' },
  after: { bar: '#1f5fae', shade: 'transparent', label: 'later document' },
};
export const LINE_COLOR = '#b3470f';

export interface ChartPoint extends SaturationPoint { role: DocumentRole }

export function SaturationChart({ points, label }: { points: readonly ChartPoint[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = box.current;
    if (!node || points.length === 0) return;
    const top = Math.max(1, ...points.map((p) => p.cumulative));
    const many = points.length > 12;
    const chart = Plot.plot({
      width: Math.max(360, Math.min(960, node.clientWidth || 640)),
      height: 300,
      marginBottom: many ? 70 : 40,
      x: { type: 'band', domain: points.map((p) => p.doc), label: 'Documents in interview order', tickRotate: many ? -45 : 0, padding: 0.2 },
      y: { domain: [0, top], grid: true, label: 'Codes', nice: true },
      marks: [
        // Shading first, so bars and line are drawn over it; it spans the band's full width.
        Plot.barY(points.filter((p) => p.role !== 'after'), {
          x: 'doc', y1: 0, y2: top, fill: (p: ChartPoint) => ROLE_COLORS[p.role].shade, insetLeft: -4, insetRight: -4,
        }),
        Plot.barY(points, {
          x: 'doc', y: 'newCodes', fill: (p: ChartPoint) => ROLE_COLORS[p.role].bar,
          title: (p: ChartPoint) => `${p.doc}: ${p.newCodes} new, ${p.cumulative} in all (${ROLE_COLORS[p.role].label})`,
        }),
        Plot.lineY(points, { x: 'doc', y: 'cumulative', stroke: LINE_COLOR, strokeWidth: 2 }),
        Plot.dot(points, { x: 'doc', y: 'cumulative', fill: LINE_COLOR, r: 3 }),
        Plot.ruleY([0]),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    node.append(chart);
    return () => chart.remove();
  }, [points]);
  return <div ref={box} className="saturation-chart" role="img" aria-label={label} />;
}
