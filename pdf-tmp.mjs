import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync } from 'node:fs';
const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
console.log('pages', doc.numPages);
for (let p = 1; p <= Math.min(doc.numPages, +process.argv[3] || 2); p++) {
  const page = await doc.getPage(p);
  const tc = await page.getTextContent();
  console.log('--- page', p, page.view);
  for (const it of tc.items.slice(0, +process.argv[4] || 60)) {
    if (!('str' in it)) { console.log('marked', it); continue; }
    console.log(JSON.stringify(it.str), it.hasEOL, it.transform.map(n=>Math.round(n*10)/10).join(','), Math.round(it.width), Math.round(it.height));
  }
}
