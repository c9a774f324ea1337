/** Running the real `sparks` binary, as a researcher would, against a test database. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export const BIN = join(ROOT, 'bin', 'sparks.js');

export interface CliResult { code: number; stdout: string; stderr: string }

export function sparks(db: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return sparksWithout(['--db', db, ...args], env);
}

/** The binary with exactly these arguments (no --db: for commands that make their own database). */
export function sparksWithout(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return spawnSparks(args, env, null);
}

/** The binary with `input` on its standard input (a pipe, as from a script). */
export function sparksWithInput(db: string, args: string[], input: string): Promise<CliResult> {
  return spawnSparks(['--db', db, ...args], {}, input);
}

/** Run the binary to its end; stdin is closed, or a pipe fed with `input`. */
function spawnSparks(args: string[], env: Record<string, string>, input: string | null): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, SPARKS_USER: '', ...env },
      stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (input !== null) child.stdin!.end(input);
  });
}

/** Run and parse the JSON document on stdout; fail loudly with stderr if the command failed. */
export async function sparksJson<T = unknown>(db: string, args: string[]): Promise<T> {
  const r = await sparks(db, [...args, '--json']);
  if (r.code !== 0) throw new Error(`sparks ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
