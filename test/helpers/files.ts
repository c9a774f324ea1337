/** Invalid and awkward input files, made on the fly for import tests. */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A valid one-page PDF that draws a line and has no text layer (like a scan). */
export function pdfWithoutText(): Buffer {
  const content = '0 0 m 150 150 l S\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Write the four invalid files of the acceptance criteria into `dir`; returns their paths. */
export function invalidFiles(dir: string): Record<'randomDocx' | 'scannedPdf' | 'empty' | 'singleLine', string> {
  const files = {
    randomDocx: join(dir, 'random.docx'),
    scannedPdf: join(dir, 'scanned.pdf'),
    empty: join(dir, 'empty.txt'),
    singleLine: join(dir, 'single-line.txt'),
  };
  writeFileSync(files.randomDocx, randomBytes(4096));
  writeFileSync(files.scannedPdf, pdfWithoutText());
  writeFileSync(files.empty, '');
  writeFileSync(files.singleLine, 'a'.repeat(20 * 1024 * 1024));
  return files;
}
