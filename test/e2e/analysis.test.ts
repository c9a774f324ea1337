/**
 * The Analysis view in Chromium on the demo project: its frequency labels, saturation and matrix
 * agree with `sparks frequency`, `sparks saturation` and `sparks matrix` on the same database, the
 * Table I download is a Word file, and a coding made elsewhere shows up without a reload.
 * Screenshot: test-results/analysis.png.
 */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatrixResult } from '../../src/analysis/index.js';
import { foreignRequests, screenshot, type WatchedPage } from '../helpers/browser.js';
import { sparks, sparksJson } from '../helpers/cli.js';
import { closeStage, openStage, type Stage } from '../helpers/stage.js';
import { openProject } from './steps.js';

const DEMO = 'Moments of meeting (demo)';
const WAIT = { timeout: 30_000 };

describe('the Analysis view in Chromium', { timeout: 240_000 }, () => {
  let stage: Stage | undefined;
  let watched: WatchedPage;
  let page: Page;
  const cli = <T>(...args: string[]) => sparksJson<T>(stage!.db, args);

  beforeAll(async () => {
    stage = await openStage({ command: 'start' });
    watched = await openProject(stage, DEMO, 'Analysis');
    page = watched.page;
  }, 240_000);
  afterAll(() => closeStage(stage), 60_000);

  /** The frequency table as the page shows it: path → [cases, label]. */
  const shownFrequency = () => page.locator('table.frequency-table tr[data-code]').evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute('data-code'), r.querySelector('[data-cases]')?.textContent?.replace(/\s/g, ''), r.querySelector('[data-label]')?.getAttribute('data-label')]));

  it('shows the frequency labels `sparks frequency` prints', async () => {
    await page.locator('table.frequency-table tr[data-code]').first().waitFor(WAIT);
    const command = await cli<{ code: string; cases: number; n: number; label: string | null }[]>('frequency', DEMO);
    expect(await shownFrequency()).toEqual(command.map((r) => [r.code, `${r.cases}/${r.n}`, r.label ?? 'none']));
    await screenshot(page, 'analysis');
  });

  it('tells the saturation `sparks saturation` finds', async () => {
    const command = await cli<{ saturatedAt: string | null; perDocument: unknown[] }>('saturation', DEMO);
    const caption = page.locator('figcaption.saturation-caption');
    await caption.waitFor(WAIT);
    expect(await caption.getAttribute('data-state')).toBe(command.saturatedAt ? 'saturated' : 'not-saturated');
    if (command.saturatedAt) expect(await caption.getAttribute('data-saturated-at')).toBe(command.saturatedAt);
    expect(await page.locator('.saturation-chart[role=img] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-doc]').count()).toBe(command.perDocument.length);
  });

  it('shows the code × case matrix `sparks matrix` prints', async () => {
    const command = await cli<MatrixResult>('matrix', DEMO);
    await page.locator('td.heat-cell').first().waitFor(WAIT);
    const shown = await page.locator('section.matrix-panel td.heat-cell').evaluateAll((cells) =>
      cells.map((c) => [c.getAttribute('data-row'), c.getAttribute('data-col'), c.getAttribute('data-value')]));
    const expected = command.rows.flatMap((r, i) => command.cols.map((c, j) => [r.id, c.id, String(command.panels[0]!.cells[i]![j])]));
    expect(shown).toEqual(expected);
  });

  it('downloads Table I as a Word file', async () => {
    const link = page.locator('li[data-report=table] a[data-format=docx]');
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), link.click()]);
    const text = (await mammoth.extractRawText({ buffer: readFileSync((await download.path())!) })).value;
    expect(text).toContain('Triggers of moments of meeting');
    expect(text).toMatch(/” \(T\d\)/);
  });

  it('follows coding done elsewhere without a reload', async () => {
    const row = page.locator('table.frequency-table tr[data-code="Characteristics of moments of meeting/Idiosyncratic"] [data-cases]');
    const before = (await row.textContent())!.replace(/\s/g, '');
    const r = await sparks(stage!.db, ['code', 'apply', DEMO, '--doc', 'Interview T3', '--start', '0', '--end', '40',
      '--code', 'Characteristics of moments of meeting/Idiosyncratic', '--coder', 'tomas']);
    expect(r.stderr).toBe('');
    const [k, n] = before.split('/').map(Number);
    await expect.poll(async () => (await row.textContent())?.replace(/\s/g, ''), { timeout: WAIT.timeout }).toBe(`${k! + 1}/${n}`);
  });

  it('logged no console error and loaded nothing from outside this server', () => {
    expect(watched.errors).toEqual([]);
    expect(foreignRequests(watched.requests, stage!.server.origin)).toEqual([]);
  });
});
