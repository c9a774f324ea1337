/**
 * Sets in Chromium: a researcher makes a set under the code tree by typing its name, puts the
 * selected code in it from the code's details, renames the set in place and deletes it after a
 * question that says the code stays; the database agrees at each step. Screenshot: test-results/sets.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { listSets } from '../../src/store/queries/sets.js';
import { screenshot, type WatchedPage } from '../helpers/browser.js';
import { closeStage, openStage, seedProject, withStore, type Stage } from '../helpers/stage.js';
import { notice, openProject } from './steps.js';

const PROJECT = 'Conjuntos';
const CODE = 'Humor 😊';
const WAIT = { timeout: 30_000 };

describe('making and editing sets in Chromium', { timeout: 300_000 }, () => {
  let stage: Stage | undefined;
  let watched: WatchedPage;
  let page: Page;
  let projectId = '';
  /** The project's sets as the database holds them now. */
  const stored = () => withStore(stage!.db, async (store) =>
    (await listSets(store, projectId)).map((s) => ({ name: s.name, members: s.members.map((m) => m.name) })));
  const sets = () => page.getByRole('region', { name: 'Sets' });
  const card = (name: string) => sets().getByRole('article', { name });

  beforeAll(async () => {
    stage = await openStage({
      prepare: seedProject(PROJECT, async ({ id, project }) => {
        projectId = id;
        await project.run(COMMANDS.createCode, { name: 'Gatillantes' });
        await project.run(COMMANDS.createCode, { name: CODE, parent: 'Gatillantes' });
      }),
    });
    watched = await openProject(stage, PROJECT, 'Code system');
    page = watched.page;
  }, 240_000);
  afterAll(() => closeStage(stage), 60_000);

  it('makes a set by typing its name below the tree', async () => {
    await sets().getByRole('textbox', { name: 'New set' }).fill('Momentos');
    await sets().getByRole('textbox', { name: 'New set' }).press('Enter');
    await card('Momentos').waitFor(WAIT);
    expect(await card('Momentos').textContent()).toContain('This set is empty.');
    expect(await stored()).toEqual([{ name: 'Momentos', members: [] }]);
  });

  it('puts the selected code in the set from its details', async () => {
    await page.getByRole('treeitem', { name: /^Gatillantes,/ }).click();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('treeitem', { name: new RegExp(`^${CODE},`) }).click();
    const details = page.getByRole('region', { name: CODE });
    await details.getByRole('combobox', { name: 'Add to set…' }).selectOption({ label: 'Momentos' });
    await details.getByRole('button', { name: 'Add', exact: true }).click();
    await card('Momentos').getByRole('link', { name: `Gatillantes/${CODE}` }).waitFor(WAIT);
    await details.getByRole('list', { name: `Sets Gatillantes/${CODE} is in` }).waitFor(WAIT);
    expect(await stored()).toEqual([{ name: 'Momentos', members: [`Gatillantes/${CODE}`] }]);
  });

  it('renames the set in place', async () => {
    await card('Momentos').getByRole('button', { name: 'Rename Momentos' }).click();
    const input = sets().getByRole('textbox', { name: 'New name for Momentos' });
    await input.fill('Momentos de encuentro');
    await input.press('Enter');
    await card('Momentos de encuentro').waitFor(WAIT);
    await notice(page).filter({ hasText: 'Renamed the set “Momentos” to “Momentos de encuentro”.' }).waitFor(WAIT);
    await screenshot(page, 'sets');
    expect(await stored()).toEqual([{ name: 'Momentos de encuentro', members: [`Gatillantes/${CODE}`] }]);
  });

  it('deletes the set after a question, and the code stays', async () => {
    await card('Momentos de encuentro').getByRole('button', { name: 'Delete Momentos de encuentro' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the set “Momentos de encuentro”?' });
    expect(await dialog.textContent()).toContain('Its 1 member stays in the project: only the grouping goes.');
    await dialog.getByRole('button', { name: 'Delete set' }).click();
    await card('Momentos de encuentro').waitFor({ state: 'detached', ...WAIT });
    expect(await stored()).toEqual([]);
    expect(await page.getByRole('treeitem', { name: new RegExp(`^${CODE},`) }).count()).toBe(1);
    expect(watched.errors).toEqual([]);
  });
});
