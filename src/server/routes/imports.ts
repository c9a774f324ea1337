/**
 * Importing transcripts over HTTP, as `sparks import` does: each uploaded file is read by the
 * same importers and stored by the same command in its own transaction, so one bad file changes
 * nothing for itself and does not stop the others. Files are handled one at a time as they
 * arrive, each held in memory only up to the size limit.
 */
import multipart, { type Multipart, type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { importFields, tooLargeMessage, type ImportFileResult, type ImportFields, type ImportResponse } from '../../contract/imports.js';
import { projectParams } from '../../contract/project.js';
import { UserError, quoteName } from '../../core/errors.js';
import { caseByLabel } from '../../core/resolve.js';
import { displayName } from '../../formats/import-error.js';
import { MAX_FILE_BYTES } from '../../formats/limits.js';
import { documentNameOf, storeTranscript } from '../../store/import-file.js';
import { roleIn } from '../../store/queries/access.js';
import { firstTakenName } from '../../store/queries/documents.js';
import { giveWay } from '../../store/queries/yield.js';
import type { Store } from '../../store/store.js';
import { readTx } from '../../store/tx.js';
import { requireUser } from '../require-user.js';

export interface ImportRouteOptions {
  store: Store;
  /** Largest file accepted, in bytes (lowered by tests). */
  maxFileBytes?: number;
}

/** Registers `POST /api/projects/:projectId/documents`, with multipart parsing for that route only. */
export async function registerImportRoutes(app: FastifyInstance, o: ImportRouteOptions): Promise<void> {
  const maxFileBytes = o.maxFileBytes ?? MAX_FILE_BYTES;
  await app.register(async (scope) => {
    await scope.register(multipart, {
      // A file over the limit is cut short and reported, instead of failing the whole upload.
      throwFileSizeLimit: false,
      limits: { fileSize: maxFileBytes, fields: 20, fieldSize: 10_000, fieldNameSize: 100 },
    });
    scope.post('/api/projects/:projectId/documents', async (req, reply): Promise<ImportResponse> => {
      if (!req.isMultipart()) {
        requireUser(req);
        throw new UserError('Send the transcripts as a multipart/form-data upload; nothing was imported.');
      }
      const importer = new UploadImport(o.store, projectParams.parse(req.params).projectId, maxFileBytes);
      // Refused uploads are still read to the end (and discarded), so the browser receives the answer.
      let refusal = await importer.refusal(req);
      const files: ImportFileResult[] = [];
      try {
        for await (const part of req.parts()) {
          if (!refusal && part.type === 'field') refusal = importer.field(part.fieldname, String(part.value));
          else if (!refusal && part.type === 'file') refusal = await importer.checkFiling();
          if (refusal || part.type === 'field') await discard(part);
          else files.push(await importer.file(part));
        }
      } catch (err) {
        throw multipartError(err);
      }
      if (refusal) return reply.code((refusal as { statusCode?: number }).statusCode ?? 400).send({ error: refusal.message });
      if (files.length === 0) throw new UserError('The upload has no files; choose the transcripts to import.');
      return { files };
    });
  });
}

/** The state of one upload: its fields, then its files stored one by one. */
class UploadImport {
  private fields: Record<string, string> = {};
  private filing: ImportFields | null = null;
  private actorId = '';

  constructor(private readonly store: Store, private readonly projectId: string, private readonly maxFileBytes: number) {}

  /** Why the user may not import into this project, if they may not. */
  async refusal(req: FastifyRequest): Promise<Error | null> {
    try {
      const user = requireUser(req);
      this.actorId = user.id;
      const role = await roleIn(this.store, this.projectId, user);
      if (role === null) return forbidden('You are not a member of this project; ask its owner to add you.');
      if (role === 'viewer') return forbidden('Your role in this project is viewer; importing needs the coder role, which the project owner can give.');
      return null;
    } catch (err) {
      if (err instanceof Error && (err instanceof UserError || (err as { statusCode?: number }).statusCode === 401)) return err;
      throw err;
    }
  }

  /** Records a text field; fields must come before the files they apply to. */
  field(name: string, value: string): Error | null {
    if (this.filing) return new UserError('The upload sent its case or kind after its files; send the fields first.');
    this.fields[name] = value;
    return null;
  }

  /** Checks the batch's case and kind once, when its first file arrives; a mistake refuses the whole upload. */
  async checkFiling(): Promise<Error | null> {
    if (this.filing) return null;
    const parsed = importFields.safeParse({ case: this.fields.case, kind: this.fields.kind || undefined });
    if (!parsed.success) return new UserError(parsed.error.issues[0]?.message ?? 'The case or kind of the upload is not valid; check them and import again.');
    const label = parsed.data.case;
    if (label !== null && !(await caseByLabel(readTx(this.store), this.projectId, label).catch(() => null))) {
      return new UserError(`There is no case ${quoteName(label)} in this project; choose one of its cases or leave the case empty.`);
    }
    this.filing = parsed.data;
    return null;
  }

  /** Reads and stores one file, after `checkFiling`. */
  async file(part: MultipartFile): Promise<ImportFileResult> {
    const filing = this.filing!;
    const originalName = displayName(part.filename);
    const bytes = await readCapped(part, this.maxFileBytes);
    const failed = (error: string): ImportFileResult => ({ name: originalName, ok: false, error });
    if (!bytes) return failed(tooLargeMessage(originalName, this.maxFileBytes));
    const name = documentNameOf(originalName);
    // The same rule as `sparks import`: a name already in the project is refused, never changed.
    const taken = await firstTakenName(this.store, this.projectId, [name]);
    if (taken) return failed(`A document named ${quoteName(taken)} is already in this project; rename the file and import it again.`);
    // Loaded on demand: the PDF and Word readers are large and only imports need them.
    const { parseFile } = await import('../../formats/index.js');
    const read = await parseFile(bytes, originalName);
    if ('error' in read) return failed(read.error);
    // Reading a long PDF and storing its text (one transaction) each take a while: others go in between.
    await giveWay();
    try {
      const doc = await storeTranscript(this.store, this.actorId, this.projectId, { name, originalName, bytes, parsed: read.parsed }, filing);
      return { name: originalName, ok: true, documentId: doc.id, document: doc.name };
    } catch (err) {
      if (err instanceof UserError) return failed(err.message);
      throw err;
    }
  }
}

function forbidden(message: string): Error {
  return Object.assign(new UserError(message), { statusCode: 403 });
}

/** The file's bytes, or null when it is larger than the limit (the rest of it is discarded unread). */
async function readCapped(part: MultipartFile, max: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  if (part.file.truncated || size > max) return null;
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

async function discard(part: Multipart): Promise<void> {
  if (part.type === 'file') for await (const _ of part.file) void _;
}

/** The multipart parser's own limits, as one sentence. */
function multipartError(err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return new UserError('The upload has too many fields; send the case, the kind and the files only.');
  if (code === 'FST_PROTO_VIOLATION' || code === 'FST_INVALID_JSON_FIELD_ERROR') return new UserError('The upload is malformed; choose the files again.');
  if (err instanceof Error && /Unexpected end of (multipart )?(data|form)|Part terminated early|Premature close/i.test(err.message)) {
    return new UserError('The upload was cut off before it ended; check the list of documents and import the missing files again.');
  }
  return err;
}
