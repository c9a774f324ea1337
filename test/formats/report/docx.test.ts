import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderCodebookReport, renderTableReport } from '../../../src/formats/report/index.js';
import { CODEBOOK, NOTE, SCRIPT, TABLE, TRICKY_QUOTE } from './fixtures.js';

/** The document read back by mammoth (another library than the writer), as a DOM to query. */
async function read(bytes: Uint8Array) {
  const { value, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  expect(messages).toEqual([]);
  const { document } = new Window();
  document.body.innerHTML = value;
  const texts = (el: { querySelectorAll(s: string): Iterable<{ textContent: string | null }> }, s: string) =>
    [...el.querySelectorAll(s)].map((e) => e.textContent ?? '');
  const rows = [...document.querySelectorAll('table tr')].map((tr) => [...tr.querySelectorAll('td, th')].map((td) => texts(td, 'p')));
  const after = [...document.querySelectorAll('body > p')].map((p) => p.textContent);
  return { rows, headerCells: texts(document.body, 'thead th'), title: texts(document.body, 'h1'), paragraphs: after };
}

const documentXml = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml']!);

describe('DOCX report', () => {
  it('writes Table I as a Word table, a property or quote per paragraph', async () => {
    const bytes = await renderTableReport(TABLE, 'docx');
    const { rows, headerCells, title, paragraphs } = await read(bytes);
    expect(title).toEqual(['Categories and properties — Momentos de encuentro — Santiago 2021']);
    expect(headerCells).toEqual(['Category', 'Properties', 'Description', 'Example quote', 'Frequency']);
    expect(rows).toHaveLength(1 + TABLE.rows.length);
    expect(rows[1]).toEqual([
      ['Characteristics of moments of meeting'],
      ['1. Emergent nature', '2. Genuine experience', '3. Shared experience'],
      ['Momentos co-construidos, espontáneos y genuinos en la interacción terapeuta–paciente.', 'No siempre se conversan.'],
      [`“${TRICKY_QUOTE}” (T7)`],
      ['General', '13/13 cases'],
    ]);
    expect(rows[2]![1]).toEqual(['1. Humor', '2. Ruptures or impasse', '4. Silences']);
    expect(rows[2]![3]).toEqual(['“Hay muchos momentos de conexión emocional… positivos” (T10)', `“Me acuerdo de muchas escenas ${SCRIPT}” (Sesión 3)`]);
    expect(rows[3]![1]).toEqual(['1. Openness (T and P)', '2. Emotional disposition (T and P)', '4. Personal features (T and P)', '10. "Perfect fit" (REL)']);
    expect(rows[3]![4]).toEqual(['Typical', '9/13 cases']);
    expect(rows[4]).toEqual([['Main effects'], ['—'], ['Alivio y descompresión; efectos a largo plazo.'], ['—'], ['—', '1/13 cases']]);
    expect(paragraphs).toEqual(['Generated 2025-03-14 09:30 UTC', NOTE]);

    const xml = documentXml(bytes);
    expect(xml).toContain('<w:tbl>');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml).toMatch(/<w:tblBorders>.*<w:insideV w:val="single"/);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('writes the codebook with every code in order, indented by depth', async () => {
    const bytes = await renderCodebookReport(CODEBOOK, 'docx');
    const { rows, headerCells, title, paragraphs } = await read(bytes);
    expect(title).toEqual(['Codebook — Momentos de encuentro']);
    expect(headerCells).toEqual(['Code', 'Number', 'Owner', 'Definition', 'Codings', 'Cases', 'Frequency']);
    expect(rows.slice(1).map((r) => r.map((c) => c.join(' / ')))).toEqual([
      ['Enabling conditions', '—', '—', 'Condiciones para el encuentro.', '42', '9/13', 'Typical'],
      ['Openness', '1', 'T and P', 'Apertura "real" | mutua', '12', '7/13', 'Variant'],
      ['Apertura emocional 😊', '—', '—', `Línea uno / Línea dos ${SCRIPT} C:\\temp\\`, '3', '2/13', 'Variant'],
      ['Main effects', '—', '—', '—', '0', '0/13', '—'],
      ['=1+1 fórmula', '4', 'PR', 'Un nombre que parece una fórmula.', '1', '1/13', '—'],
    ]);
    expect(paragraphs).toEqual(['Generated 2025-03-14 09:30 UTC', NOTE]);
    const xml = documentXml(bytes);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:ind w:left="284"/>');
    expect(xml).toContain('<w:ind w:left="568"/>');
  });

  it('drops characters XML cannot carry instead of writing a corrupt file', async () => {
    const report = { ...TABLE, rows: [{ ...TABLE.rows[0]!, category: 'Bell\u0007 and half \uD83D pair' }] };
    const { rows } = await read(await renderTableReport(report, 'docx'));
    expect(rows[1]![0]).toEqual(['Bell and half \uFFFD pair']);
  });

  it('keeps emoji whole wherever they fall in a long document', async () => {
    // Zip libraries that encode text in chunks can split an emoji's surrogate pair (Stuk/jszip#963).
    for (let shift = 0; shift < 4; shift++) {
      const definition = `${'x'.repeat(shift)}${'Sí 😊 '.repeat(3000)}`.trim();
      const report = { ...CODEBOOK, codes: CODEBOOK.codes.map((c) => ({ ...c, definition })) };
      const { rows } = await read(await renderCodebookReport(report, 'docx'));
      for (const row of rows.slice(1)) expect(row[3]![0] === definition, `shift ${shift}`).toBe(true);
    }
  });
});
