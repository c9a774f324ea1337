/** `sparks import`: read, check and convert every file first, then store the documents in batches. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command as Cli } from 'commander';
import { UserError } from '../../core/errors.js';
import { caseByLabel } from '../../core/resolve.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../../core/types.js';
import { documentNameOf, importBatches, storeTranscripts, type ReadTranscript } from '../../store/import-file.js';
import { firstTakenName } from '../../store/queries/documents.js';
import { readTx } from '../../store/tx.js';
import { MAX_FILE_BYTES } from '../../formats/limits.js';
import { action, type CliContext } from '../context.js';
import { usage } from '../errors.js';
import { progress, type Progress } from '../progress.js';

interface ImportOptions { case?: string; kind: string; name?: string }
interface ImportedSummary {
  id: string; name: string; kind: string; case: string | null; sequence: number; length: number; format: string; turns: number; speakers: string[];
}

async function prepare(file: string, name: string): Promise<ReadTranscript> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`${file} does not exist or is not a file; check the path.`);
  if (info.size > MAX_FILE_BYTES) {
    throw new UserError(`${basename(file)} is ${(info.size / 1e6).toFixed(0)} MB, more than Sparks imports (${MAX_FILE_BYTES / 1e6} MB); split it into smaller files.`);
  }
  const bytes = new Uint8Array(await readFile(file));
  // Loaded on demand: the PDF and Word readers are large and only this command needs them.
  const { parseFile } = await import('../../formats/index.js');
  const result = await parseFile(bytes, basename(file));
  if ('error' in result) throw new UserError(result.error);
  return { name, originalName: basename(file), bytes, parsed: result.parsed };
}

export function registerImport(program: Cli): void {
  program.command('import <project> <files...>').description('import transcripts (.txt .md .docx .odt .pdf .vtt .srt)')
    .option('--case <label>', 'the case (participant) the documents belong to')
    .option('--kind <kind>', `${DOCUMENT_KINDS.join(' | ')}`, 'interview')
    .option('--name <name>', 'document name (one file only; default: the file name without extension)')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, files: string[], opts: ImportOptions) => importFiles(ctx, project, files, opts)));
}

async function importFiles(ctx: CliContext, project: string, files: string[], opts: ImportOptions): Promise<void> {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(opts.kind)) throw usage(`--kind must be one of ${DOCUMENT_KINDS.join(', ')}.`);
  if (opts.name !== undefined && files.length > 1) throw usage('--name names a single document; import several files without it.');
  const projectId = await ctx.projectId(project);
  const names = files.map((f) => opts.name ?? documentNameOf(basename(f)));
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new UserError(`Two of the files would both be named "${twice}"; import them separately with --name.`);
  // Refuse before storing anything, so a batch never half-imports over a name clash or a missing case.
  const taken = await firstTakenName(ctx.store, projectId, names);
  if (taken) throw new UserError(`A document named "${taken}" is already in ${project}; import that file with --name and another name.`);
  if (opts.case !== undefined) await caseByLabel(readTx(ctx.store), projectId, opts.case);

  const bar = progress(files.length * 2, 'Reading');
  const imported: ImportedSummary[] = [];
  try {
    const prepared: ReadTranscript[] = [];
    for (const [i, file] of files.entries()) {
      prepared.push(await prepare(file, names[i]!));
      bar.tick();
    }
    bar.label('Storing');
    await store(ctx, projectId, opts, prepared, imported, bar);
    // Searching or coding right after a folder arrives would otherwise be planned for the tables' old sizes.
    if (prepared.length > 1) await ctx.store.adapter.settleAfterBulkLoad?.();
  } finally {
    bar.stop();
  }
  ctx.print(imported, () => imported.map((d) => `Imported ${d.name}: ${d.length} characters, ${d.turns} speaker turns${d.case ? `, case ${d.case}` : ''}.`));
}

/**
 * Documents stored in batches that share a commit: a crash or a refusal keeps the batches already
 * committed and never half of one. Names and the case were checked before, so refusals are rare.
 */
async function store(ctx: CliContext, projectId: string, opts: ImportOptions, prepared: ReadTranscript[], imported: ImportedSummary[], bar: Progress): Promise<void> {
  const filing = { kind: opts.kind as DocumentKind, case: opts.case ?? null };
  for (const batch of importBatches(prepared)) {
    const docs = await storeTranscripts(ctx.store, ctx.actor.id, projectId, batch.map((p) => ({ ...p, filing })));
    for (const [i, doc] of docs.entries()) {
      const p = batch[i]!;
      imported.push({
        id: doc.id, name: doc.name, kind: doc.kind, case: opts.case ?? null, sequence: doc.sequence, length: doc.length,
        format: doc.format, turns: p.parsed.turns.length, speakers: [...new Set(p.parsed.turns.map((t) => t.speaker))],
      });
      bar.tick();
    }
  }
}
