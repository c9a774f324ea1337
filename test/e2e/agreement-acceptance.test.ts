/**
 * The intercoder-agreement issue's acceptance, in Chromium, each human step done in the browser:
 * on the demo project (as `sparks start` makes it), the owner adds two coders, starts blind coding
 * and gives them one interview; each coder logs in with their password in their own browser and
 * codes passages selected with the mouse, seeing only their own codings; the owner moves to
 * comparison, and the Agreement view shows per-code figures, the reading and the methods paragraph;
 * in the consensus phase the disagreement browser resolves every disagreement (accept one coder,
 * the other, all, and written anew, with a discussion memo); and Table I is produced on the
 * consensus layer, holding the kept codes and none of the rejected ones.
 * Screenshots: test-results/agreement-acceptance-*.png.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureDemoProject } from '../../src/cli/demo-project.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { canonicalize } from '../../src/core/text.js';
import { hashPassword } from '../../src/server/passwords.js';
import { demoInterviews } from '../../src/templates/demo/index.js';
import { foreignRequests, screenshot, waitForView, watchedPage, type InPage, type WatchedPage } from '../helpers/browser.js';
import { Session } from '../helpers/session.js';
import { closeStage, openStage, withStore, type Stage } from '../helpers/stage.js';
import { bar, notice, selectWithMouse, tab } from './steps.js';

const DEMO = 'Moments of meeting (demo)';
const DOC = 'Interview T6';
const TEXT = canonicalize(demoInterviews.find((i) => i.name === DOC)!.text);
const CH = 'Characteristics of moments of meeting';
const TR = 'Triggers of moments of meeting';
const EC = 'Enabling conditions';
const ME = 'Main effects';
const PASSWORDS = { ben: 'el momento de encuentro 🌱', eva: 'un silencio compartido' } as const;
type Coder = keyof typeof PASSWORDS;
const WAIT = { timeout: 30_000 };

/** A passage of the interview, its place label as the disagreement browser names it, and who coded it with what. */
function passage(sentence: string, codes: Partial<Record<Coder, string[]>>) {
  const start = TEXT.indexOf(sentence);
  if (start < 0 || TEXT.lastIndexOf(sentence) !== start) throw new Error(`“${sentence}” is not once in ${DOC}.`);
  return { sentence, codes, label: `${DOC}, ${start}–${start + sentence.length}` };
}

/** Both coders apply the same code to the same words: an agreement, not listed among the disagreements. */
const AGREED = passage('There was a silence.', { ben: [`${TR}/Silences`], eva: [`${TR}/Silences`] });
/** Same words, different codes: resolved by accepting ben's. */
const ACCEPT_BEN = passage('Honestly, they feel a bit like being caught off guard.', { ben: [`${CH}/Surprising`], eva: [`${ME}/Disrupts the regular flow`] });
/** Same words, different codes: resolved by accepting eva's. */
const ACCEPT_EVA = passage('For me, so far, mostly out of being stuck.', { ben: [`${EC}/Therapeutic flexibility`], eva: [`${TR}/Ruptures or impasse`] });
/**
 * Only ben coded these words, with two codes (the second by selecting his own coded text again):
 * resolved with "Accept all" and a discussion memo.
 */
const ACCEPT_ALL = passage('Honestly, I feel as stuck as you do.', { ben: [`${CH}/Genuine experience`, `${CH}/Emotionally intense`] });
/** Same words, different codes, neither kept: resolved with a coding written anew. */
const WRITE_NEW = passage('I think I have to be willing to be affected.', { ben: [`${EC}/Openness`], eva: [`${ME}/Sense of connectedness`] });
const WRITTEN = `${TR}/Empathic attunement`;
const PASSAGES = [AGREED, ACCEPT_BEN, ACCEPT_EVA, ACCEPT_ALL, WRITE_NEW];
const DISAGREEMENTS = [ACCEPT_BEN, ACCEPT_EVA, ACCEPT_ALL, WRITE_NEW];
const MEMO = 'Decidimos que la confesión del terapeuta es una experiencia genuina, no una técnica. 😊';

