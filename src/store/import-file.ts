/**
 * Storing a transcript once the formats layer has read it: the naming rule and the import
 * command shared by `sparks import` and the upload route, so both name and store files alike.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { COMMANDS } from '../core/commands/index.js';
import type { DocumentRecord } from '../core/records.js';
import type { DocumentKind } from '../core/types.js';
import type { ImportedText } from '../formats/index.js';
import { execute, executeAll } from './execute.js';
import type { Store } from './store.js';

/** A file read by `parseFile`, with the document name it will get. */
export interface ReadTranscript {
  name: string;
  originalName: string;
  bytes: Uint8Array;
  parsed: ImportedText;
}

/** How a batch is filed: its kind and, optionally, the case (participant) it belongs to. */
export interface ImportFiling { kind: DocumentKind; case: string | null }
export interface FiledTranscript extends ReadTranscript { filing: ImportFiling }

/**
 * The document name a file gets: its base name without the extension (`P1.pdf` → `P1`). Both
 * separators count, since a browser on Windows may send `C:\…\P1.pdf`.
 */
export function documentNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  return basename(base, extname(base));
}

function importInvocation(actorId: string, projectId: string, file: ReadTranscript, filing: ImportFiling) {
  return {
    actorId, projectId,
    payload: {
      name: file.name, kind: filing.kind, case: filing.case, text: file.parsed.text, turns: file.parsed.turns,
      original: file.bytes, originalName: file.originalName, mime: file.parsed.mime, format: file.parsed.format,
      contentHash: createHash('sha256').update(file.bytes).digest('hex'),
    },
  };
}

/** Stores one read file as a document, as `actorId`, in its own transaction: all of it or nothing. */
export function storeTranscript(store: Store, actorId: string, projectId: string, file: ReadTranscript, filing: ImportFiling): Promise<DocumentRecord> {
  return execute(store, COMMANDS.importDocument, importInvocation(actorId, projectId, file, filing));
}

/**
 * Stores several read files in one transaction, all of them or none, each document with its own
 * event (one undo each).
 */
export function storeTranscripts(store: Store, actorId: string, projectId: string, files: readonly FiledTranscript[]): Promise<DocumentRecord[]> {
  return executeAll(store, COMMANDS.importDocument, files.map((f) => importInvocation(actorId, projectId, f, f.filing)));
}

// A batch shares one commit; kept small enough that other writers wait a fraction of a second.
const BATCH_BYTES = 4_000_000;
export const BATCH_FILES = 40;

/** Consecutive files grouped into the batches `storeTranscripts` takes. */
export function importBatches<T extends { bytes: Uint8Array }>(files: readonly T[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const f of files) {
    if (current.length && (current.length >= BATCH_FILES || bytes + f.bytes.length > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(f);
    bytes += f.bytes.length;
  }
  if (current.length) out.push(current);
  return out;
}
