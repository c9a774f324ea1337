/**
 * The real `sparks` server as a child process, as a researcher starts it: the test reads the
 * printed login address and stops the process at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { BIN } from './cli.js';

/** A running server: its login address (with the one-time token), its origin, and how to stop it. */
export interface ServerProcess {
  loginUrl: string;
  origin: string;
  /** Everything the process wrote to stderr so far, for failure messages. */
  stderr(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** `serve` (default) or `start` (which first creates the demo project). */
  command?: 'serve' | 'start';
  /** How long to wait for the address line. */
  timeoutMs?: number;
}

const RUNNING = /Sparks is running at (http:\/\/\S+\/login\?token=\S+)/;

/** Start `sparks --db <db> serve --port 0` (any free port) and resolve once it prints its address. */
export async function startServer(db: string, options: StartOptions = {}): Promise<ServerProcess> {
  const { command = 'serve', timeoutMs = 60_000 } = options;
  const child = spawn(process.execPath, [BIN, '--db', db, command, '--port', '0'], {
    env: { ...process.env, SPARKS_USER: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stopChild(child);
      reject(new Error(`${why}\nstdout: ${stdout}\nstderr: ${stderr}`));
    };
    const timer = setTimeout(() => fail(`sparks ${command} printed no address within ${timeoutMs} ms`), timeoutMs);
    child.on('error', (err) => fail(`sparks ${command} could not start: ${err.message}`));
    child.on('exit', (code) => fail(`sparks ${command} exited with code ${code} before printing its address`));
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = RUNNING.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const loginUrl = match[1]!;
      resolve({ loginUrl, origin: new URL(loginUrl).origin, stderr: () => stderr, stop: () => stopChild(child) });
    });
  });
}

/** SIGTERM, then SIGKILL if the process has not exited within five seconds. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
