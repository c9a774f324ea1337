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
import { execute } from './execute.js';
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

/**
 * The document name a file gets: its base name without the extension (`P1.pdf` → `P1`). Both
 * separators count, since a browser on Windows may send `C:\…\P1.pdf`.
 */
export function documentNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  return basename(base, extname(base));
}

/** Stores one read file as a document, as `actorId`, in its own transaction: all of it or nothing. */
export function storeTranscript(store: Store, actorId: string, projectId: string, file: ReadTranscript, filing: ImportFiling): Promise<DocumentRecord> {
  return execute(store, COMMANDS.importDocument, {
    actorId, projectId,
    payload: {
      name: file.name, kind: filing.kind, case: filing.case, text: file.parsed.text, turns: file.parsed.turns,
      original: file.bytes, originalName: file.originalName, mime: file.parsed.mime, format: file.parsed.format,
      contentHash: createHash('sha256').update(file.bytes).digest('hex'),
    },
  });
}
