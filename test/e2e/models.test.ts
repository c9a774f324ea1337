/**
 * The model editor in Chromium: a researcher creates a paradigm model, adds three codes (by search
 * and Enter, by a click, by dragging from the code list), draws two typed relations with the mouse,
 * lays the model out, reloads and finds it unchanged (nodes, relations and their types, positions
 * within 1 px, as the database holds them). Delete takes a node off (its relations stay) and Ctrl+Z
 * puts it back; a drag saves once, at its end; a relation added on the command line appears live; the figure downloads as SVG and PNG. Screenshots: test-results/model-editor.png and
 * test-results/figure-1-editor.png (the moments-of-meeting template's Figure 1 model).
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { mom } from '../../src/templates/index.js';
import { foreignRequests, screenshot, waitForView, type InPage, type WatchedPage } from '../helpers/browser.js';
import { sparks } from '../helpers/cli.js';
import { closeStage, openStage, seedProject, withStore, type Stage } from '../helpers/stage.js';
import { notice, openProject } from './steps.js';

const PROJECT = 'Modelos de cambio';
const MODEL = 'Chispas de cambio';
const CONDITIONS = 'Condiciones facilitadoras';
const TRIGGERS = 'Gatillantes';
const MOMENT = 'Momento de encuentro ✨';
const TEXT = 'E: ¿Qué pasó?\nT: Nos reímos juntos y algo cambió en la sala.\n';
const LAUGH = { start: TEXT.indexOf('Nos reímos'), end: TEXT.indexOf('Nos reímos') + 'Nos reímos juntos'.length };
const WAIT = { timeout: 30_000 };

interface Shown { label: string; x: number; y: number }

describe('the model editor in Chromium', { timeout: 300_000 }, () => {
  let stage: Stage | undefined;
  let watched: WatchedPage;
  let page: Page;
  let projectId = '';

  beforeAll(async () => {
    stage = await openStage({
      prepare: seedProject(PROJECT, async ({ id, project: s }) => {
        projectId = id;
        await s.run(COMMANDS.applyTemplate, { template: mom });
        for (const name of [CONDITIONS, TRIGGERS, MOMENT]) await s.run(COMMANDS.createCode, { name });
        await s.run(COMMANDS.addCase, { label: 'T1', attributes: {} });
        await s.importText('Entrevista 1', TEXT, { case: 'T1' });
        await s.run(COMMANDS.applyCode, { document: 'Entrevista 1', ...LAUGH, code: TRIGGERS });
      }),
    });
    watched = await openProject(stage, PROJECT, 'Models');
    page = watched.page;
  }, 240_000);
  afterAll(() => closeStage(stage), 60_000);

  const node = (label: string): Locator => page.locator('.react-flow__node').filter({ has: page.locator('.model-node-label', { hasText: label }) });
  const edgeLabels = () => page.locator('.react-flow__edge-text').allTextContents().then((t) => t.sort());
  const command = (name: string) => page.waitForResponse((r: Response) => r.request().method() === 'POST' && r.url().endsWith(`/commands/${name}`));

  /** Every node's label and position on the diagram (its own coordinates, whatever the zoom). */
  const shown = (): Promise<Shown[]> => page.evaluate(() => {
    const { document } = globalThis as unknown as InPage;
    return [...document.querySelectorAll('.react-flow__node')].map((el) => {
      const e = el as unknown as { style: { transform: string }; querySelector(s: string): { textContent: string | null } | null };
      const [, x = 'NaN', y = 'NaN'] = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(e.style.transform) ?? [];
      return { label: e.querySelector('.model-node-label')?.textContent ?? '', x: Number(x), y: Number(y) };
    }).sort((a, b) => a.label.localeCompare(b.label));
  });

  /** What the database holds for the model: node positions by code name, and relations as "from type to". */
  function stored(): Promise<{ nodes: Shown[]; relations: string[] }> {
    return withStore(stage!.db, async (store) => {
      const db = store.adapter.db;
      const nodes = await db.selectFrom('model_node').innerJoin('model', 'model.id', 'model_node.modelId').innerJoin('code', 'code.id', 'model_node.targetId')
        .select(['code.name as label', 'model_node.x', 'model_node.y']).where('model.name', '=', MODEL).execute();
      const relations = await db.selectFrom('relation').innerJoin('relation_type', 'relation_type.id', 'relation.typeId')
        .innerJoin('code as s', 's.id', 'relation.sourceId').innerJoin('code as t', 't.id', 'relation.targetId')
        .select(['s.name as from', 'relation_type.name as type', 't.name as to']).where('relation.projectId', '=', projectId)
        .where('s.name', 'in', [CONDITIONS, TRIGGERS, MOMENT]).execute();
      return {
        nodes: nodes.map((n) => ({ label: n.label, x: Number(n.x), y: Number(n.y) })).sort((a, b) => a.label.localeCompare(b.label)),
        relations: relations.map((r) => `${r.from} ${r.type} ${r.to}`).sort(),
      };
    });
  }

  const center = async (l: Locator) => {
    const b = (await l.boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };

  /** Press on the source node's handle, drag to the target node's, release, and choose the type. */
  async function draw(from: string, to: string, type: string): Promise<void> {
    const a = await center(node(from).locator('.react-flow__handle-right'));
    const b = await center(node(to).locator('.react-flow__handle-left'));
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + 20, { steps: 6 });
    await page.mouse.move(b.x, b.y, { steps: 6 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'New relation' });
    await dialog.waitFor(WAIT);
    await dialog.getByRole('radio', { name: new RegExp(`^${type} — `) }).check();
    expect(await dialog.locator('.type-chooser-sentence').textContent()).toBe(`“${from}” ${type} “${to}”`);
    const added = command('relation.add');
    await dialog.getByRole('button', { name: 'Add relation' }).click();
    expect((await added).status()).toBe(200);
    await page.locator('.react-flow__edge-text', { hasText: type }).waitFor(WAIT);
  }

  it('creates a paradigm model from the list and opens it', async () => {
    await page.getByLabel('New model').fill(MODEL);
    await page.getByRole('radio', { name: 'Paradigm' }).check();
    const created = command('model.create');
    await page.getByRole('button', { name: 'Create model' }).click();
    expect((await created).status()).toBe(200);
    await page.getByRole('heading', { name: MODEL, level: 1 }).waitFor(WAIT);
    await waitForView(page);
    expect(await page.evaluate(() => (globalThis as unknown as InPage).location.hash)).toMatch(/\/models\/[0-9a-f-]{36}$/);
  });

  it('adds three codes: by search and Enter, by a click, and by dragging from the list', async () => {
    const search = page.getByLabel('Add a code');
    await search.fill('condiciones facil');
    let placed = command('model.place');
    await search.press('Enter');
    expect((await placed).status()).toBe(200);
    await node(CONDITIONS).waitFor(WAIT);

    placed = command('model.place');
    await page.getByRole('button', { name: `Add ${TRIGGERS}` }).click();
    expect((await placed).status()).toBe(200);
    await node(TRIGGERS).waitFor(WAIT);
    await expect.poll(() => node(TRIGGERS).locator('.model-node-counts').textContent(), WAIT).toBe('1 coding · 1 case');

    placed = command('model.place');
    const canvas = page.locator('.model-canvas');
    const box = (await canvas.boundingBox())!;
    await page.getByRole('button', { name: `Add ${MOMENT}` }).dragTo(canvas, { targetPosition: { x: box.width - 180, y: box.height - 120 } });
    expect((await placed).status()).toBe(200);
    await node(MOMENT).waitFor(WAIT);
    expect((await shown()).map((n) => n.label)).toEqual([CONDITIONS, TRIGGERS, MOMENT].sort((a, b) => a.localeCompare(b)));
    expect(await node(TRIGGERS).getByRole('link', { name: `Show segments of ${TRIGGERS}` }).getAttribute('href')).toContain('/segments?code=Gatillantes');
  });

  it('draws two typed relations by mouse', async () => {
    await draw(CONDITIONS, TRIGGERS, 'context of');
    await draw(TRIGGERS, MOMENT, 'causal condition of');
    expect(await edgeLabels()).toEqual(['causal condition of', 'context of']);
    expect((await stored()).relations).toEqual([`${CONDITIONS} context of ${TRIGGERS}`, `${TRIGGERS} causal condition of ${MOMENT}`]);
  });

  it('lays the model out in paradigm columns with one command, and a reload shows it unchanged', async () => {
    const placed = command('model.place');
    await page.getByRole('button', { name: 'Auto-layout' }).click();
    const sent = (await placed).request().postDataJSON() as { nodes: unknown[] };
    expect(sent.nodes).toHaveLength(3);
    await expect.poll(async () => (await stored()).nodes.map((n) => `${n.x},${n.y}`).join(' '), WAIT)
      .toBe((await shown()).map((n) => `${n.x},${n.y}`).join(' '));
    const before = await shown();
    const x = (label: string) => before.find((n) => n.label === label)!.x;
    // Conditions, then the causal condition, then the phenomenon, left to right.
    expect(x(CONDITIONS)).toBeLessThan(x(TRIGGERS));
    expect(x(TRIGGERS)).toBeLessThan(x(MOMENT));
    await screenshot(page, 'model-editor');

    await page.reload();
    await page.getByRole('heading', { name: MODEL, level: 1 }).waitFor(WAIT);
    await expect.poll(() => page.locator('.react-flow__edge-text').count(), WAIT).toBe(2);
    const after = await shown();
    expect(after.map((n) => n.label)).toEqual(before.map((n) => n.label));
    for (const [i, n] of after.entries()) {
      expect(Math.abs(n.x - before[i]!.x)).toBeLessThanOrEqual(1);
      expect(Math.abs(n.y - before[i]!.y)).toBeLessThanOrEqual(1);
    }
    expect(await edgeLabels()).toEqual(['causal condition of', 'context of']);
    const db = await stored();
    for (const [i, n] of db.nodes.entries()) expect(Math.abs(n.x - after[i]!.x) + Math.abs(n.y - after[i]!.y)).toBeLessThanOrEqual(1);
  });

  it('opens a relation on click, takes a node off with Delete (its relations stay) and puts it back with Ctrl+Z', async () => {
    // The label's background lies over its text: click that, as a researcher clicks the label.
    await page.locator('.react-flow__edge').filter({ has: page.locator('.react-flow__edge-text', { hasText: 'context of' }) })
      .locator('.react-flow__edge-textbg').click();
    const panel = page.getByRole('complementary', { name: 'Relation' });
    await panel.waitFor(WAIT);
    expect(await panel.locator('.relation-sentence').textContent()).toBe(`“${CONDITIONS}” context of “${TRIGGERS}”`);
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached', ...WAIT });

    await node(TRIGGERS).locator('.model-node-label').click();
    const removed = command('model.remove');
    await page.keyboard.press('Delete');
    expect((await removed).status()).toBe(200);
    await expect.poll(() => node(TRIGGERS).count(), WAIT).toBe(0);
    expect(await page.locator('.react-flow__edge-text').count()).toBe(0);
    await expect.poll(() => notice(page).textContent(), WAIT).toContain('relations stay in the project');
    expect((await stored()).relations).toHaveLength(2);

    const undone = command('undo');
    await page.keyboard.press('Control+z');
    expect((await undone).status()).toBe(200);
    await node(TRIGGERS).waitFor(WAIT);
    await expect.poll(() => edgeLabels(), WAIT).toEqual(['causal condition of', 'context of']);
  });

  it('saves a node dragged by mouse with one command at the drag’s end', async () => {
    const sent: string[] = [];
    const count = (r: { method(): string; url(): string }) => {
      if (r.method() === 'POST' && r.url().endsWith('/commands/model.place')) sent.push(r.url());
    };
    page.on('request', count);
    const before = (await stored()).nodes.find((n) => n.label === MOMENT)!;
    const from = await center(node(MOMENT).locator('.model-node-label'));
    const placed = command('model.place');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + 4 * i, from.y + 10 * i);
    await page.mouse.up();
    expect((await placed).status()).toBe(200);
    await expect.poll(async () => (await stored()).nodes.find((n) => n.label === MOMENT)!.y, WAIT).toBeGreaterThan(before.y + 40);
    page.off('request', count);
    expect(sent).toHaveLength(1);
    const after = await shown();
    const db = await stored();
    for (const [i, n] of db.nodes.entries()) expect(Math.abs(n.x - after[i]!.x) + Math.abs(n.y - after[i]!.y)).toBeLessThanOrEqual(1);
  });

  it('moves a selected node with the arrow keys, saved once the keys rest', async () => {
    const before = (await stored()).nodes.find((n) => n.label === CONDITIONS)!;
    // Keyboard only: focus the node (as Tab does), select it with Enter, move it.
    await node(CONDITIONS).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => node(CONDITIONS).getAttribute('class'), WAIT).toContain('selected');
    const placed = command('model.place');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    const sent = (await placed).request().postDataJSON() as { nodes: { x: number; y: number }[] };
    expect(sent.nodes).toEqual([expect.objectContaining({ type: 'code', ref: CONDITIONS, x: before.x, y: before.y + 20 })]);
    await expect.poll(async () => (await stored()).nodes.find((n) => n.label === CONDITIONS)!.y, WAIT).toBe(before.y + 20);
  });

  it('shows a relation added elsewhere (the command line) without a reload', async () => {
    const r = await sparks(stage!.db, ['relation', 'add', PROJECT, CONDITIONS, 'is associated with', MOMENT]);
    expect(r.stderr).toBe('');
    await expect.poll(() => edgeLabels(), WAIT).toEqual(['== is associated with', 'causal condition of', 'context of']);
  });

  it('downloads the figure as SVG and as a PNG drawn in the page', async () => {
    let download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export SVG' }).click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain(MOMENT);

    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const png = await download;
    expect(png.suggestedFilename()).toBe(`${MODEL}.png`);
    expect([...readFileSync((await png.path())!).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('shows the template’s Figure 1 model, “Sparks of change”', async () => {
    await page.getByRole('link', { name: 'All models' }).click();
    await page.getByRole('link', { name: 'Sparks of change' }).click(WAIT);
    await page.getByRole('heading', { name: 'Sparks of change', level: 1 }).waitFor(WAIT);
    // The template's figure grows (frames, more codes): at least its first four codes and three relations.
    await expect.poll(() => page.locator('.react-flow__node .model-node-label').count(), WAIT).toBeGreaterThanOrEqual(4);
    await expect.poll(() => page.locator('.react-flow__edge-text').count(), WAIT).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'figure-1-editor');
  });

  it('logged no console error and loaded nothing from elsewhere', () => {
    expect(watched.errors).toEqual([]);
    expect(foreignRequests(watched.requests, stage!.server.origin)).toEqual([]);
  });
});
