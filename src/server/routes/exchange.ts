/**
 * Projects and codebooks to and from ATLAS.ti, NVivo, MAXQDA and other REFI-QDA tools, as
 * `sparks import-qdpx`, `sparks export --qdpx` and `sparks codebook` do on the command line: the
 * same readers, writers and commands. Each import is one command and so one transaction: a file
 * refused halfway writes nothing.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CodebookImportResponse, ExportableProjects, ProjectImportResponse } from '../../contract/exchange.js';
import { projectParams } from '../../contract/project.js';
import { codebookEntries } from '../../core/commands/codebook-import.js';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError, quoteName } from '../../core/errors.js';
import { cleanName } from '../../core/names.js';
import { displayName, ImportError } from '../../formats/import-error.js';
import { readQdc } from '../../formats/qdpx/index.js';
import { readProjectFile } from '../../formats/qdpx/read-file.js';
import { MAX_QDE_BYTES, MAX_QDPX_BYTES } from '../../formats/qdpx/limits.js';
import { codebookXml } from '../../formats/qdpx/write-codebook.js';
import { EXPORT_ORIGIN, writeQdpx } from '../../formats/qdpx/write-project.js';
import { execute } from '../../store/execute.js';
import { assertReader, roleIn } from '../../store/queries/access.js';
import { refiCodebookWithSets, refiProjectOf } from '../../store/queries/refi-export.js';
import type { Store } from '../../store/store.js';
import { attachment, safeFileName } from '../attachment.js';
import { requireUser } from '../require-user.js';


const exportQuery = z.object({ lineEnds: z.enum(['lf', 'crlf'], { message: 'lineEnds is lf or crlf' }).default('lf') });

const refuse = (status: number, message: string): UserError => Object.assign(new UserError(message), { statusCode: status });

export async function registerExchangeRoutes(app: FastifyInstance, store: Store): Promise<void> {
  const projectName = async (projectId: string): Promise<string> =>
    (await store.adapter.db.selectFrom('project').select('name').where('id', '=', projectId).executeTakeFirstOrThrow()).name;

  app.get('/api/projects/exportable', async (req): Promise<ExportableProjects> => {
    const user = requireUser(req);
    if (user.isAdmin === 1) return (await store.adapter.db.selectFrom('project').select('id').execute()).map((p) => p.id);
    const owned = await store.adapter.db.selectFrom('membership').select('projectId').where('userId', '=', user.id).where('role', '=', 'owner').execute();
    return owned.map((m) => m.projectId);
  });

  app.get('/api/projects/:projectId/export.qdpx', async (req, reply) => {
    const { projectId } = projectParams.parse(req.params);
    const role = await roleIn(store, projectId, requireUser(req));
    if (role === null) throw refuse(403, 'You are not a member of this project; ask its owner to add you.');
    // The file holds every coder's codings, which blind coders must not see: owners only.
    if (role !== 'owner' && role !== 'admin') {
      throw refuse(403, 'Only an owner of this project can download it whole, because the file holds every coder\'s codings; ask an owner to export it.');
    }
    const { lineEnds } = exportQuery.parse(req.query);
    const bytes = writeQdpx(await refiProjectOf(store, projectId, EXPORT_ORIGIN), lineEnds);
    return attachment(reply, safeFileName(`${await projectName(projectId)}.qdpx`), 'application/zip').send(Buffer.from(bytes));
  });

  app.get('/api/projects/:projectId/codebook.qdc', async (req, reply) => {
    const { projectId } = projectParams.parse(req.params);
    await assertReader(store, projectId, requireUser(req));
    const name = await projectName(projectId);
    const { codes, sets } = await refiCodebookWithSets(store, projectId);
    if (codes.length === 0) throw new UserError(`${quoteName(name)} has no codes yet; create codes before exporting the codebook.`);
    return attachment(reply, safeFileName(`${name} codebook.qdc`), 'application/xml; charset=utf-8').send(codebookXml(codes, sets, EXPORT_ORIGIN));
  });

  await app.register(async (scope) => {
    await scope.register(multipart, {
      // A file over the limit is cut short and reported in a sentence, instead of failing the upload.
      throwFileSizeLimit: false,
      limits: { files: 1, fields: 5, fieldSize: 1_000, fieldNameSize: 100 },
    });

    scope.post('/api/projects/import', async (req): Promise<ProjectImportResponse> => {
      // Any logged-in user may create a project, and so import one.
      const [user, upload] = await afterUpload(req, MAX_QDPX_BYTES, async () => requireUser(req));
      const file = chosen(upload, /\.(qdpx|qde)$/i, 'a REFI-QDA project (.qdpx, or a bare .qde) exported from ATLAS.ti, NVivo, MAXQDA or another tool',
        `export the project again without its media files (Sparks imports up to ${MAX_QDPX_BYTES / 1e6} MB)`);
      const { project: refi, extras } = await readable(() => readProjectFile(file.bytes, file.name));
      const given = upload.fields.name?.trim() ?? '';
      const name = given || refi.name.trim() || file.name.replace(/\.[^.]+$/, '');
      if (given) {
        const clean = cleanName(given, 'project name');
        const taken = await store.adapter.db.selectFrom('project').select('id').where('name', '=', clean).executeTakeFirst();
        if (taken) throw new UserError(`A project named ${quoteName(clean)} already exists; choose another name, or leave the name empty to use the one in the file.`);
      }
      const r = await execute(store, COMMANDS.importProject, {
        actorId: user.id, payload: { name, freeName: !given, project: refi, extras },
      });
      return { project: { id: r.project.id, name: r.project.name }, counts: r.counts, warnings: r.warnings };
    });

    scope.post('/api/projects/:projectId/codebook', async (req): Promise<CodebookImportResponse> => {
      const { projectId } = projectParams.parse(req.params);
      const [user, upload] = await afterUpload(req, MAX_QDE_BYTES, async () => {
        const who = requireUser(req);
        const role = await roleIn(store, projectId, who);
        if (role === null) throw refuse(403, 'You are not a member of this project; ask its owner to add you.');
        if (role === 'viewer') throw refuse(403, 'Your role in this project is viewer; importing a codebook needs the coder role, which the project owner can give.');
        return who;
      });
      const file = chosen(upload, /\.qdc$/i, 'a REFI-QDA codebook (.qdc) exported from ATLAS.ti, NVivo, MAXQDA or another tool',
        'check that it is a .qdc codebook file');
      const read = await readable(async () => readQdc(file.bytes, file.name));
      if (read.codes.length === 0) throw new UserError(`${file.name} holds no codes; nothing was imported.`);
      const sets = read.sets.map((x) => ({ name: x.name, description: x.description, codes: x.codes }));
      const r = await execute(store, COMMANDS.importCodebook, { actorId: user.id, projectId, payload: { codes: codebookEntries(read.codes), sets } });
      return { ...r, warnings: read.warnings };
    });
  });
}

/**
 * Checks who may upload (`allowed`), then reads the upload whatever the answer: a refused upload
 * is still drained, so the browser receives the refusal rather than a broken connection.
 */
