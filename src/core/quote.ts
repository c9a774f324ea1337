/** Locating a quote a researcher typed (or copied) inside a document's canonical text. */
import { UserError, quoteName } from './errors.js';

/** Every start offset of `needle` in `text`, overlapping matches included. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * The unique range of `quote` in `text`. Exact matches win; otherwise runs of whitespace match
 * any whitespace, because quotes copied from a PDF or a browser rarely keep the line breaks.
 */
export function findQuote(text: string, rawQuote: string, docName: string): { start: number; end: number } {
  const quote = rawQuote.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (quote.length === 0) throw new UserError('The text to code is empty; give the exact words to code.');
  const exact = occurrences(text, quote);
  if (exact.length === 1) return { start: exact[0]!, end: exact[0]! + quote.length };
  if (exact.length > 1) throw ambiguous(docName, quote, exact);
  const pattern = quote.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const loose = [...text.matchAll(new RegExp(pattern, 'g'))];
  if (loose.length === 1) return { start: loose[0]!.index, end: loose[0]!.index + loose[0]![0].length };
  if (loose.length > 1) throw ambiguous(docName, quote, loose.map((m) => m.index));
  throw new UserError(`The text ${quoteName(quote)} is not in ${quoteName(docName)}; copy the exact words from the document or use --start and --end.`);
}

function ambiguous(docName: string, quote: string, at: number[]): UserError {
  const where = at.slice(0, 5).join(', ') + (at.length > 5 ? ', …' : '');
  return new UserError(
    `The text ${quoteName(quote)} occurs ${at.length} times in ${quoteName(docName)} (at ${where}); quote more words or use --start and --end.`,
  );
}
