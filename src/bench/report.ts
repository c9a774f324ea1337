/** The benchmark's text form: a table of figures with budget and verdict, then the machine. */
import type { Figure } from './figures.js';
import type { BenchReport } from './run.js';
import type { TeamBenchResult } from './team.js';

const ATLEAST_UNITS = new Set(['MB/s', 'segments/s']);

/** "≥ 5 MB/s" or "≤ 20 ms". */
export function budgetText(f: Figure): string {
  return `${ATLEAST_UNITS.has(f.unit) ? '≥' : '≤'} ${f.budget.toLocaleString('en')} ${f.unit}`;
}

/** Rows as a plain-text table: names left, figures right. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ').trimEnd()).join('\n');
}

export function textReport(r: BenchReport): string {
  const rows = [['Figure', 'Value', 'Budget', '× plain SQL', 'Verdict']];
  for (const f of r.figures) {
    rows.push([f.name, `${f.value.toLocaleString('en')} ${f.unit}`, budgetText(f), f.plainSqlRatio === null ? '—' : `${f.plainSqlRatio}×`, f.pass ? 'pass' : 'FAIL']);
  }
  const m = r.machine;
  return [
    table(rows), '',
    `${m.database} · ${m.docs.toLocaleString('en')} documents, ${m.coders} coders, seed ${m.seed} · ${m.cpu}, ${m.cores} cores, ${m.memory} · Node ${m.node}`,
  ].join('\n');
}

/** `sparks bench --team` as text: the figures, the integrity checks, then the machine. */
export function teamTextReport(r: TeamBenchResult): string {
  const figures = [['Figure', 'Value', 'Budget', 'Verdict']];
  for (const f of r.figures) {
    figures.push([f.name, `${f.value.toLocaleString('en')} ${f.unit}`, f.budget === null ? '—' : `≤ ${f.budget.toLocaleString('en')} ${f.unit}`, f.pass === null ? '—' : f.pass ? 'pass' : 'FAIL']);
  }
  const checks = [['Integrity check', 'Expected', 'Actual', 'Verdict']];
  for (const c of r.checks) checks.push([c.name, c.expected.toLocaleString('en'), c.actual.toLocaleString('en'), c.pass ? 'pass' : 'FAIL']);
  const m = r.machine;
  return [
    table(figures), '', table(checks), '',
    `${m.database} · ${m.coders} coders for ${m.seconds} s (each writing every 0.25–1.25 s), then flat out, over ${m.docs} documents, the owner's export, Table I and matrix in turn alongside, ${m.clientsApart ? 'clients in a thread apart' : 'clients in the server\'s thread'}, seed ${m.seed} · ${m.cpu}, ${m.cores} cores, ${m.memory} · Node ${m.node}`,
  ].join('\n');
}
