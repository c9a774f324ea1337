/**
 * Frames and memos in the model editor, in Chromium: a researcher adds a frame from the toolbar
 * and types its title, drags a code into it, drags the frame (the code comes along, saved with one
 * command), resizes it, reloads and finds title, size and places unchanged; Delete removes the
 * frame and leaves the code, Ctrl+Z brings it back; memos are put on the model from the palette's
 * Memos list, by a click and by dragging. Screenshot: test-results/model-frames.png.
 */
import type { Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { foreignRequests, screenshot, waitForView, type InPage, type WatchedPage } from '../helpers/browser.js';
import { closeStage, openStage, seedProject, withStore, type Stage } from '../helpers/stage.js';
import { openProject } from './steps.js';

const PROJECT = 'Marcos';
const MODEL = 'Condiciones';
const INSIDE = 'Humor compartido';
const OUTSIDE = 'Alivio';
const TITLE = 'Condiciones del terapeuta';
const MEMOS = ['Por qué la risa', 'Antes del encuentro'];
const WAIT = { timeout: 30_000 };

interface Box { label: string; x: number; y: number; width: number; height: number }

describe('frames and memos in the model editor', { timeout: 300_000 }, () => {
  let stage: Stage | undefined;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    stage = await openStage({
      prepare: seedProject(PROJECT, async ({ project: s }) => {
        for (const name of [INSIDE, OUTSIDE]) await s.run(COMMANDS.createCode, { name });
        for (const title of MEMOS) await s.run(COMMANDS.addMemo, { title, body: 'Notas.', type: 'theoretical', links: [] });
        await s.run(COMMANDS.createModel, { name: MODEL });
        await s.run(COMMANDS.placeNodes, { model: MODEL, nodes: [{ type: 'code', ref: INSIDE, x: 0, y: 0 }, { type: 'code', ref: OUTSIDE, x: 600, y: 0 }] });
      }),
    });
    watched = await openProject(stage, PROJECT, 'Models');
    page = watched.page;
    await page.getByRole('link', { name: MODEL }).click(WAIT);
    await page.getByRole('heading', { name: MODEL, level: 1 }).waitFor(WAIT);
    await waitForView(page);
  }, 240_000);
  afterAll(() => closeStage(stage), 60_000);

  const node = (label: string): Locator => page.locator('.react-flow__node').filter({ has: page.locator('.model-node-label', { hasText: label }) });
  const frame = (): Locator => page.locator('.react-flow__node-frame');
  const command = (name: string) => page.waitForResponse((r: Response) => r.request().method() === 'POST' && r.url().endsWith(`/commands/${name}`));

  /** Every node's label (a frame's title) and box on the diagram, in its own coordinates. */
  const shown = (): Promise<Box[]> => page.evaluate(() => {
    const { document } = globalThis as unknown as InPage;
    return [...document.querySelectorAll('.react-flow__node')].map((el) => {
      const e = el as unknown as { style: { transform: string; width: string; height: string }; offsetWidth: number; offsetHeight: number; querySelector(s: string): { textContent: string | null } | null };
      const [, x = 'NaN', y = 'NaN'] = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(e.style.transform) ?? [];
      const label = e.querySelector('.model-node-label')?.textContent ?? e.querySelector('.model-frame-title')?.textContent ?? '';
      return { label, x: Number(x), y: Number(y), width: e.offsetWidth, height: e.offsetHeight };
    }).sort((a, b) => a.label.localeCompare(b.label));
  });
  const shownOf = async (label: string) => (await shown()).find((b) => b.label === label)!;

  /** What the database holds: each node's place by code name, memo title or frame title, with a frame's size. */
  function stored(): Promise<Box[]> {
    return withStore(stage!.db, async (store) => {
      const db = store.adapter.db;
      const rows = await db.selectFrom('model_node').innerJoin('model', 'model.id', 'model_node.modelId')
        .leftJoin('code', 'code.id', 'model_node.targetId').leftJoin('memo', 'memo.id', 'model_node.targetId')
        .select(['model_node.targetType', 'model_node.label', 'model_node.x', 'model_node.y', 'model_node.style', 'code.name', 'memo.title'])
        .where('model.name', '=', MODEL).execute();
      return rows.map((r) => {
        const style = JSON.parse(r.style) as { width?: number; height?: number };
        return { label: r.targetType === 'frame' ? r.label : r.name ?? r.title ?? '', x: Number(r.x), y: Number(r.y), width: style.width ?? 0, height: style.height ?? 0 };
      }).sort((a, b) => a.label.localeCompare(b.label));
    });
  }
  const storedOf = async (label: string) => (await stored()).find((b) => b.label === label);

  const center = async (l: Locator) => {
    const b = (await l.boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  /** Press, move in small steps as a hand does, release. */
  async function drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    await page.mouse.up();
  }

  it('adds a frame from the toolbar and saves the title typed into it', async () => {
    const added = command('model.frame');
    await page.getByRole('button', { name: 'Add frame' }).click();
    expect((await added).status()).toBe(200);
    const input = page.getByRole('textbox', { name: 'Frame title' });
    await input.waitFor(WAIT);
    await expect.poll(() => input.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement), WAIT).toBe(true);
    await page.keyboard.type(TITLE);
    const titled = command('model.frame');
    await page.keyboard.press('Enter');
    const sent = (await titled).request().postDataJSON() as { label: string };
    expect(sent.label).toBe(TITLE);
    await frame().locator('.model-frame-title', { hasText: TITLE }).waitFor(WAIT);
    await expect.poll(async () => (await storedOf(TITLE))?.width, WAIT).toBe(260);
    // Behind the codes: the relations and nodes stay clickable.
    expect(Number(await frame().evaluate((el) => (el as unknown as { style: { zIndex: string } }).style.zIndex))).toBeLessThan(0);
    expect(await frame().locator('.react-flow__handle').count()).toBe(0);
  });

  it('takes a code dragged into the frame; a drag of the frame carries it along, saved with one command', async () => {
    let placed = command('model.place');
    await drag(await center(node(INSIDE).locator('.model-node-label')), await center(frame()));
    expect((await placed).status()).toBe(200);
    await expect.poll(async () => {
      const [f, c] = [await storedOf(TITLE), await storedOf(INSIDE)];
      return c!.x > f!.x && c!.y > f!.y && c!.x < f!.x + f!.width && c!.y < f!.y + f!.height;
    }, WAIT).toBe(true);

    const frameBefore = (await storedOf(TITLE))!;
    const codeBefore = (await storedOf(INSIDE))!;
    const outsideBefore = (await storedOf(OUTSIDE))!;
    const sent: unknown[] = [];
    const count = (r: { method(): string; url(): string; postDataJSON(): unknown }) => {
      if (r.method() === 'POST' && r.url().endsWith('/commands/model.place')) sent.push(r.postDataJSON());
    };
    page.on('request', count);
    const box = (await frame().boundingBox())!;
    placed = command('model.place');
    // Upwards, so the frame's corner stays on screen for the resize that follows.
    const from = { x: box.x + 10, y: box.y + box.height - 10 };
    await drag(from, { x: from.x + 60, y: from.y - 110 });
    expect((await placed).status()).toBe(200);
    await expect.poll(async () => (await storedOf(TITLE))!.y, WAIT).toBeLessThan(frameBefore.y - 20);
    page.off('request', count);
    expect(sent).toHaveLength(1);
    expect((sent[0] as { nodes: { type: string }[] }).nodes.map((n) => n.type).sort()).toEqual(['code', 'frame']);
    const [frameAfter, codeAfter] = [(await storedOf(TITLE))!, (await storedOf(INSIDE))!];
    expect(codeAfter.x - codeBefore.x).toBe(frameAfter.x - frameBefore.x);
    expect(codeAfter.y - codeBefore.y).toBe(frameAfter.y - frameBefore.y);
    expect(await storedOf(OUTSIDE)).toEqual(outsideBefore);
    expect((await shownOf(INSIDE)).x).toBeCloseTo(codeAfter.x, 0);
  });

  it('resizes the selected frame from its corner, saving its size and place', async () => {
    const before = (await storedOf(TITLE))!;
    await frame().locator('.model-frame-title').click();
    const corner = frame().locator('.react-flow__resize-control.handle.bottom.right');
    await corner.waitFor(WAIT);
    const placed = command('model.place');
    const from = await center(corner);
    await drag(from, { x: from.x + 70, y: from.y + 60 });
    const sent = (await placed).request().postDataJSON() as { nodes: { type: string; style: { width: number; height: number } }[] };
    expect(sent.nodes).toEqual([expect.objectContaining({ type: 'frame', x: before.x, y: before.y })]);
    await expect.poll(async () => (await storedOf(TITLE))!.width, WAIT).toBeGreaterThan(before.width + 30);
    const after = (await storedOf(TITLE))!;
    expect(after.height).toBeGreaterThan(before.height + 20);
    const drawn = await shownOf(TITLE);
    expect(Math.abs(drawn.width - after.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(drawn.height - after.height)).toBeLessThanOrEqual(1);
    await screenshot(page, 'model-frames');
  });

  it('finds the frame’s title, size and the places unchanged after a reload', async () => {
    const before = await shown();
    await page.reload();
    await page.getByRole('heading', { name: MODEL, level: 1 }).waitFor(WAIT);
    await frame().locator('.model-frame-title', { hasText: TITLE }).waitFor(WAIT);
    await expect.poll(() => page.locator('.react-flow__node').count(), WAIT).toBe(3);
    const after = await shown();
    expect(after.map((b) => b.label)).toEqual(before.map((b) => b.label));
    for (const [i, b] of after.entries()) {
      for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(b[k] - before[i]![k])).toBeLessThanOrEqual(1);
    }
    const db = await stored();
    for (const b of db) {
      const s = after.find((a) => a.label === b.label)!;
      expect(Math.abs(s.x - b.x) + Math.abs(s.y - b.y)).toBeLessThanOrEqual(1);
    }
  });

  it('removes the frame with Delete and leaves the code where it was; Ctrl+Z brings the frame back', async () => {
    const code = (await storedOf(INSIDE))!;
    await frame().locator('.model-frame-title').click();
    const removed = command('model.remove');
    await page.keyboard.press('Delete');
    expect((await removed).status()).toBe(200);
    await expect.poll(() => frame().count(), WAIT).toBe(0);
    await expect.poll(() => page.locator('p.notice').textContent(), WAIT).toContain('what it held stays on the model');
    expect(await storedOf(TITLE)).toBeUndefined();
    expect(await storedOf(INSIDE)).toEqual(code);
    await node(INSIDE).waitFor(WAIT);

    const undone = command('undo');
    await page.keyboard.press('Control+z');
    expect((await undone).status()).toBe(200);
    await frame().locator('.model-frame-title', { hasText: TITLE }).waitFor(WAIT);
  });

  it('puts memos on the model from the palette’s Memos list, by a click and by dragging', async () => {
    await page.getByRole('tab', { name: 'Memos' }).click();
    let placed = command('model.place');
    await page.getByRole('button', { name: `Add the memo ${MEMOS[0]}` }).click();
    expect((await placed).status()).toBe(200);
    await node(MEMOS[0]!).waitFor(WAIT);
    expect(await node(MEMOS[0]!).getByRole('link', { name: `Open the memo ${MEMOS[0]}` }).getAttribute('href')).toMatch(/\/memos\/[0-9a-f-]{36}$/);

    placed = command('model.place');
    const canvas = page.locator('.model-canvas');
    const box = (await canvas.boundingBox())!;
    await page.getByRole('button', { name: `Add the memo ${MEMOS[1]}` }).dragTo(canvas, { targetPosition: { x: box.width / 2, y: 60 } });
    expect((await placed).status()).toBe(200);
    await node(MEMOS[1]!).waitFor(WAIT);
    expect((await stored()).map((b) => b.label).sort()).toEqual([OUTSIDE, ...MEMOS, TITLE, INSIDE].sort());

    // The code list is one click away, as it was.
    await page.getByRole('tab', { name: 'Codes' }).click();
    await page.getByLabel('Add a code').waitFor(WAIT);
  });

  it('renames the frame by a double-click on its title; Escape keeps the title as it was', async () => {
    const sent: string[] = [];
    const count = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().endsWith('/commands/model.frame')) sent.push(r.url());
    };
    page.on('request', count);
    await frame().locator('.model-frame-title').dblclick();
    const input = page.getByRole('textbox', { name: 'Frame title' });
    await input.waitFor(WAIT);
    expect(await input.inputValue()).toBe(TITLE);
    await input.fill('Otro título');
    await input.press('Escape');
    await input.waitFor({ state: 'detached', ...WAIT });
    expect(await frame().locator('.model-frame-title').textContent()).toBe(TITLE);
    page.off('request', count);
    expect(sent).toEqual([]);
  });

  it('lays the framed model out with one command that also sizes the frame around what it holds', async () => {
    const placed = command('model.place');
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    const sent = (await placed).request().postDataJSON() as { nodes: { type: string; style?: { width: number; height: number } }[] };
    expect(sent.nodes).toHaveLength(5);
    expect(sent.nodes.find((n) => n.type === 'frame')!.style).toEqual({ width: expect.any(Number), height: expect.any(Number) });
    await expect.poll(async () => {
      const [f, c] = [await storedOf(TITLE), await storedOf(INSIDE)];
      return c!.x >= f!.x && c!.y > f!.y && c!.x < f!.x + f!.width && c!.y < f!.y + f!.height;
    }, WAIT).toBe(true);
    const f = (await storedOf(TITLE))!;
    await expect.poll(async () => Math.abs((await shownOf(TITLE)).height - f.height), WAIT).toBeLessThanOrEqual(1);
  });

  it('logged no console error and loaded nothing from elsewhere', () => {
    expect(watched.errors).toEqual([]);
    expect(foreignRequests(watched.requests, stage!.server.origin)).toEqual([]);
  });
});
