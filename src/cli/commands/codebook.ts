/** `sparks codebook import|export`: a code tree to and from other programs as a REFI-QDA codebook (.qdc). */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command as Cli } from 'commander';
import { COMMANDS } from '../../core/commands/index.js';
import { codebookEntries } from '../../core/commands/codebook-import.js';
import { UserError, quoteName } from '../../core/errors.js';
import { readQdc } from '../../formats/qdpx/index.js';
import { MAX_QDE_BYTES } from '../../formats/qdpx/limits.js';
import { codebookXml } from '../../formats/qdpx/write-codebook.js';
import { EXPORT_ORIGIN } from '../../formats/qdpx/write-project.js';
import { refiCodebookWithSets } from '../../store/queries/refi-export.js';
import { action } from '../context.js';
import { writeWhole } from '../write-file.js';
import { fromImportError } from './qdpx.js';

const count = (codes: readonly { children: readonly unknown[] }[]): number =>
  codes.reduce((n, c) => n + 1 + count(c.children as { children: unknown[] }[]), 0);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export function registerCodebook(program: Cli): void {
  const codebook = program.command('codebook').description('code trees to and from other programs (REFI-QDA codebooks, .qdc)');
  codebook.command('import <project> <file>').description('add the codes of a .qdc codebook to a project (codes it has already are kept)')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, file: string) => {
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) throw new UserError(`${file} does not exist or is not a file; check the path.`);
      if (info.size > MAX_QDE_BYTES) throw new UserError(`${basename(file)} is ${(info.size / 1e6).toFixed(0)} MB, more than a codebook can be (${MAX_QDE_BYTES / 1e6} MB); check that it is a .qdc file.`);
      const read = await fromImportError(async () => readQdc(new Uint8Array(await readFile(file)), basename(file)));
      if (read.codes.length === 0) throw new UserError(`${basename(file)} holds no codes; nothing was imported.`);
      const sets = read.sets.map((x) => ({ name: x.name, description: x.description, codes: x.codes }));
      const r = await ctx.run(COMMANDS.importCodebook, { codes: codebookEntries(read.codes), sets }, project);
      const warnings = read.warnings;
      ctx.print({ ...r, warnings }, () => [
        `Added ${plural(r.added, 'code', 'codes')} to ${quoteName(project)}; ${plural(r.kept + r.updated, 'code was', 'codes were')} there already${r.updated ? `, ${r.updated} of them gained a colour or definition` : ''}${r.sets ? `; ${plural(r.sets, 'set', 'sets')} of codes gained members` : ''}.`,
        ...warnings.map((w) => `  - ${w}`),
      ]);
    }));
  codebook.command('export <project>').description('write a project\'s code tree as a REFI-QDA codebook (.qdc)')
    .requiredOption('--qdc <file>', 'the .qdc file to write').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: { qdc: string }) => {
      const { codes, sets } = await refiCodebookWithSets(ctx.store, await ctx.projectId(project));
      if (codes.length === 0) throw new UserError(`${quoteName(project)} has no codes yet; there is no codebook to export.`);
      const file = writeWhole(o.qdc, codebookXml(codes, sets, EXPORT_ORIGIN), '--qdc', 'codebook.qdc');
      ctx.print({ file, codes: count(codes) }, () => `Wrote ${file}: ${plural(count(codes), 'code', 'codes')}.`);
    }));
}
