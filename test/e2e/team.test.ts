/**
 * A team in two browsers: two coders log in with their passwords on the login page, open the same
 * transcript, and each sees the other's new coding appear without reloading; a viewer reads the
 * transcript but is offered no way to code it. Screenshot: test-results/team-*.png.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { hashPassword } from '../../src/server/passwords.js';
import { foreignRequests, screenshot, waitForView, watchedPage, type WatchedPage } from '../helpers/browser.js';
import { closeStage, openStage, seedProject, type Stage } from '../helpers/stage.js';
import { bar, highlight, notice, selectWithMouse } from './steps.js';

const PROJECT = 'Equipo de codificación';
const DOC = 'Entrevista T4';
const TEXT = [
  'T: ¿Qué recuerda de esa sesión?',
  'P: Nos reímos juntos de algo muy tonto y la tensión se fue.',
  'T: ¿Y después?',
  'P: Hubo un silencio largo, pero no incómodo.',
].join('\n');
const ANA = { sentence: 'Nos reímos juntos de algo muy tonto', filter: 'humor', name: 'Humor', path: 'Triggers of moments of meeting/Humor' };
const TOMAS = { sentence: 'Hubo un silencio largo', filter: 'silen', name: 'Silences', path: 'Triggers of moments of meeting/Silences' };
const PASSWORDS = { ana: 'la risa compartida 😊', tomas: 'un silencio muy largo', vera: 'solo leo las entrevistas' };
const WAIT = { timeout: 30_000 };

describe('a team coding one transcript in two browsers', { timeout: 240_000 }, () => {
  let stage: Stage | undefined;
  const contexts: BrowserContext[] = [];
  const pages: Record<string, WatchedPage> = {};
  let documentPath = '';

  beforeAll(async () => {
    stage = await openStage({
      prepare: seedProject(PROJECT, async ({ id: projectId, project: s, root: owner }) => {
        await s.run(COMMANDS.applyTemplate, { template: (await import('../../src/templates/index.js')).mom });
        for (const [name, role] of [['ana', 'coder'], ['tomas', 'coder'], ['vera', 'viewer']] as const) {
          await owner.run(COMMANDS.addUser, { name, passwordHash: await hashPassword(PASSWORDS[name]) });
          await s.run(COMMANDS.addMember, { user: name, role });
        }
        const doc = await s.importText(DOC, TEXT);
        documentPath = `#/projects/${projectId}/documents/${doc.id}`;
      }),
    });
    for (const name of ['ana', 'tomas', 'vera'] as const) {
      const context = await stage.browser.newContext({ viewport: { width: 1200, height: 800 } });
      contexts.push(context);
      pages[name] = await watchedPage(context);
    }
  }, 240_000);
  afterAll(() => closeStage(stage), 60_000);

  /** Log in on the login page with a name and password, then open the transcript. */
  async function logIn(name: keyof typeof PASSWORDS): Promise<Page> {
    const { page } = pages[name]!;
    await page.goto(`${stage!.server.origin}/${documentPath}`);
    await page.getByRole('heading', { name: 'Log in to Sparks' }).waitFor(WAIT);
    await page.getByLabel('Name or e-mail').fill(name);
    await page.getByLabel('Password').fill(PASSWORDS[name]);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('.transcript .turn').first().waitFor(WAIT);
    await waitForView(page);
    return page;
  }

  async function code(page: Page, c: typeof ANA): Promise<void> {
    await selectWithMouse(page, c.sentence);
    const picker = page.getByRole('dialog', { name: 'Code the selection' });
    await picker.waitFor(WAIT);
    await page.keyboard.type(c.filter);
    await picker.getByRole('option', { selected: true }).filter({ hasText: c.name }).waitFor(WAIT);
    await page.keyboard.press('Enter');
    await expect.poll(() => notice(page).textContent(), WAIT).toBe(`Coded with ${c.path}.`);
  }

  it('logs two coders and a viewer in with their passwords', async () => {
    for (const name of ['ana', 'tomas', 'vera'] as const) await logIn(name);
    expect(await pages.ana!.page.getByRole('group', { name: 'Account' }).textContent()).toContain('ana');
  });

  it('shows each coder the other’s new coding without a reload', async () => {
    await code(pages.ana!.page, ANA);
    await bar(pages.tomas!.page, ANA.sentence, ANA.name).waitFor(WAIT);
    await code(pages.tomas!.page, TOMAS);
    await bar(pages.ana!.page, TOMAS.sentence, TOMAS.name).waitFor(WAIT);
    await highlight(pages.vera!.page, TOMAS.sentence).or(pages.vera!.page.locator('.transcript .turn', { hasText: TOMAS.sentence }).locator('button.bar')).first().waitFor(WAIT);
    await screenshot(pages.tomas!.page, 'team-tomas', false);
  });

  it('offers the viewer no way to code', async () => {
    const page = pages.vera!.page;
    await selectWithMouse(page, 'la tensión se fue');
    await page.waitForTimeout(500);
    expect(await page.getByRole('dialog', { name: 'Code the selection' }).count()).toBe(0);
    // A fresh click, away from the selection, opens a coding's details as for anyone.
    await page.mouse.click(5, 5);
    await bar(page, ANA.sentence, ANA.name).click();
    const details = page.getByRole('dialog', { name: 'Segment details' });
    await details.waitFor(WAIT);
    expect(await details.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    await screenshot(page, 'team-viewer', false);
  });

  it('logged no console error and loaded nothing from elsewhere', () => {
    for (const w of Object.values(pages)) {
      expect(w.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
      expect(foreignRequests(w.requests, stage!.server.origin)).toEqual([]);
    }
  });
});
