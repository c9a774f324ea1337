/**
 * Loading the benchmark study into a store the way real use fills one: every write is a core
 * command with its event, documents go through the same reading and storing path as `sparks
 * import` (parse, canonicalise, turns, store), and each coder's codings of a document arrive as
 * one `coding.applyMany`. Documents are generated one at a time, so memory stays flat.
 */
import { performance } from 'node:perf_hooks';
import { COMMANDS, type Command } from '../core/commands/index.js';
import { UserError } from '../core/errors.js';
import { parseFile } from '../formats/index.js';
import { execute } from '../store/execute.js';
import { BATCH_FILES, storeTranscripts, type FiledTranscript } from '../store/import-file.js';
import { localOwner, type Store } from '../store/store.js';
import { corpusCases, corpusCodebook, corpusCoders, corpusDocument, corpusMemos, type CorpusOptions } from './corpus.js';
import { plainImport } from './plain-sql.js';

/** A progress display for one phase: `tick` after each step, `done` at the end. */
export interface Phase { tick(): void; done(): void }
export type Phases = (label: string, total: number) => Phase;

export interface LoadedStudy {
  projectId: string; ownerId: string;
  /** Coder user ids, by name. */
  coders: Map<string, string>;
  /** The document carrying 1,500 codings (the document view's). */
  viewDocumentId: string;
  importMs: number; importBytes: number;
  /** The same documents inserted by plain SQL (a sample, rolled back), with Sparks' time for that sample. */
  importSample: { sparksMs: number; plainMs: number };
  codingMs: number; codings: number;
}

/** Transcripts per import batch, as `sparks import` stores a folder of them; the first batch is also the plain-SQL sample. */
const IMPORT_BATCH = BATCH_FILES;

/** Generate and load the study; `phases` shows progress. */
export async function loadStudy(store: Store, o: CorpusOptions, phases: Phases): Promise<LoadedStudy> {
  const owner = await localOwner(store);
  let projectId: string | null = null;
  const run = <P, R>(command: Command<P, R>, payload: P) => execute(store, command, { actorId: owner.id, projectId, payload });
  projectId = (await run(COMMANDS.createProject, { name: await freeProjectName(store, `Estudio de referencia (seed ${o.seed})`) })).id;

  const setup = phases('Setting up the study', o.coders + 1);
  const coders = new Map<string, string>();
  for (const c of corpusCoders(o.coders)) {
    const known = await store.adapter.db.selectFrom('user').select('id').where('name', '=', c.name).executeTakeFirst();
    coders.set(c.name, known?.id ?? (await run(COMMANDS.addUser, c)).id);
    await run(COMMANDS.addMember, { user: c.name, role: 'coder' });
    setup.tick();
  }
  await run(COMMANDS.applyTemplate, { template: corpusCodebook() });
  for (const c of corpusCases(o)) await run(COMMANDS.addCase, c);
  setup.tick();
  setup.done();

  const load = phases('Generating, importing and coding transcripts', o.docs);
  let importMs = 0;
  let importBytes = 0;
  let codingMs = 0;
  let codings = 0;
  let viewDocumentId = '';
  const sample = { sparksMs: 0, plainMs: 0 };
  // Transcripts arrive as `sparks import` stores a folder: read one by one, stored in batches.
  for (let first = 0; first < o.docs; first += IMPORT_BATCH) {
    const docs = Array.from({ length: Math.min(IMPORT_BATCH, o.docs - first) }, (_, k) => corpusDocument(o, first + k));
    const t0 = performance.now();
    const files: FiledTranscript[] = [];
    for (const doc of docs) {
      const bytes = new TextEncoder().encode(doc.text);
      const parsed = await parseFile(bytes, doc.fileName);
      if ('error' in parsed) throw new Error(`the generated transcript ${doc.name} could not be read: ${parsed.error}`);
      if (parsed.parsed.text !== doc.text) throw new Error(`the generated transcript ${doc.name} is not canonical`);
      files.push({ name: doc.name, originalName: doc.fileName, bytes, parsed: parsed.parsed, filing: { kind: doc.kind, case: doc.case } });
    }
    const stored = await storeTranscripts(store, owner.id, projectId, files);
    const took = performance.now() - t0;
    importMs += took;
    importBytes += files.reduce((n, f) => n + f.bytes.length, 0);
    if (first === 0) {
      viewDocumentId = stored.find((d) => d.name === docs[0]!.name)!.id;
      sample.sparksMs = took;
      sample.plainMs = await plainImport(store, projectId, owner.id, files);
    }

    const c0 = performance.now();
    for (const doc of docs) {
      for (const coder of new Set(doc.codings.map((c) => c.coder))) {
        const items = doc.codings.filter((c) => c.coder === coder).map((c) => ({ document: doc.name, start: c.start, end: c.end, code: c.code }));
        codings += (await run(COMMANDS.applyMany, { items, coder })).applied;
      }
      load.tick();
    }
    codingMs += performance.now() - c0;
  }
  load.done();

  const memos = corpusMemos(o);
  const writing = phases('Writing memos', memos.length);
  for (const m of memos) {
    await run(COMMANDS.addMemo, m);
    writing.tick();
  }
  writing.done();
  // As `sparks import` does after a folder: the figures are measured on a freshly loaded study.
  await store.adapter.settleAfterBulkLoad?.();
  return { projectId, ownerId: owner.id, coders, viewDocumentId, importMs, importBytes, importSample: sample, codingMs, codings };
}

/** The study's name, numbered when a project of that name is already in the database. */
async function freeProjectName(store: Store, base: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? base : `${base} ${n}`;
    const taken = await store.adapter.db.selectFrom('project').select('id').where('name', '=', name).executeTakeFirst();
    if (!taken) return name;
  }
  throw new UserError('This database already holds many benchmark studies; run the benchmark on a fresh --db.');
}