/** What the consensus layer should hold once every disagreement is resolved, and what the team rejected. */
const KEPT = [...AGREED.codes.ben!, ...ACCEPT_BEN.codes.ben!, ...ACCEPT_EVA.codes.eva!, ...ACCEPT_ALL.codes.ben!, WRITTEN];
const REJECTED = [...ACCEPT_BEN.codes.eva!, ...ACCEPT_EVA.codes.ben!, ...WRITE_NEW.codes.ben!, ...WRITE_NEW.codes.eva!];

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the intercoder-agreement acceptance in Chromium: blind coding to Table I on the consensus layer', { timeout: 300_000 }, () => {
  let stage: Stage | undefined;
  const watched: Record<'owner' | Coder, WatchedPage | undefined> = { owner: undefined, ben: undefined, eva: undefined };
  const pageOf = (who: 'owner' | Coder): Page => watched[who]!.page;

  beforeAll(async () => {
    stage = await openStage({
      command: 'start',
      // The demo project exactly as `sparks start` makes it, and two accounts with passwords (an
      // administrator's job on the command line); everything after this happens in the browser.
      prepare: (db) => withStore(db, async (store) => {
        await ensureDemoProject(store);
        const root = await Session.owner(store);
        for (const name of Object.keys(PASSWORDS) as Coder[]) {
          await root.run(COMMANDS.addUser, { name, passwordHash: await hashPassword(PASSWORDS[name]) });
        }
      }),
    });
    // Three people, three browser contexts: no login cookie is shared.
    for (const who of ['owner', 'ben', 'eva'] as const) {
      watched[who] = await watchedPage(await stage.browser.newContext({ viewport: { width: 1280, height: 800 } }));
    }
  }, 240_000);
  afterAll(() => closeStage(stage), 60_000);
  beforeEach(({ onTestFailed }) => {
    onTestFailed(async () => {
      // What each browser showed when a step failed, next to the other screenshots.
      for (const who of ['owner', 'ben', 'eva'] as const) await screenshot(pageOf(who), `agreement-acceptance-failed-${who}`).catch(() => undefined);
    });
  });

  /** Open a project tab by its link, as a reader clicks it, and wait for the view. */
  async function openTab(page: Page, label: string): Promise<void> {
    await tab(page, label).click();
    await page.locator('main h1', { hasText: label }).first().waitFor(WAIT);
    await waitForView(page);
  }

  /** Run a click (or key) that sends `command`, and wait for the server to accept it. */
  async function sends(page: Page, command: string, act: () => Promise<void>): Promise<void> {
    const answered = page.waitForResponse((r: Response) => r.request().method() === 'POST' && r.url().endsWith(`/commands/${command}`));
    await act();
    expect((await answered).status()).toBe(200);
  }

  /** Scroll the transcript with the mouse wheel until the row holding `sentence` is drawn. */
  async function reveal(page: Page, sentence: string): Promise<void> {
    const piece = page.locator('.transcript [data-start]', { hasText: sentence });
    const transcript = page.locator('.transcript');
    for (let i = 0; i < 60 && (await piece.count()) === 0; i++) {
      const box = (await transcript.boundingBox())!;
      const before = await transcript.evaluate((e) => (e as unknown as { scrollTop: number }).scrollTop);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, Math.round(box.height * 0.6));
      // Wait for the scroll to land (or the end to be reached) and the rows to be drawn for it.
      await page.waitForFunction((was) => {
        const { document } = globalThis as unknown as InPage;
        const t = document.querySelector('.transcript')!;
        return t.scrollTop !== was || t.scrollTop + t.clientHeight >= t.scrollHeight - 1;
      }, before, WAIT);
      await page.evaluate(() => new Promise<void>((r) => {
        const { requestAnimationFrame } = globalThis as unknown as InPage;
        requestAnimationFrame(() => requestAnimationFrame(() => r()));
      }));
    }
    await piece.first().waitFor(WAIT);
  }

  /** The transcript row that holds `sentence`, brought into view. */
  async function rowOf(page: Page, sentence: string): Promise<Locator> {
    await reveal(page, sentence);
    return page.locator('.transcript .turn', { hasText: sentence });
  }

  /** The names on the margin bars of the row holding `sentence`, sorted. */
  async function barNames(page: Page, sentence: string): Promise<string[]> {
    const row = await rowOf(page, sentence);
    return (await row.locator('button.bar .bar-name').allTextContents()).map((t) => t.trim()).sort();
  }

  /** What `coder` should see in the margin of the row holding `sentence`: their own codes there only. */
  function ownCodesInRow(coder: Coder, sentence: string): string[] {
    const row = TEXT.split('\n').find((line) => line.includes(sentence))!;
    return PASSAGES.filter((p) => row.includes(p.sentence)).flatMap((p) => (p.codes[coder] ?? []).map(nameOf)).sort();
  }

  /** Log in on the login page with name and password, open the demo project and the interview. */
  async function logInAndOpen(coder: Coder): Promise<Page> {
    const page = pageOf(coder);
    await page.goto(stage!.server.origin);
    await page.getByRole('heading', { name: 'Log in to Sparks' }).waitFor(WAIT);
    await page.getByLabel('Name or e-mail').fill(coder);
    await page.getByLabel('Password').fill(PASSWORDS[coder]);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: DEMO }).click(WAIT);
    await waitForView(page);
    await page.locator('table.listing').getByRole('link', { name: DOC, exact: true }).click(WAIT);
    await page.locator('.transcript .turn').first().waitFor(WAIT);
    await waitForView(page);
    expect(await page.getByRole('group', { name: 'Account' }).textContent()).toContain(coder);
    return page;
  }

  /** Select the passage with the mouse, type the code's name in the picker, press Enter, see the coding. */
  async function code(page: Page, sentence: string, path: string): Promise<void> {
    await reveal(page, sentence);
    await selectWithMouse(page, sentence);
    const picker = page.getByRole('dialog', { name: 'Code the selection' });
    await picker.waitFor(WAIT);
    await expect.poll(() => picker.locator('.picker-quote').textContent(), WAIT).toBe(`“${sentence}”`);
    await page.keyboard.type(nameOf(path));
    await picker.getByRole('option', { selected: true }).filter({ hasText: nameOf(path) }).waitFor(WAIT);
    await sends(page, 'coding.apply', () => page.keyboard.press('Enter'));
    await picker.waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => notice(page).textContent(), WAIT).toBe(`Coded with ${path}.`);
    // The row is drawn anew with the coding before the next selection, so that one is made on what is on screen.
    await bar(page, sentence, nameOf(path)).waitFor(WAIT);
  }

  /** Choose a coding phase in the Members tab (confirming blind coding when asked). */
  async function setPhase(label: 'Independent' | 'Comparison' | 'Consensus'): Promise<void> {
    const page = pageOf('owner');
    await openTab(page, 'Members');
    const phases = page.getByRole('group', { name: 'Change the coding phase' });
    await phases.waitFor(WAIT);
    if (label === 'Independent') {
      // The radio stays on the current phase until the owner confirms: click, not check.
      await phases.getByRole('radio', { name: label }).click();
      const confirm = page.getByRole('group', { name: 'Confirm blind coding' });
      await confirm.waitFor(WAIT);
      await sends(page, 'project.phase', () => confirm.getByRole('button', { name: 'Yes, start blind coding' }).click());
    } else {
      await sends(page, 'project.phase', () => phases.getByRole('radio', { name: label }).check());
    }
    await expect.poll(() => notice(page).textContent(), WAIT).toBe(`The project is now in the ${label.toLowerCase()} phase.`);
    await expect.poll(() => page.locator('.members-phase-now strong').textContent(), WAIT).toBe(`${label}.`);
  }

  /** The Agreement tab with both coders ticked. */
  async function compareInAgreementTab(): Promise<Page> {
    const page = pageOf('owner');
    await openTab(page, 'Agreement');
    for (const name of ['ben', 'eva']) await page.getByRole('checkbox', { name, exact: true }).check();
    return page;
  }

  it('1. the owner adds two coders, starts blind coding and assigns them one interview, in the Members tab', async () => {
    const page = pageOf('owner');
    await page.goto(stage!.server.loginUrl);
    await page.getByRole('link', { name: DEMO }).click(WAIT);
    await waitForView(page);
    await openTab(page, 'Members');
    const add = page.getByRole('form', { name: 'Add a member' });
    for (const name of ['ben', 'eva'] as const) {
      await add.getByLabel('User name').fill(name);
      expect(await add.getByLabel('Role').inputValue()).toBe('coder');
      await sends(page, 'member.add', () => add.getByRole('button', { name: 'Add' }).click());
      await expect.poll(() => notice(page).textContent(), WAIT).toBe(`${name} was added as coder.`);
    }

    await setPhase('Independent');

    for (const name of ['ben', 'eva'] as const) {
      const box = page.getByRole('checkbox', { name: `${DOC}: ${name}`, exact: true });
      await box.waitFor(WAIT);
      await sends(page, 'document.assign', () => box.check());
      await expect.poll(() => notice(page).textContent(), WAIT).toBe(`${DOC} is now assigned to ${name}.`);
      await expect.poll(() => box.isChecked(), WAIT).toBe(true);
    }
    await screenshot(page, 'agreement-acceptance-members');
  });

  it('2. each coder logs in with their password and codes the interview with the mouse, blind to the other', async () => {
    for (const coder of ['ben', 'eva'] as const) {
      const page = await logInAndOpen(coder);
      // A second code on the same words starts the drag inside the coder's own highlight.
      for (const p of PASSAGES) for (const path of p.codes[coder] ?? []) await code(page, p.sentence, path);
    }
    for (const coder of ['ben', 'eva'] as const) {
      const page = pageOf(coder);
      // Fresh from the server, not only what this page drew itself.
      await page.reload();
      await page.locator('.transcript .turn').first().waitFor(WAIT);
      await waitForView(page);
      for (const p of PASSAGES) {
        // Only their own codes in the margin: not the other coder's, nor the demo coders' of this interview.
        await expect.poll(() => barNames(page, p.sentence), WAIT).toEqual(ownCodesInRow(coder, p.sentence));
      }
    }
    // ben coded a passage eva did not: she sees no highlight there at all.
    const row = await rowOf(pageOf('eva'), ACCEPT_ALL.sentence);
    expect(await row.locator('span.hl', { hasText: ACCEPT_ALL.sentence }).count()).toBe(0);
    await screenshot(pageOf('ben'), 'agreement-acceptance-ben-blind', false);
  });

  it('3. in comparison the coders see each other’s codings, and the Agreement view shows per-code figures', async () => {
    await setPhase('Comparison');
    const ben = pageOf('ben');
    await ben.reload();
    await ben.locator('.transcript .turn').first().waitFor(WAIT);
    await expect.poll(async () => (await barNames(ben, ACCEPT_BEN.sentence)).includes(nameOf(ACCEPT_BEN.codes.eva![0]!)), WAIT).toBe(true);

    const page = await compareInAgreementTab();
    const table = page.locator('table.agreement-table');
    // Every document counts by default, also those nobody coded (docs/agreement.md): the demo's six interviews.
    await table.locator('caption').filter({ hasText: /ben and eva on 6 documents/ }).waitFor(WAIT);
    // A row per code either coder used, each with its figures: a number with three decimals (a minus sign
    // when below chance) or "—" with a reason.
    const used = [...new Set(PASSAGES.flatMap((p) => Object.values(p.codes).flat()))];
    for (const path of used) {
      const cells = table.locator(`tbody tr[data-code="${path}"] td.num`);
      await cells.first().waitFor(WAIT);
      const texts = (await cells.allTextContents()).map((t) => t.trim());
      expect(texts.some((t) => /^−?\d\.\d{3}$|^—/.test(t)), `${path}: ${texts.join(' | ')}`).toBe(true);
    }
    // The code both applied to the same words agrees fully.
    expect((await table.locator(`tbody tr[data-code="${AGREED.codes.ben![0]}"] td.num`).last().textContent())!.trim()).toBe('1.000');
    for (const reason of await table.locator('[data-reason]').evaluateAll((es) => es.map((e) => e.getAttribute('data-reason')))) {
      expect(reason).toMatch(/\w/);
    }
    const reading = (await page.getByTestId('agreement-reading').textContent())!.trim();
    expect(reading).not.toBe('');
    const overall = page.locator('dl.agreement-overall div[data-figure] dd');
    expect(await overall.allTextContents()).toContainEqual(expect.stringMatching(/\d\.\d{3}|—/));
    const paragraph = await page.getByLabel('Methods paragraph').inputValue();
    expect(paragraph).toContain('ben');
    expect(paragraph).toContain('eva');
    await screenshot(page, 'agreement-acceptance-figures');
  });

  it('4. in the consensus phase the disagreement browser resolves every disagreement into the consensus layer', async () => {
    await setPhase('Consensus');
    const page = await compareInAgreementTab();
    const counts = page.getByTestId('disagreement-counts');
    const place = (p: { label: string }) => page.getByRole('region', { name: p.label, exact: true });
    await expect.poll(() => counts.textContent(), WAIT).toBe(`${DISAGREEMENTS.length} open, 0 resolved`);
    // The passage both coded alike is no disagreement; each of the others is listed, side by side.
    expect(await place(AGREED).count()).toBe(0);
    for (const p of DISAGREEMENTS) {
      await place(p).waitFor(WAIT);
      expect(await place(p).locator('blockquote').textContent()).toBe(p.sentence);
      for (const coder of ['ben', 'eva'] as const) {
        const listed = await place(p).locator(`[data-coder=${coder}] li`).allTextContents();
        expect(listed.sort()).toEqual([...(p.codes[coder] ?? [])].sort());
      }
    }

    const resolve = async (p: { label: string }, button: Locator, done: string, resolved: number) => {
      await sends(page, 'consensus.resolve', () => button.click());
      await expect.poll(() => notice(page).textContent(), WAIT).toBe(done);
      await expect.poll(() => counts.textContent(), WAIT).toBe(`${DISAGREEMENTS.length - resolved} open, ${resolved} resolved`);
      await expect.poll(() => place(p).count(), WAIT).toBe(0);
    };

    await resolve(ACCEPT_BEN, place(ACCEPT_BEN).getByRole('button', { name: 'Accept ben', exact: true }),
      `Resolved ${ACCEPT_BEN.label}: kept ben’s codings.`, 1);
    await resolve(ACCEPT_EVA, place(ACCEPT_EVA).getByRole('button', { name: 'Accept eva', exact: true }),
      `Resolved ${ACCEPT_EVA.label}: kept eva’s codings.`, 2);

    // Only ben coded this one: eva has nothing to accept; the team keeps it, with a memo of why.
    expect(await place(ACCEPT_ALL).getByRole('button', { name: 'Accept eva', exact: true }).isDisabled()).toBe(true);
    await place(ACCEPT_ALL).getByLabel('Discussion memo').fill(MEMO);
    await resolve(ACCEPT_ALL, place(ACCEPT_ALL).getByRole('button', { name: /^Accept all/ }),
      `Resolved ${ACCEPT_ALL.label}: kept every coder’s codings.`, 3);

    await place(WRITE_NEW).getByRole('button', { name: 'Write new…' }).click();
    const form = page.getByRole('form', { name: `New codings for ${WRITE_NEW.label}` });
    await form.waitFor(WAIT);
    await form.getByLabel('Code').selectOption(WRITTEN);
    const [start, end] = WRITE_NEW.label.slice(DOC.length + 2).split('–');
    expect(await form.getByLabel('Start').inputValue()).toBe(start);
    expect(await form.getByLabel('End').inputValue()).toBe(end);
    await resolve(WRITE_NEW, form.getByRole('button', { name: 'Resolve with these codings' }), `Resolved ${WRITE_NEW.label} with a new coding.`, 4);

    await expect.poll(() => counts.textContent(), WAIT).toBe(`0 open, ${DISAGREEMENTS.length} resolved`);
    await page.getByRole('status').filter({ hasText: 'No open disagreements' }).waitFor(WAIT);

    // The passage both coded alike joins the consensus layer too, so analyses on it count it.
    const agreed = page.getByTestId('agreed-places');
    await expect.poll(() => agreed.textContent(), WAIT).toContain('1 place where the coders agree is not in the consensus layer yet.');
    await sends(page, 'consensus.agree', () => agreed.getByRole('button', { name: 'Take the agreed places' }).click());
    await expect.poll(() => notice(page).textContent(), WAIT).toBe('Took the agreed place into the consensus layer; Ctrl+Z undoes it.');
    await expect.poll(() => agreed.count(), WAIT).toBe(0);
    await page.getByLabel('Show resolved').check();
    for (const p of DISAGREEMENTS) await place(p).locator('.disagreement-badge', { hasText: 'Resolved' }).waitFor(WAIT);
    await screenshot(page, 'agreement-acceptance-resolved');

    // The discussion memo is with the project's memos.
    await openTab(page, 'Memos');
    await page.locator('main').getByText(`Consensus on ${ACCEPT_ALL.label}`).first().waitFor(WAIT);
  });

  it('5. Table I on the consensus layer holds the kept codes and none of the rejected ones', async () => {
    const page = pageOf('owner');
    await openTab(page, 'Analysis');
    const coder = page.locator('form[aria-label="What to analyse"] select[name=coder]');
    await coder.locator('option', { hasText: 'Consensus (agreed codings)' }).waitFor({ state: 'attached', ...WAIT });
    await coder.selectOption({ label: 'Consensus (agreed codings)' });

    // The frequency table: each kept code in the one case of the interview, each rejected code in none.
    const cases = (path: string) => page.locator(`table.frequency-table tr[data-code="${path}"] [data-cases]`);
    for (const path of KEPT) await expect.poll(async () => (await cases(path).textContent())?.replace(/\s/g, ''), WAIT).toBe('1/6');
    for (const path of REJECTED) expect((await cases(path).textContent())?.replace(/\s/g, '')).toBe('0/6');

    await page.getByLabel('Example quotes per category in Table I').fill('5');
    const link = page.locator('li[data-report=table] a[data-format=md]');
    expect(await link.getAttribute('href')).toContain('coder=consensus');
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), link.click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain(`# Categories and properties — ${DEMO}`);

    // | Category | Properties | Description | Example quote | Frequency |
    const rows = new Map(markdown.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Category |') && !l.startsWith('| ---'))
      .map((l) => l.slice(2, -2).split(/ (?<!\\)\| /))
      .map((cells) => [cells[0]!, { quotes: cells[3]!, frequency: cells[4]! }]));
    expect([...rows.keys()]).toEqual([CH, TR, EC, ME]);
    const quoted = (p: { sentence: string }) => new RegExp(`“${escapeRe(p.sentence)}” \\(T6\\)`);
    // Kept: the agreed passage and those whose resolution kept a code of the category, and only those.
    expect(rows.get(CH)!.frequency).toMatch(/1\/6 cases$/);
    expect(rows.get(CH)!.quotes).toMatch(quoted(ACCEPT_BEN));
    expect(rows.get(CH)!.quotes).toMatch(quoted(ACCEPT_ALL));
    expect(rows.get(CH)!.quotes.split('<br>')).toHaveLength(2);
    expect(rows.get(TR)!.frequency).toMatch(/1\/6 cases$/);
    expect(rows.get(TR)!.quotes).toMatch(quoted(ACCEPT_EVA));
    expect(rows.get(TR)!.quotes).toMatch(quoted(WRITE_NEW));
    expect(rows.get(TR)!.quotes).toMatch(quoted(AGREED));
    expect(rows.get(TR)!.quotes.split('<br>')).toHaveLength(3);
    // Rejected: nothing of these categories reached the consensus layer.
    for (const category of [EC, ME]) {
      expect(rows.get(category)!.frequency).toMatch(/0\/6 cases$/);
      expect(rows.get(category)!.quotes).toBe('—');
    }
    await screenshot(page, 'agreement-acceptance-table');
  });

  it('logged no console error and loaded nothing from elsewhere', () => {
    for (const w of Object.values(watched)) {
      expect(w!.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
      expect(foreignRequests(w!.requests, stage!.server.origin)).toEqual([]);
    }
  });
});
