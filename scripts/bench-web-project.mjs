// `npm run bench:web:project -- --db FILE`: the web app on a large study, in headless Chromium.
// FILE is a database holding a benchmark study (`sparks bench --db FILE` keeps it). Opens the
// study's Documents list, a search, and its most coded transcript (then scrolls it), prints the
// times and rewrites the matching section of bench/RESULTS.md. Exits 1 when it could not run.
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ARGS, CannotRun, ROOT, aligned, browserReady, machineOf, median, percentile, probeInteractive, scrollEndToEnd, serve, withSection } from './lib/web-bench.mjs';

const RUNS = 5;
const QUERY = 'lluvia de';
const BUDGET_MS = 1000;
const SCROLL_PX_PER_S = 3000;
const TITLE = 'Web app on the 2,000-document study';

/** The study with the most documents, its size, and its most coded transcript. */
async function studyIn(db) {
  const { openStore } = await import('../dist/store/store.js');
  const store = await openStore(db);
  try {
    const k = store.adapter.db;
    const project = await k.selectFrom('document').select(['projectId', (eb) => eb.fn.countAll().as('n')])
      .groupBy('projectId').orderBy('n', 'desc').limit(1).executeTakeFirst();
    if (!project) throw new CannotRun(`${db} holds no documents; make a study with \`sparks bench --db ${db}\` first.`);
    const top = await k.selectFrom('coding').select(['documentId', (eb) => eb.fn.countAll().as('n')])
      .where('projectId', '=', project.projectId).groupBy('documentId').orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
    const codings = await k.selectFrom('coding').select((eb) => eb.fn.countAll().as('n')).where('projectId', '=', project.projectId).executeTakeFirstOrThrow();
    return { projectId: project.projectId, documents: Number(project.n), codings: Number(codings.n), documentId: top.documentId, documentCodings: Number(top.n) };
  } finally {
    await store.close();
  }
}

/** Median and max of RUNS visits of `hash` in fresh contexts, each until `count` of `selector` are interactive. */
async function visits(browser, server, cookies, hash, selector, count, last) {
  const times = [];
  let page;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addCookies(cookies);
    await context.addInitScript(probeInteractive, { selector, count });
    page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`${server.origin}/${hash}`);
    times.push(await page.evaluate(() => window.__interactive));
    if (run < RUNS - 1 || !last) await context.close();
  }
  return { times, page };
}

async function measure(chromium, executablePath, server, study) {
  const browser = await chromium.launch({ executablePath, args: ARGS });
  try {
    const login = await browser.newContext();
    await (await login.newPage()).goto(server.loginUrl);
    const cookies = await login.cookies();
    await login.close();
    const p = `#/projects/${encodeURIComponent(study.projectId)}`;
    // The table puts only the rows in view into the page; its row count says all are listed.
    const list = await visits(browser, server, cookies, p, `table.documents-table[aria-rowcount="${study.documents + 1}"] tbody tr[aria-rowindex]`, 1);
    const search = await visits(browser, server, cookies, `${p}/search?q=${encodeURIComponent(QUERY)}`, '.search-item', 1);
    const doc = await visits(browser, server, cookies, `${p}/documents/${encodeURIComponent(study.documentId)}`, '.transcript .turn', 1, true);
    const scroll = await doc.page.evaluate(scrollEndToEnd, SCROLL_PX_PER_S);
    return { list: list.times, search: search.times, doc: doc.times, frames: scroll.deltas, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}

function report(db, study, m) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const verdict = (x, budget) => (x <= budget ? 'pass' : 'FAIL');
  const lines = [
    [`Documents list of ${study.documents.toLocaleString('en')}, first rows shown`, ms(median(m.list)), ms(Math.max(...m.list)), `≤ ${BUDGET_MS} ms`, verdict(median(m.list), BUDGET_MS)],
    [`Search "${QUERY}", first hits shown`, ms(median(m.search)), ms(Math.max(...m.search)), `≤ ${BUDGET_MS} ms`, verdict(median(m.search), BUDGET_MS)],
    [`Most coded transcript (${study.documentCodings.toLocaleString('en')} codings) interactive`, ms(median(m.doc)), ms(Math.max(...m.doc)), `≤ ${BUDGET_MS} ms`, verdict(median(m.doc), BUDGET_MS)],
    ['Its scroll frame time p95', `${percentile(m.frames, 95).toFixed(1)} ms`, `${Math.max(...m.frames).toFixed(1)} ms`, '≤ 33 ms', verdict(percentile(m.frames, 95), 33)],
  ];
  const machine = machineOf(m.chromium);
  const row = (cells) => `| ${cells.join(' | ')} |`;
  return { lines, machine, markdown: [
    `# ${TITLE}`, '',
    `Written by \`npm run bench:web:project -- --db ${db}\` on ${new Date().toISOString().slice(0, 10)}, on the study of ${study.documents.toLocaleString('en')} documents and ${study.codings.toLocaleString('en')} codings that \`sparks bench --db ${db}\` made.`, '',
    row(['Measure', `Median of ${RUNS}`, 'Max', 'Budget', 'Verdict']), row(['---', '---:', '---:', '---:', '---']), ...lines.map(row), '',
    `Each visit opens the address in a fresh browser context (nothing cached), logged in, and times from navigation start until what is named is in the page, two frames have been drawn and a queued task has run. The transcript is then scrolled end to end at ${SCROLL_PX_PER_S} px/s. "Without a visible wait" is taken as under one second. Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; Node ${machine.node}; Chromium ${machine.chromium} (headless).`, '',
  ].join('\n') };
}

async function main() {
  const at = process.argv.indexOf('--db');
  const db = at > 0 ? process.argv[at + 1] : undefined;
  if (!db || !existsSync(db)) throw new CannotRun('Give the study with --db FILE (make one with `node bin/sparks.js bench --db FILE`).');
  const { chromium, executablePath } = await browserReady();
  const study = await studyIn(resolve(db));
  const server = await serve(resolve(db));
  try {
    process.stderr.write(`Measuring a study of ${study.documents} documents in headless Chromium…\n`);
    const result = report(db, study, await measure(chromium, executablePath, server, study));
    console.log(`\n${aligned([['Measure', 'Median', 'Max', 'Budget', 'Verdict'], ...result.lines])}\n`);
    writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), withSection(TITLE, result.markdown));
    console.log('Wrote bench/RESULTS.md.');
  } finally {
    await server.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof CannotRun ? err.message : `The benchmark could not run: ${err?.stack ?? err}`);
  process.exit(1);
});
