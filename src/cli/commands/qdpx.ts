/**
 * Whole projects to and from ATLAS.ti, NVivo, MAXQDA and the other REFI-QDA tools:
 * `sparks import-qdpx FILE [--name NAME]` and `sparks export PROJECT --qdpx FILE`.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command as Cli } from 'commander';
import { COMMANDS } from '../../core/commands/index.js';
import { UserError } from '../../core/errors.js';
import { ImportError } from '../../formats/import-error.js';
import { MAX_QDPX_BYTES } from '../../formats/qdpx/limits.js';
import { readQde, readQdpx } from '../../formats/qdpx/index.js';
import { sourceExtras } from '../../formats/qdpx/source-extras.js';
import { EXPORT_ORIGIN, writeQdpx, type LineEnds } from '../../formats/qdpx/write-project.js';
import { refiProjectOf } from '../../store/queries/refi-export.js';
import { action } from '../context.js';
import { writeWhole } from '../write-file.js';


const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A file the reader refuses is the user's to fix: its one sentence, as the CLI reports user errors. */
export async function fromImportError<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof ImportError) throw new UserError(err.message);
    throw err;
  }
}

async function readProjectFile(file: string) {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new UserError(`${file} does not exist or is not a file; check the path.`);
  if (info.size > MAX_QDPX_BYTES) throw new UserError(`${basename(file)} is ${(info.size / 1e6).toFixed(0)} MB, more than Sparks imports (${MAX_QDPX_BYTES / 1e6} MB); export the project again without its media files.`);
  if (/\.qdc$/i.test(file)) throw new UserError(`${basename(file)} is a codebook, not a project; add its codes to a project with \`sparks codebook import PROJECT ${basename(file)}\`.`);
  const bytes = new Uint8Array(await readFile(file));
  return /\.qde$/i.test(file) ? readQde(bytes, basename(file)) : readQdpx(bytes, basename(file));
}

export function registerQdpx(program: Cli): void {
  program.command('import-qdpx <file>').description('import a REFI-QDA project (.qdpx, or a bare .qde) from ATLAS.ti, NVivo, MAXQDA or another tool as a new project')
    .option('--name <name>', 'the new project\'s name (default: the name in the file)').option('--json', 'print JSON')
    .action(action(async (ctx, file: string, o: { name?: string }) => {
      const refi = await fromImportError(() => readProjectFile(file));
      const r = await ctx.run(COMMANDS.importProject, { name: o.name ?? (refi.name.trim() || basename(file).replace(/\.[^.]+$/, '')), freeName: o.name === undefined, project: refi, extras: sourceExtras(refi) });
      const c = r.counts;
      ctx.print({ project: r.project.name, origin: refi.origin, counts: c, warnings: r.warnings }, () => [
        `Imported "${r.project.name}"${refi.origin ? ` from ${refi.origin}` : ''}: ${plural(c.documents, 'document', 'documents')}, ${plural(c.codes, 'code', 'codes')}, ${plural(c.codings, 'coding', 'codings')}, ${plural(c.memos, 'memo', 'memos')}, ${plural(c.cases, 'case', 'cases')}, ${plural(c.relations, 'relation', 'relations')}, ${plural(c.models, 'model', 'models')}${c.sets ? `, ${plural(c.sets, 'set', 'sets')}` : ''}; ${plural(c.coders, 'coder joined as a member', 'coders joined as members')}.`,
        ...(r.warnings.length ? ['Not brought across, or changed on the way:', ...r.warnings.map((w) => `  - ${w}`)] : ['Everything in the file was brought across.']),
      ]);
    }));

  program.command('export <project>').description('write a project as a REFI-QDA project (.qdpx) for ATLAS.ti, NVivo, MAXQDA and other tools')
    .requiredOption('--qdpx <file>', 'the .qdpx file to write')
    .option('--line-ends <lf|crlf>', 'how the texts end their lines: lf as the standard has it (default), or crlf for a program that shows codings shifted by one character per line', 'lf')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: { qdpx: string; lineEnds: string }) => {
      const lineEnds = lineEndsOf(o.lineEnds);
      const refi = await refiProjectOf(ctx.store, await ctx.projectId(project), EXPORT_ORIGIN);
      const file = writeWhole(o.qdpx, writeQdpx(refi, lineEnds), '--qdpx', 'project.qdpx');
      const selections = refi.sources.reduce((n, s) => n + s.selections.length, 0);
      const summary = { file, documents: refi.sources.length, codes: countCodes(refi.codes), segments: selections, memos: refi.notes.length, cases: refi.cases.length, relations: refi.links.length, models: refi.graphs.length };
      ctx.print(summary, () => `Wrote ${file}: ${plural(summary.documents, 'document', 'documents')}, ${plural(summary.codes, 'code', 'codes')}, ${plural(selections, 'coded segment', 'coded segments')}, ${plural(summary.memos, 'memo', 'memos')}, ${plural(summary.cases, 'case', 'cases')}, ${plural(summary.models, 'model', 'models')}.`);
    }));
}

function lineEndsOf(value: string): LineEnds {
  if (value === 'lf' || value === 'crlf') return value;
  throw new UserError(`--line-ends takes lf or crlf, not ${JSON.stringify(value)}; use crlf only if another program shows the codings shifted.`);
}

function countCodes(codes: { children: unknown[] }[]): number {
  return codes.reduce((n, c) => n + 1 + countCodes(c.children as { children: unknown[] }[]), 0);
}
