/** Writing an output file whole or not at all: beside it first, then renamed over it. */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UserError } from '../core/errors.js';

/** Write `data` to `output` (named by the option that gave it, e.g. `--svg`, for the messages); returns the full path. */
export function writeWhole(output: string, data: string | Uint8Array, option: string, example: string): string {
  const file = resolve(output);
  const folder = dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UserError(`The folder ${folder} does not exist; create it or choose another ${option} path.`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UserError(`${file} is a folder; give a file name such as ${file}/${basename(example)}.`);
  const temp = `${file}.${process.pid}.part`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new UserError(`Could not write ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}); check the folder's permissions and free space.`);
  }
  return file;
}
