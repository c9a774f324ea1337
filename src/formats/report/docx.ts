/**
 * A report as a Word document (through the `docx` library): a landscape A4 page with the title,
 * a bordered table whose header row repeats on every page, and the note below it. Each property
 * and quote is its own paragraph so a reader can restyle or edit them one by one.
 */
import {
  AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType,
  Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { EMPTY, type GridCell, type ReportGrid } from './grid.js';

// A4 in twips (portrait sizes: `docx` swaps them for landscape) and 1.5 cm margins.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 850;
const CONTENT_WIDTH = A4.height - 2 * MARGIN;
const INDENT = 284; // 0.5 cm per codebook level

const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const BORDERS = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function paragraphs(c: GridCell, numeric: boolean): Paragraph[] {
  const lines = c.lines.length ? c.lines : [EMPTY];
  return lines.map((text, i) => new Paragraph({
    children: [new TextRun(text)],
    alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: c.indent ? { left: c.indent * INDENT } : undefined,
    spacing: { after: i < lines.length - 1 ? 80 : 0 },
  }));
}

/** The whole report as DOCX bytes. */
export async function toDocx(grid: ReportGrid): Promise<Uint8Array> {
  const total = grid.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = grid.columns.map((c) => Math.floor((CONTENT_WIDTH * c.width) / total));
  const cellWidth = (i: number) => ({ size: widths[i] ?? 0, type: WidthType.DXA });

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: grid.columns.map((c, i) => new TableCell({
      width: cellWidth(i),
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' },
      children: [new Paragraph({ children: [new TextRun({ text: c.header, bold: true })] })],
    })),
  });
  const rows = grid.rows.map((cells) => new TableRow({
    children: cells.map((c, i) => new TableCell({ width: cellWidth(i), children: paragraphs(c, !!grid.columns[i]?.numeric) })),
  }));

  const doc = new Document({
    creator: 'Sparks',
    title: grid.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 19 } } } },
    sections: [{
      properties: {
        page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
      },
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(grid.title)] }),
        new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: grid.generated, italics: true, color: '555555' })] }),
        new Table({
          rows: [header, ...rows],
          width: { size: CONTENT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          layout: TableLayoutType.FIXED,
          borders: BORDERS,
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
        }),
        new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: grid.note, size: 17 })] }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
