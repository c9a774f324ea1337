import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCodebookReport, renderTableReport } from '../../../src/formats/report/index.js';
import { escapeMarkdown } from '../../../src/formats/report/markdown.js';
import { CODEBOOK, NOTE, TABLE, TRICKY_QUOTE } from './fixtures.js';

/** A pipe-table line's cells, reading a backslash escape as part of its cell as GFM does. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\') { cur += ch + (line[i + 1] ?? ''); i++; continue; }
    if (ch === '|') { out.push(cur.trim()); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur.trim());
  return out.slice(1, -1);
}

/** The literal text an escaped cell shows (`<br>` as a line break). */
function unescape(cell: string): string {
  return cell.replace(/\\(.)|<br>/g, (m, ch: string | undefined) => ch ?? '\n');
}

const tableLines = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('|'));

describe('Markdown report', () => {
  it('writes Table I as a pipe table whose every row has five cells', async () => {
    const md = new TextDecoder().decode(await renderTableReport(TABLE, 'md'));
    const lines = tableLines(md);
    expect(lines).toHaveLength(2 + TABLE.rows.length);
    for (const line of lines) expect(cells(line)).toHaveLength(5);
    expect(cells(lines[0]!)).toEqual(['Category', 'Properties', 'Description', 'Example quote', 'Frequency']);

    const [first, triggers, enabling, effects] = lines.slice(2).map(cells);
    expect(first![0]).toBe('Characteristics of moments of meeting');
    expect(unescape(first![3]!)).toBe(`“${TRICKY_QUOTE}” (T7)`);
    expect(first![3]).toContain('\\|');
    expect(unescape(first![4]!)).toBe('General\n13/13 cases');
    expect(unescape(triggers![1]!)).toBe('1. Humor\n2. Ruptures or impasse\n4. Silences');
    // Raw HTML in a quote stays text, and a quote without a case names its document.
    expect(triggers![3]).toContain('\\<script\\>');
    expect(unescape(triggers![3]!).split('\n')[1]).toMatch(/^“Me acuerdo de muchas escenas <script>.*” \(Sesión 3\)$/);
    expect(unescape(enabling![1]!).split('\n')).toEqual([
      '1. Openness (T and P)', '2. Emotional disposition (T and P)', '4. Personal features (T and P)', '10. "Perfect fit" (REL)',
    ]);
    expect(effects).toEqual(['Main effects', '—', 'Alivio y descompresión; efectos a largo plazo.', '—', '—<br>1/13 cases']);

    expect(md.startsWith('# Categories and properties — Momentos de encuentro — Santiago 2021\n')).toBe(true);
    expect(md).toContain('Generated 2025-03-14 09:30 UTC');
    expect(md.trimEnd().split('\n').at(-1)).toBe(escapeMarkdown(NOTE));
    expect(unescape(escapeMarkdown(NOTE))).toBe(NOTE);
  });

  it('writes the codebook with depth as an indent', async () => {
    const md = new TextDecoder().decode(await renderCodebookReport(CODEBOOK, 'md'));
    const lines = tableLines(md);
    expect(cells(lines[0]!)).toEqual(['Code', 'Number', 'Owner', 'Definition', 'Codings', 'Cases', 'Frequency']);
    expect(cells(lines[1]!)[4]).toBe('---:');
    const rows = lines.slice(2).map(cells);
    expect(rows).toHaveLength(CODEBOOK.codes.length);
    for (const r of rows) expect(r).toHaveLength(7);
    expect(rows[1]).toEqual(['&emsp;Openness', '1', 'T and P', 'Apertura "real" \\| mutua', '12', '7/13', 'Variant']);
    expect(rows[2]![0]).toBe('&emsp;&emsp;Apertura emocional 😊');
    expect(unescape(rows[2]![3]!)).toBe('Línea uno\nLínea dos <script>globalThis.__pwned = 1</script> C:\\temp\\');
    expect(rows[3]).toEqual(['Main effects', '—', '—', '—', '0', '0/13', '—']);
    expect(md).toContain('# Codebook — Momentos de encuentro');
    expect(md).toContain(escapeMarkdown(NOTE));
  });

  it('keeps any text inside its cell', async () => {
    await fc.assert(fc.asyncProperty(fc.string(), fc.string({ unit: 'binary' }), async (name, quote) => {
      const report = { ...TABLE, rows: [{ ...TABLE.rows[0]!, category: `x${name}`, quotes: [{ text: quote, participant: 'T1', document: 'T1', exemplar: false }] }] };
      const md = new TextDecoder().decode(await renderTableReport(report, 'md'));
      const row = tableLines(md)[2]!;
      expect(cells(row)).toHaveLength(5);
      expect(unescape(cells(row)[0]!)).toBe(`x${name}`.trim());
    }), { numRuns: 200 });
  });
});