async function afterUpload<T>(req: FastifyRequest, max: number, allowed: () => Promise<T>): Promise<[T, Upload]> {
  const check = await allowed().then((value) => ({ value }), (error: unknown) => ({ error }));
  if (!('error' in check)) return [check.value, await readUpload(req, max, true)];
  await readUpload(req, max, false).catch(() => undefined);
  throw check.error;
}

interface Upload { fields: Record<string, string>; file: { name: string; bytes: Uint8Array } | null; tooLarge: string | null }

/**
 * Reads the whole upload: its text fields and its one file, held in memory only up to `max`
 * bytes and only if `keep` (otherwise drained unread, so the browser still receives the answer).
 */
async function readUpload(req: FastifyRequest, max: number, keep: boolean): Promise<Upload> {
  if (!req.isMultipart()) throw new UserError('Send the file as a multipart/form-data upload; nothing was imported.');
  const out: Upload = { fields: {}, file: null, tooLarge: null };
  try {
    for await (const part of req.parts({ limits: { fileSize: max } })) {
      if (part.type === 'field') {
        out.fields[part.fieldname] = String(part.value);
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file as AsyncIterable<Buffer>) if (keep) chunks.push(chunk);
      const name = displayName(part.filename);
      if (part.file.truncated) out.tooLarge = name;
      else out.file = { name, bytes: new Uint8Array(Buffer.concat(chunks)) };
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT') throw new UserError('The upload holds more than one file; choose one file and import it again.');
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') throw new UserError('The upload has too many fields; send the file and its name only.');
    if (code === 'FST_PROTO_VIOLATION' || (err instanceof Error && /Unexpected end of|Part terminated early|Premature close/i.test(err.message))) {
      throw new UserError('The upload was cut off or malformed; choose the file and import it again.');
    }
    throw err;
  }
  return out;
}

/** The uploaded file, if it is there, within the limit and of the right type; otherwise one sentence. */
function chosen(upload: Upload, type: RegExp, what: string, smaller: string): { name: string; bytes: Uint8Array } {
  if (upload.tooLarge) throw new UserError(`${upload.tooLarge} is too large to import; ${smaller}.`);
  const file = upload.file;
  if (!file) throw new UserError('The upload has no file; choose the file to import.');
  if (!type.test(file.name)) throw new UserError(`${file.name} is not ${what}; choose such a file.`);
  return file;
}

/** A file the reader refuses is the user's to fix: its one sentence, answered with a 400. */
async function readable<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof ImportError) throw new UserError(err.message);
    throw err;
  }
}
