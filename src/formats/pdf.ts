/** .pdf: the text layer through pdf.js (legacy build, which runs in Node without a worker). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, Util, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from './import-error.js';
import { itemsToLines, linesToText, type PdfLine, type PdfTextItem } from './pdf-layout.js';

// Character maps and standard fonts ship inside pdfjs-dist; read from disk, never fetched.
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const LIGATURES = /[\uFB00-\uFB06]/gu;

/** Extracts the text of every page as paragraphs, one per line, pages apart by a blank line. */
export async function extractPdf(bytes: Uint8Array, name: string): Promise<string> {
  const task = getDocument({
    data: bytes.slice(), // pdf.js takes ownership of the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy();
    throw loadError(err, name);
  }
  try {
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(itemsToLines(await pageItems(doc, n)));
    if (pages.every((lines) => lines.length === 0)) {
      throw new ImportError(
        `${name} has no text layer (it is a scanned image); run it through OCR first and import the result.`,
      );
    }
    return linesToText(pages);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw damaged(name);
  } finally {
    await task.destroy();
  }
}

async function pageItems(doc: PDFDocumentProxy, pageNumber: number): Promise<PdfTextItem[]> {
  const page = await doc.getPage(pageNumber);
  try {
    // The viewport transform applies the page's rotation and puts y downwards.
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , c = 0, d = 0, x = 0, y = 0] = Util.transform(viewport.transform, item.transform);
      items.push({
        str: item.str.replace(LIGATURES, (l) => l.normalize('NFKC')),
        x,
        y,
        width: item.width,
        size: Math.hypot(c, d),
      });
    }
    return items;
  } finally {
    page.cleanup();
  }
}

function loadError(err: unknown, name: string): ImportError {
  if (err instanceof Error && err.name === 'PasswordException') {
    return new ImportError(
      `${name} is protected by a password; save an unprotected copy (for example with "Print to PDF") and import that.`,
    );
  }
  return damaged(name);
}

function damaged(name: string): ImportError {
  return new ImportError(`${name} is not a readable PDF (it is damaged or incomplete); export it again and import the new file.`);
}
