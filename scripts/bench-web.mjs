// `npm run bench:web`: how fast the transcript view is on a long session, in headless Chromium.
// Builds what is stale, writes the synthetic 10,000-word, 1,500-coding session into a temporary
// database, serves it, measures, prints a table against the budgets and rewrites bench/RESULTS.md.
// Exits 0 when it measured (even over budget), 1 when it could not run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ARGS, CannotRun, ROOT, aligned, browserReady, machineOf, median, percentile, probeInteractive, scrollEndToEnd, serve, withSection } from './lib/web-bench.mjs';

const RUNS = 5;
const BUDGET = { interactiveMs: 1000, p95FrameMs: 33 };
const SCROLL_PX_PER_S = 3000;
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
      await context.addInitScript(probeInteractive, { selector: '.transcript .turn', count: 1 });
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
  const machine = machineOf(m.chromium);
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

async function main() {
  const { chromium, executablePath } = await browserReady();
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
    writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), withSection('Web benchmark results', result.markdown));
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

