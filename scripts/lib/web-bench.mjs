// What the browser benchmarks share: Chromium, a Sparks server on a free port, percentiles,
// tables, and rewriting one section of bench/RESULTS.md while keeping the others.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export class CannotRun extends Error {}

export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  throw new CannotRun("The benchmark needs Chromium: install Debian's package with `sudo apt install chromium`, or set CHROMIUM_PATH to a Chromium binary.");
}

/** Chromium's path and playwright's launcher, once what is stale is built. */
export async function browserReady() {
  const executablePath = chromiumPath();
  try {
    execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    throw new CannotRun('Sparks could not be built; run `npm run build` to see why.');
  }
  const { chromium } = await import('playwright-core');
  return { chromium, executablePath };
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Start `sparks serve` on the database; resolves with its login address and a stop function. */
export async function serve(db) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'bin/sparks.js'), '--db', db, 'serve', '--port', String(port)], {
    env: { ...process.env, SPARKS_USER: '' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (why) => {
      if (failed) return;
      failed = true;
      void stop().then(() => reject(new CannotRun(`The Sparks server did not start (${why}): ${out.trim()}`)));
    };
    const timer = setTimeout(() => fail('no address within 60 s'), 60_000);
    child.on('exit', (code) => fail(`exit code ${code}`));
    child.stderr.on('data', (d) => (out += d));
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Sparks is running at (http:\/\/\S+\/login\?token=\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ loginUrl: m[1], origin: new URL(m[1]).origin, stop });
    });
  });
}

// In the page, before any script: resolve when `count` elements matching `selector` are on
// screen and the page answers. "Interactive" = they are in the DOM, two animation frames have fired
// after it (the frame showing it was produced), and a task queued then (as a click's handler
// would be) has run. Reported as performance.now(), i.e. milliseconds since navigation start.
export function probeInteractive({ selector, count }) {
  window.__interactive = new Promise((resolve) => {
    const seen = () => {
      if (document.querySelectorAll(selector).length < count) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    };
    const observer = new MutationObserver(seen);
    observer.observe(document, { childList: true, subtree: true });
  });
}

// In the page: scroll the transcript from top to bottom at a steady pace, one step per animation
// frame (the step follows elapsed time, so the pace holds even when frames are late), and return
// the time between consecutive frames.
export function scrollEndToEnd(pxPerSecond) {
  return new Promise((resolve) => {
    const el = document.querySelector('.transcript');
    const deltas = [];
    el.scrollTop = 0;
    let last;
    let top = 0;
    const frame = (now) => {
      if (last !== undefined) {
        deltas.push(now - last);
        top += (pxPerSecond * (now - last)) / 1000;
        el.scrollTop = top;
      }
      last = now;
      const end = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      if (end || deltas.length > 60 * 120) resolve({ deltas, height: el.scrollHeight });
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

export const median = (xs) => percentile(xs, 50);
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Rows as a plain-text table: text columns left, figures right. */
export function aligned(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('   ').trimEnd()).join('\n');
}

/** The machine, for the results' heading. */
export function machineOf(chromium) {
  const cpu = os.cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: existsSync('/etc/debian_version') ? `Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}` : `${os.type()} ${os.release()}`,
    node: process.version, chromium,
  };
}

/** RESULTS.md with the section headed `title` replaced by `markdown`, every other section kept in place (new ones go first). */
export function withSection(title, markdown) {
  const file = join(ROOT, 'bench', 'RESULTS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const parts = old.split(/^(?=# )/m).filter((part) => part.trim());
  const at = parts.findIndex((part) => part.startsWith(`# ${title}`));
  if (at >= 0) parts[at] = markdown;
  else parts.unshift(markdown);
  // One blank line between sections however often the file is rewritten.
  return parts.map((part) => part.trimEnd() + '\n').join('\n');
}
