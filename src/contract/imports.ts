/**
 * The API contract for importing transcripts: `POST /api/projects/:projectId/documents` takes a
 * multipart/form-data upload (the fields below, then one or more files) and answers one result per
 * file. The server validates with these schemas; the web app imports them for its form.
 */
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../core/types.js';

/** The document kinds a batch can be imported as, in the order the form offers them. */
export const IMPORT_KINDS = DOCUMENT_KINDS;

/**
 * File extensions the importers read (the same list as `SUPPORTED_EXTENSIONS` of the formats
 * layer, repeated here so the web app need not bundle the PDF and Word readers; a test keeps the two equal).
 */
export const IMPORT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.docx', '.odt', '.pdf', '.vtt', '.srt'];

/**
 * The text fields of an upload, sent before its files. An empty case means none; the kind is
 * `interview` unless given, as for `sparks import`. (Built by a pure call, so the web app, which
 * takes only the constants and types of this module, does not bundle zod.)
 */
export const importFields = /* @__PURE__ */ fieldsSchema();

function fieldsSchema() {
  return z.object({
    case: z.string().max(200, 'The case label is too long; use at most 200 characters.')
      .transform((v) => v.normalize('NFC').trim())
      .optional()
      .transform((v) => (v ? v : null)),
    kind: z.enum(IMPORT_KINDS, { error: `Choose the kind ${IMPORT_KINDS.join(', ')} for the documents.` }).default('interview'),
  });
}

/** The fields as sent (both optional). */
export type ImportFieldsInput = z.input<typeof importFields>;
/** The fields as the server uses them. */
export type ImportFields = z.output<typeof importFields>;

/** What became of one uploaded file: the new document, or one sentence saying what to do. */
export interface ImportFileResult {
  /** The file's name as uploaded. */
  name: string;
  ok: boolean;
  /** The new document's id and name, when it was imported. */
  documentId?: string;
  document?: string;
  error?: string;
}

/** The answer to an upload: one result per file, in upload order. */
export interface ImportResponse { files: ImportFileResult[] }

/** A size for people: "3 MB", or "20 kB" under a megabyte. */
export function sizeOf(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Math.round(mb)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** The sentence for a file over the size limit, the same from the server and from the browser's own check. */
export function tooLargeMessage(fileName: string, maxBytes: number): string {
  return `${fileName} is larger than the ${sizeOf(maxBytes)} Sparks imports; split it into smaller files and import those.`;
}
