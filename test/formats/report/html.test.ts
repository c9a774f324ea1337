import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCodebookReport, renderTableReport } from '../../../src/formats/report/index.js';
import { closeBrowser, launchBrowser, newPage, type WatchedPage } from '../../helpers/browser.js';
import { CODEBOOK, NOTE, SCRIPT, TABLE, TRICKY_QUOTE } from './fixtures.js';

let browser: Browser | undefined;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => closeBrowser(browser));

/** The report opened in Chromium as a file would be (no server, no base URL). */
async function open(bytes: Uint8Array): Promise<WatchedPage> {
  const watched = await newPage(browser!);
  await watched.page.setContent(new TextDecoder().decode(bytes), { waitUntil: 'load' });
  return watched;
}

/** Every body row's cells as their text, one string per paragraph or list item. */
async function bodyCells({ page }: WatchedPage): Promise<string[][][]> {
  const rows = page.locator('table tbody tr');
  const out: string[][][] = [];
  for (const row of await rows.all()) {
    const cells: string[][] = [];
    for (const td of await row.locator('td').all()) {
      const parts = await td.locator('li, p').allTextContents();
      cells.push(parts.length ? parts : [await td.textContent() ?? '']);
    }
    out.push(cells);
  }
  return out;
}

/** `getComputedStyle` in the page: the test build has no DOM library. */
type Styled = { getComputedStyle(e: unknown): { listStyleType: string; paddingLeft: string } };

async function expectNothingRanOrLeft(watched: WatchedPage): Promise<void> {
  expect(await watched.page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await watched.page.locator('script, img').count()).toBe(0);
  expect(watched.requests).toEqual([]);
  expect(watched.errors).toEqual([]);
}

describe('HTML report', () => {
  it('is a standalone UTF-8 document without scripts or external references', async () => {
    const html = new TextDecoder().decode(await renderTableReport(TABLE, 'html'));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed)\b|\s(src|href)="|url\(|@import/i);
    expect(html).toContain('&lt;img src=&quot;https://example.invalid/leak.png&quot;&gt; &amp; más');
  });

  it('shows Table I in Chromium, with user markup as text', async () => {
    const watched = await open(await renderTableReport(TABLE, 'html'));
    const { page } = watched;
    expect(await page.title()).toBe('Categories and properties — Momentos de encuentro — Santiago 2021');
    expect(await page.locator('table caption').textContent()).toBe('Categories and properties — Momentos de encuentro — Santiago 2021');
    expect(await page.locator('table tr').count()).toBe(1 + TABLE.rows.length);
    expect(await page.locator('thead th').allTextContents()).toEqual(['Category', 'Properties', 'Description', 'Example quote', 'Frequency']);

    const [first, triggers, enabling, effects] = await bodyCells(watched);
    expect(first).toEqual([
      ['Characteristics of moments of meeting'],
      ['1. Emergent nature', '2. Genuine experience', '3. Shared experience'],
      ['Momentos co-construidos, espontáneos y genuinos en la interacción terapeuta–paciente.', 'No siempre se conversan.'],
      [`“${TRICKY_QUOTE}” (T7)`],
      ['General', '13/13 cases'],
    ]);
    expect(triggers![1]).toEqual(['1. Humor', '2. Ruptures or impasse', '4. Silences']);
    expect(triggers![3]).toEqual(['“Hay muchos momentos de conexión emocional… positivos” (T10)', `“Me acuerdo de muchas escenas ${SCRIPT}” (Sesión 3)`]);
    expect(enabling![1]).toEqual(['1. Openness (T and P)', '2. Emotional disposition (T and P)', '4. Personal features (T and P)', '10. "Perfect fit" (REL)']);
    expect(enabling![2]).toEqual(['Condiciones que abren un campo intersubjetivo <img src="https://example.invalid/leak.png"> & más']);
    expect(effects).toEqual([['Main effects'], ['—'], ['Alivio y descompresión; efectos a largo plazo.'], ['—'], ['—', '1/13 cases']]);
    // The numbers are printed by the data, not by the list (which would say 1, 2, 3).
    expect(await page.locator('ol.properties').first().evaluate((ol) => (globalThis as unknown as Styled).getComputedStyle(ol).listStyleType)).toBe('none');

    expect(await page.locator('p.note').textContent()).toBe(NOTE);
    await expectNothingRanOrLeft(watched);
  });

  it('shows the codebook in Chromium, indented by depth', async () => {
    const watched = await open(await renderCodebookReport(CODEBOOK, 'html'));
    const { page } = watched;
    expect(await page.locator('thead th').allTextContents()).toEqual(['Code', 'Number', 'Owner', 'Definition', 'Codings', 'Cases', 'Frequency']);
    const rows = await bodyCells(watched);
    expect(rows.map((r) => r.map((c) => c.join(' / ')))).toEqual([
      ['Enabling conditions', '—', '—', 'Condiciones para el encuentro.', '42', '9/13', 'Typical'],
      ['Openness', '1', 'T and P', 'Apertura "real" | mutua', '12', '7/13', 'Variant'],
      ['Apertura emocional 😊', '—', '—', `Línea uno / Línea dos ${SCRIPT} C:\\temp\\`, '3', '2/13', 'Variant'],
      ['Main effects', '—', '—', '—', '0', '0/13', '—'],
      ['=1+1 fórmula', '4', 'PR', 'Un nombre que parece una fórmula.', '1', '1/13', '—'],
    ]);
    const indents = await page.locator('tbody tr td:first-child').evaluateAll((tds) => tds.map((td) => parseFloat((globalThis as unknown as Styled).getComputedStyle(td).paddingLeft)));
    expect(indents[0]).toBeLessThan(indents[1]!);
    expect(indents[1]).toBeLessThan(indents[2]!);
    expect(indents[3]).toBe(indents[0]);
    expect(await page.locator('p.note').textContent()).toBe(NOTE);
    await expectNothingRanOrLeft(watched);
  });
});
