/**
 * A long session stays light in the browser: the transcript view of a 10,000-word, 1,500-coding
 * document keeps only the rows in view in the page, while scrolling to its very end.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDocument, writeSyntheticDocument, type SyntheticDocument, type WrittenDocument } from '../../src/bench/synthetic-document.js';
import { newPage, screenshot, type InPage, type WatchedPage } from '../helpers/browser.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { closeStage, openStage, withStore, type Stage } from '../helpers/stage.js';

/** Far fewer rows than the document's hundreds of turns: what fills a screen, plus overscan. */
const MAX_ROWS = 60;

describe('the transcript of a long session', { timeout: 240_000 }, () => {
  let stage: Stage | undefined;
  let doc: SyntheticDocument;
  let written: WrittenDocument;
  let server: ServerProcess | undefined;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    doc = syntheticDocument({ seed: 1 });
    stage = await openStage({
      prepare: (db) => withStore(db, async (store) => {
        written = await writeSyntheticDocument(store, doc);
      }),
    });
    server = stage.server;
    watched = await newPage(stage.browser);
    page = watched.page;
  }, 240_000);

  afterAll(() => closeStage(stage), 60_000);

  it('is generated the same from the same seed, at the intended size, in both languages', () => {
    expect(doc.words).toBeGreaterThanOrEqual(10_000);
    expect(doc.words).toBeLessThan(10_500);
    expect(doc.turns.length).toBeGreaterThanOrEqual(200);
    expect(new Set(doc.turns.map((t) => t.speaker))).toEqual(new Set(['Terapeuta', 'Paciente']));
    expect(doc.codings).toHaveLength(1_500);
    expect(new Set(doc.codings.map((c) => c.code)).size).toBe(40);
    expect(doc.text).toMatch(/ñ/u);
    expect(doc.text).toMatch(/á|é|í|ó|ú/u);
    expect(doc.text).toMatch(/\p{Extended_Pictographic}/u);
    expect(doc.text).toMatch(/ the /u);
    const again = syntheticDocument({ seed: 1 });
    expect(again.text).toBe(doc.text);
    expect(again.codings).toEqual(doc.codings);
    expect(syntheticDocument({ seed: 2 }).text).not.toBe(doc.text);
  });

  it('renders a bounded number of turns from the top to the last turn', async () => {
    await page.goto(server!.loginUrl);
    const { projectId, documentId } = written;
    await page.goto(`${server!.origin}/#/projects/${encodeURIComponent(projectId)}/documents/${encodeURIComponent(documentId)}`);
    await page.waitForSelector('.transcript .turn');
    const rows = () => page.locator('.transcript .turn').count();
    expect(await rows()).toBeLessThanOrEqual(MAX_ROWS);
    await screenshot(page, 'long-document');

    // Scroll the transcript down a screen at a time, letting each step render, and count the rows.
    let most = 0;
    for (let step = 0; step < 2_000; step++) {
      const atEnd = await page.evaluate(async () => {
        const { document, requestAnimationFrame } = globalThis as unknown as InPage;
        const el = document.querySelector('.transcript')!;
        el.scrollTop += Math.max(100, el.clientHeight * 0.8);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return el.scrollTop + el.clientHeight >= el.scrollHeight - 2;
      });
      most = Math.max(most, await rows());
      if (atEnd) break;
    }
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(MAX_ROWS);

    // The last words of the last turn are on screen, inside the transcript's box.
    const last = doc.turns[doc.turns.length - 1]!;
    const tail = doc.text.slice(last.start, last.end).split('\n').pop()!.slice(-30).trim();
    await page.waitForFunction((tail) => {
      const { document } = globalThis as unknown as InPage;
      const box = document.querySelector('.transcript')!.getBoundingClientRect();
      const row = [...document.querySelectorAll('.transcript .turn')].find((t) => t.textContent?.includes(tail));
      const r = row?.getBoundingClientRect();
      return !!r && r.bottom > box.top && r.top < box.bottom;
    }, tail);
    expect(await rows()).toBeLessThanOrEqual(MAX_ROWS);
    await screenshot(page, 'long-document-end');
    expect(watched.errors).toEqual([]);
  });
});
