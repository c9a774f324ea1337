/**
 * The segments as CSV, one chunk per batch read from the database: the same bytes csv-stringify
 * wrote (comma-separated, `\n` after every record, a field quoted only when it holds a comma, a
 * quote or a line break), without building an array and a string per field of every row.
 */
import type { CodeRef } from '../store/queries/segment-codes.js';
import type { SegmentFilter } from '../store/queries/segment-filter.js';
import { segmentBatches, type StreamedDocument } from '../store/queries/segment-stream.js';
import type { Store } from '../store/store.js';

/** The byte-order mark lets Excel read the file as UTF-8, accents and all. */
const HEAD = '\uFEFFdocument,case,start,end,codes,coder,text\n';
const NEEDS_QUOTES = /[",\n\r]/;

/** One field as RFC 4180 writes it. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Escaped values that repeat on many rows (a document's name and case, a coder, a code), kept per export. */
class Fields<K> {
  private readonly known = new Map<K, string>();
  constructor(private readonly make: (key: K) => string) {}
  get(key: K): string {
    let field = this.known.get(key);
    if (field === undefined) this.known.set(key, (field = this.make(key)));
    return field;
  }
}

/** The CSV text of every matching segment, header first, a chunk per batch. */
export async function* segmentsCsv(store: Store, projectId: string, filter: SegmentFilter): AsyncGenerator<string> {
  yield HEAD;
  const documents = new Fields<StreamedDocument>((d) => `${csvField(d.name)},${csvField(d.caseLabel ?? '')}`);
  const coders = new Fields<string>(csvField);
  const paths = new Fields<CodeRef>((c) => csvField(c.path));
  for await (const batch of segmentBatches(store, projectId, filter, 500, false)) {
    let chunk = '';
    for (const s of batch.segments) {
      const codes = batch.codes.get(s.id) ?? [];
      const codeField = codes.length === 1 ? paths.get(codes[0]!) : csvField(codes.map((c) => c.path).join('; '));
      chunk += `${documents.get(batch.documents.get(s.documentId)!)},${s.start},${s.end},${codeField},${coders.get(s.coder)},${csvField(s.exact)}\n`;
    }
    yield chunk;
  }
}
