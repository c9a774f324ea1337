// `npm run bench:web`: how fast the transcript view is on a long session, in headless Chromium.
// Builds what is stale, writes the synthetic 10,000-word, 1,500-coding session into a temporary
// database, serves it, measures, prints a table against the budgets and rewrites bench/RESULTS.md.
// Exits 0 when it measured (even over budget), 1 when it could not run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 5;
const BUDGET = { interactiveMs: 1000, p95FrameMs: 33 };
const SCROLL_PX_PER_S = 3000;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

class CannotRun extends Error {}

function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  throw new CannotRun("The benchmark needs Chromium: install Debian's package with `sudo apt install chromium`, or set CHROMIUM_PATH to a Chromium binary.");
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Start `sparks serve` on the database; resolves with its login address and a stop function. */
async function serve(db) {
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

// In the page, before any script: resolve when the first turn is on screen and the page answers.
// "Interactive" = the first `.transcript .turn` is in the DOM, two animation frames have fired
// after it (the frame showing it was produced), and a task queued then (as a click's handler
// would be) has run. Reported as performance.now(), i.e. milliseconds since navigation start.
function probeInteractive() {
  window.__interactive = new Promise((resolve) => {
    const seen = () => {
      if (!document.querySelector('.transcript .turn')) return;
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
function scrollEndToEnd(pxPerSecond) {
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

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function measure(chromium, executablePath, server, target) {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const viewport = { width: 1280, height: 800 };
    const login = await browser.newContext({ viewport });
    await (await login.newPage()).goto(server.loginUrl);
    const cookies = await login.cookies();
    await login.close();
    const url = `${server.origin}/#/projects/${encodeURIComponent(target.projectId)}/documents/${encodeURIComponent(target.documentId)}`;
    const interactive = [];
    let rows = 0;
    let page;
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: nothing cached, as on a first visit.
      const context = await browser.newContext({ viewport });
      await context.addCookies(cookies);
      await context.addInitScript(probeInteractive);
      page = await context.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(url);
      interactive.push(await page.evaluate(() => window.__interactive));
      rows = await page.locator('.transcript .turn').count();
      if (run < RUNS - 1) await context.close();
    }
    const scroll = await page.evaluate(scrollEndToEnd, SCROLL_PX_PER_S);
    return { interactive, rows, scroll, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

function report(doc, m) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const f = m.scroll.deltas;
  const lines = [
    ['Interactive document view, median of 5', ms(median(m.interactive)), `≤ ${BUDGET.interactiveMs} ms`, median(m.interactive) <= BUDGET.interactiveMs ? 'pass' : 'FAIL'],
    ['Interactive document view, max of 5', ms(Math.max(...m.interactive)), '', ''],
    ['Scroll frame time p50', ms(median(f)), '', ''],
    ['Scroll frame time p95', ms(percentile(f, 95)), `≤ ${BUDGET.p95FrameMs} ms`, percentile(f, 95) <= BUDGET.p95FrameMs ? 'pass' : 'FAIL'],
    ['Scroll frame time max', ms(Math.max(...f)), '', ''],
    ['Frames while scrolling', String(f.length), '', ''],
  ];
  const cpu = os.cpus();
  const machine = {
    cpu: cpu[0]?.model.trim() ?? 'unknown', cores: cpu.length, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: existsSync('/etc/debian_version') ? `Debian ${readFileSync('/etc/debian_version', 'utf8').trim()}` : `${os.type()} ${os.release()}`,
    node: process.version, chromium: m.chromium,
  };
  const table = (row) => `| ${row.join(' | ')} |`;
  return { lines, machine, markdown: [
    '# Web benchmark results', '',
    `Written by \`npm run bench:web\` on ${new Date().toISOString().slice(0, 10)}.`, '',
    `Document: a synthetic two-speaker session (seed 1) of ${doc.words.toLocaleString('en')} words, ${doc.turns.length} turns, ${doc.text.length.toLocaleString('en')} characters and ${doc.codings.length.toLocaleString('en')} codings over 40 codes (\`src/bench/synthetic-document.ts\`).`, '',
    table(['Measure', 'Result', 'Budget', 'Verdict']), table(['---', '---:', '---:', '---']), ...lines.map(table), '',
    `Rows in the page after loading: ${m.rows} of ${doc.turns.length} turns. Scrolled height: ${Math.round(m.scroll.height).toLocaleString('en')} px.`, '',
    '## Machine', '',
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memory}; ${machine.os}`,
    `- Node ${machine.node}; Chromium ${machine.chromium} (headless, \`--disable-gpu\`), viewport 1280×800`, '',
    '## What is measured', '',
    `- **Interactive document view**: from navigation start (performance.now() = 0) to the moment the first \`.transcript .turn\` is in the DOM, two animation frames have fired after it (the frame showing it was produced), and a task queued then — as a click's handler would be — has run. Each of the ${RUNS} runs loads the document's address in a fresh browser context (no cache), already logged in.`,
    `- **Scroll frame time**: the transcript is scrolled from top to bottom at a steady ${SCROLL_PX_PER_S} px/s, one step per animation frame; the times between consecutive requestAnimationFrame callbacks are collected in the page.`, '',
    '## Reproduce', '',
    '```sh', 'npm install', 'npm run bench:web      # CHROMIUM_PATH=/path/to/chromium if it is not /usr/bin/chromium', '```', '',
    'The command builds what is stale, prints the table and rewrites this file. Figures depend on the machine and its load.', '',
  ].join('\n') };
}

/** Rows as a plain-text table: text columns left, figures right. */
function aligned(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('   ').trimEnd()).join('\n');
}

async function main() {
  const executablePath = chromiumPath();
  try {
    execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    throw new CannotRun('Sparks could not be built; run `npm run build` to see why.');
  }
  const { chromium } = await import('playwright-core');
  const { syntheticDocument, writeSyntheticDocument } = await import('../dist/bench/synthetic-document.js');
  const { openStore } = await import('../dist/store/store.js');
  const dir = mkdtempSync(join(os.tmpdir(), 'sparks-bench-'));
  let server;
  try {
    process.stderr.write('Writing the synthetic session (10,000 words, 1,500 codings)…\n');
    const doc = syntheticDocument({ seed: 1 });
    const store = await openStore(join(dir, 'sparks.db'));
    const target = await writeSyntheticDocument(store, doc).finally(() => store.close());
    server = await serve(join(dir, 'sparks.db'));
    process.stderr.write('Measuring in headless Chromium…\n');
    const result = report(doc, await measure(chromium, executablePath, server, target));
    console.log(`\n${aligned([['Measure', 'Result', 'Budget', 'Verdict'], ...result.lines])}\n`);
    console.log(`${result.machine.cpu}, ${result.machine.cores} cores · Node ${result.machine.node} · Chromium ${result.machine.chromium}`);
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), withWebSection(result.markdown));
    console.log('Wrote bench/RESULTS.md.');
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof CannotRun ? err.message : `The benchmark could not run: ${err?.stack ?? err}`);
  process.exit(1);
});

/** RESULTS.md with its web section replaced and every other section (such as `sparks bench`'s) kept. */
function withWebSection(web) {
  const file = join(ROOT, 'bench', 'RESULTS.md');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const rest = old.split(/^(?=# )/m).filter((part) => part.trim() && !part.startsWith('# Web benchmark results'));
  return [web.trimEnd() + '\n', ...rest].join('\n');
}
