/**
 * The Agreement tab and its disagreement browser in Chromium: two coders who coded one Spanish
 * interview differently are compared (unitized), the reading, figures and methods paragraph show,
 * one place is resolved with "Accept all" and a discussion memo into the consensus layer (checked
 * in the database), and Ctrl+Z opens the place again. Screenshot: test-results/agreement.png.
 */
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { foreignRequests, screenshot, type WatchedPage } from '../helpers/browser.js';
import { closeStage, openStage, seedProject, withStore, type Stage } from '../helpers/stage.js';
import { notice, openProject } from './steps.js';

const PROJECT = 'Acuerdo entre codificadores';
const DOC = 'Sesión 1';
const TEXT = 'E: ¿Qué recuerda de esa sesión?\nT: Nos reímos juntos y algo cambió en la sala; sentí alivio.\nE: ¿Y después?\nT: Hubo un silencio largo, pero no incómodo.\n';
/** Both coders coded this passage, each with a different code. */
const SHARED = 'Nos reímos juntos';
/** Only ana coded this one. */
const ANA_ONLY = 'Hubo un silencio largo';
const span = (text: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length });
const SHARED_SPAN = span(SHARED);
const PLACE = `${DOC}, ${SHARED_SPAN.start}–${SHARED_SPAN.end}`;
const MEMO = 'Las dos lecturas valen: la risa trae alivio. 😊';
const WAIT = { timeout: 30_000 };

describe('the Agreement tab and disagreement browser in Chromium', { timeout: 240_000 }, () => {
  let stage: Stage | undefined;
  let watched: WatchedPage;
  let page: Page;
  let projectId = '';

  beforeAll(async () => {
    stage = await openStage({
      prepare: seedProject(PROJECT, async ({ id, project: owner, root }) => {
        projectId = id;
        const ids: Record<string, string> = {};
        for (const name of ['ana', 'ben']) {
          ids[name] = (await root.run(COMMANDS.addUser, { name })).id;
          await owner.run(COMMANDS.addMember, { user: name, role: 'coder' });
        }
        for (const name of ['Risa', 'Alivio']) await owner.run(COMMANDS.createCode, { name });
        await owner.importText(DOC, TEXT);
        const ana = owner.as(ids.ana!);
        const ben = owner.as(ids.ben!);
        await ana.run(COMMANDS.applyCode, { document: DOC, ...SHARED_SPAN, code: 'Risa' });
        await ben.run(COMMANDS.applyCode, { document: DOC, ...SHARED_SPAN, code: 'Alivio' });
        await ana.run(COMMANDS.applyCode, { document: DOC, ...span(ANA_ONLY), code: 'Alivio' });
        await owner.run(COMMANDS.setPhase, { phase: 'consensus' });
      }),
    });
    watched = await openProject(stage, PROJECT, 'Agreement');
    page = watched.page;
  }, 240_000);
  afterAll(() => closeStage(stage), 60_000);

  const counts = () => page.getByTestId('disagreement-counts');
  const place = () => page.getByRole('region', { name: PLACE, exact: true });

  /** What the database holds for the consensus layer at the shared place, and the consensus memos. */
  function consensusState(): Promise<{ codes: string[]; memos: { title: string; body: string }[] }> {
    return withStore(stage!.db, async (store) => {
      const db = store.adapter.db;
      const codes = await db.selectFrom('coding')
        .innerJoin('user', 'user.id', 'coding.coderId')
        .innerJoin('segment', 'segment.id', 'coding.segmentId')
        .innerJoin('code', 'code.id', 'coding.codeId')
        .select('code.name as name')
        .where('user.name', '=', 'consensus')
        .where('coding.projectId', '=', projectId)
        .where('segment.start', '=', SHARED_SPAN.start)
        .where('segment.end', '=', SHARED_SPAN.end)
        .execute();
      const memos = await db.selectFrom('memo').select(['title', 'body'])
        .where('projectId', '=', projectId).where('title', 'like', 'Consensus on %').execute();
      return { codes: codes.map((c) => c.name).sort(), memos };
    });
  }

  it('compares the ticked coders: reading, figures, table and methods paragraph', async () => {
    await page.getByRole('heading', { name: 'Agreement', level: 1 }).waitFor(WAIT);
    await page.getByRole('status').filter({ hasText: 'Choose at least two coders to compare.' }).waitFor(WAIT);
    expect(await page.getByLabel('Method').inputValue()).toBe('unitized');
    for (const name of ['ana', 'ben']) await page.getByRole('checkbox', { name, exact: true }).check();

    const table = page.locator('table.agreement-table');
    await table.locator('caption').filter({ hasText: /ana and ben on 1 document/ }).waitFor(WAIT);
    expect((await page.getByTestId('agreement-reading').textContent())!.trim()).not.toBe('');
    expect(await table.locator('tbody tr[data-code]').count()).toBeGreaterThan(0);
    // At least one overall figure: a number with three decimals, or "—" with its reason.
    const figures = page.locator('dl.agreement-overall div[data-figure] dd');
    expect(await figures.count()).toBeGreaterThan(0);
    expect(await figures.allTextContents()).toContainEqual(expect.stringMatching(/\d\.\d{3}|—/));
    const paragraph = await page.getByLabel('Methods paragraph').inputValue();
    expect(paragraph).toContain('ana');
    expect(paragraph).toContain('ben');
  });

  it('lists both places, side by side', async () => {
    await expect.poll(() => counts().textContent(), WAIT).toBe('2 open, 0 resolved');
    await place().waitFor(WAIT);
    expect(await place().locator('[data-coder=ana] li').allTextContents()).toEqual(['Risa']);
    expect(await place().locator('[data-coder=ben] li').allTextContents()).toEqual(['Alivio']);
    expect(await place().locator('blockquote').textContent()).toBe(SHARED);
  });

  it('resolves a place with "Accept all" and a memo into the consensus layer', async () => {
    await place().getByLabel('Discussion memo').fill(MEMO);
    const answered = page.waitForResponse((r: Response) => r.request().method() === 'POST' && r.url().endsWith('/commands/consensus.resolve'));
    await place().getByRole('button', { name: /^Accept all/ }).click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => counts().textContent(), WAIT).toBe('1 open, 1 resolved');
    await expect.poll(() => notice(page).textContent(), WAIT).toBe(`Resolved ${PLACE}: kept every coder’s codings.`);
    await expect.poll(() => place().count(), WAIT).toBe(0);

    const state = await consensusState();
    expect(state.codes).toEqual(['Alivio', 'Risa']);
    expect(state.memos).toEqual([{ title: `Consensus on ${PLACE}`, body: MEMO }]);
    await screenshot(page, 'agreement');
  });

  it('opens the place again on Ctrl+Z', async () => {
    // Focus outside any text field, so Ctrl+Z is the workbench's undo and not a field's.
    await page.locator('main h1').first().click();
    const answered = page.waitForResponse((r: Response) => r.request().method() === 'POST' && r.url().endsWith('/commands/undo'));
    await page.keyboard.press('Control+z');
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { command: string }).command).toBe('consensus.resolve');
    await expect.poll(() => counts().textContent(), WAIT).toBe('2 open, 0 resolved');
    await place().waitFor(WAIT);
    expect(await consensusState()).toEqual({ codes: [], memos: [] });
  });

  it('logged no console error and loaded nothing from elsewhere', () => {
    expect(watched.errors).toEqual([]);
    expect(foreignRequests(watched.requests, stage!.server.origin)).toEqual([]);
  });
});
