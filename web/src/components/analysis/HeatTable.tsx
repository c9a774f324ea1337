/**
 * One heat-map table: codes down the side (indented by depth), columns across, each cell shaded by
 * its share of the table's largest value and always printed. It scrolls sideways in its own box,
 * with the code column and header row kept in view.
 */
import type { MatrixAxis } from '../../../../src/analysis/index.js';
import { heatStyle, nameOfPath } from '../../lib/analysis-query.js';

/**
 * Code axes come labelled by path: rows show the name (their indent shows the tree), code columns the
 * name too unless two share it. The full path stays in the tooltip.
 */
function codeLabels(axes: readonly MatrixAxis[]): string[] {
  const names = axes.map((a) => nameOfPath(a.label));
  return names.map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? axes[i]!.label : n));
}

export function HeatTable({ rows, cols, cells, corner, codeColumns }: {
  rows: readonly MatrixAxis[]; cols: readonly MatrixAxis[]; cells: readonly (readonly (number | null)[])[]; corner: string; codeColumns: boolean;
}) {
  // A loop, not Math.max(...cells): a study of 2,000 documents has more cells than a call has arguments.
  let max = 0;
  for (const row of cells) for (const v of row) if (v !== null && v > max) max = v;
  const colLabels = codeColumns ? codeLabels(cols) : cols.map((c) => c.label);
  return (
    // A focusable region, so keyboard users can scroll a wide table too.
    <div className="heat-scroll" role="region" aria-label={`${corner} table, scrolls sideways`} tabIndex={0}>
      <table className="heat-table">
        <thead>
          <tr>
            <th scope="col" className="heat-corner">{corner}</th>
            {cols.map((c, j) => (
              <th key={c.id} scope="col" data-col={c.id} title={codeColumns ? c.label : undefined}>
                {colLabels[j]}{c.size !== undefined && <span className="heat-size"> ({c.size})</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id} data-row={r.id}>
              <th scope="row" style={{ paddingLeft: `${0.5 + (r.depth ?? 0) * 1}rem` }} className={r.depth ? undefined : 'heat-category'} title={r.label}>
                {nameOfPath(r.label)}
              </th>
              {cols.map((c, j) => {
                const v = cells[i]?.[j] ?? null;
                if (v === null) {
                  return (
                    <td key={c.id} className="heat-cell heat-null" data-row={r.id} data-col={c.id} data-null="">
                      <span aria-hidden="true">—</span><span className="visually-hidden">not counted</span>
                    </td>
                  );
                }
                return <td key={c.id} className="heat-cell" data-row={r.id} data-col={c.id} data-value={v} style={heatStyle(v, max) ?? undefined}>{v}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
