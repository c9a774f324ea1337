/** `sparks model …` on the real binary: making a model, placing codes, showing counts, exporting the SVG figure. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelSummary, ModelView } from '../../src/contract/models.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { openStore } from '../../src/store/store.js';
import { sparks, sparksJson } from '../helpers/cli.js';
import { Session } from '../helpers/session.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';

const E1 = 'E: ¿Qué pasó?\nT: Nos reímos juntos 😊 y sentí alivio.\n';
const E2 = 'E: ¿Y luego?\nT: Algo cambió en la sala.\n';
const MODEL = 'Chispas de cambio 🔥';

// Each step spawns the binary a few times; a loaded machine takes seconds per run.
describe('models on the command line', { timeout: 180_000 }, () => {
  let db: TestDb;
  let out = '';
  const run = (...args: string[]) => sparks(db.location, args);
  const show = () => sparksJson<ModelView>(db.location, ['model', 'show', 'Chispas', MODEL]);

  beforeAll(async () => {
    db = freshLocation('sqlite');
    out = mkdtempSync(join(tmpdir(), 'sparks-model-'));
    const store = await openStore(db.location);
    try {
      const root = await Session.owner(store);
      const s = root.in((await root.run(COMMANDS.createProject, { name: 'Chispas' })).id);
      await s.run(COMMANDS.createCode, { name: 'Gatillantes' });
      await s.run(COMMANDS.createCode, { name: 'Humor 😄', parent: 'Gatillantes' });
      for (const name of ['Momento de encuentro', 'Efectos']) await s.run(COMMANDS.createCode, { name });
      for (const label of ['P1', 'P2']) await s.run(COMMANDS.addCase, { label, attributes: {} });
      await s.importText('E1', E1, { case: 'P1' });
      await s.importText('E2', E2, { case: 'P2' });
      await s.run(COMMANDS.applyCode, { document: 'E1', start: E1.indexOf('Nos'), end: E1.indexOf(' y sentí'), code: 'Gatillantes/Humor 😄' });
      await s.run(COMMANDS.applyCode, { document: 'E2', start: E2.indexOf('Algo'), end: E2.indexOf(' en la'), code: 'Gatillantes' });
      await s.run(COMMANDS.addRelation, { from: { type: 'code', ref: 'Gatillantes' }, type: 'causal condition of', to: { type: 'code', ref: 'Momento de encuentro' } });
      await s.run(COMMANDS.addMemo, { title: 'Por qué la risa 😄', body: 'El humor abre el encuentro.', type: 'theoretical', links: [] });
    } finally {
      await store.close();
    }
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await db?.dispose();
  });

  it('says how to start when the project has no model', async () => {
    const r = await run('model', 'export', 'Chispas', '--svg', join(out, 'nada.svg'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('"Chispas" has no models yet; create one with `sparks model create`.\n');
    expect((await run('model', 'list', 'Chispas')).stdout).toBe('No models yet: create one with `sparks model create PROJECT NAME`.\n');
  });

  it('creates a model and places codes in a row, or where --at says', async () => {
    expect((await run('model', 'create', 'Chispas', MODEL, '--paradigm', '--description', 'Figura 1 del artículo')).stdout).toBe(`Created the model "${MODEL}" (paradigm layout).\n`);
    expect((await run('model', 'add', 'Chispas', MODEL, 'Gatillantes', 'Momento de encuentro')).stdout).toBe(`Placed 2 nodes on "${MODEL}".\n`);
    await run('model', 'add', 'Chispas', MODEL, 'Efectos');
    expect((await show()).nodes.map((n) => [n.label, n.x, n.y])).toEqual([['Gatillantes', 0, 0], ['Momento de encuentro', 220, 0], ['Efectos', 440, 0]]);

    const again = await run('model', 'add', 'Chispas', MODEL, 'Gatillantes');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`"Gatillantes" is on the model "${MODEL}" already; give --at X,Y to move it.\n`);
    expect((await run('model', 'add', 'Chispas', MODEL, 'Gatillantes', '--at', '10,-20')).stdout).toBe(`Moved 1 node on "${MODEL}".\n`);
    const bad = await run('model', 'add', 'Chispas', MODEL, 'Gatillantes/Humor 😄', '--at', 'arriba');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('--at takes X,Y in diagram units between -10000000 and 10000000, e.g. --at 200,120; got "arriba".\n');
    const missing = await run('model', 'add', 'Chispas', MODEL, 'Nada');
    expect(missing.code).toBe(1);
    expect((await show()).nodes).toHaveLength(3);
  });

  it('shows the nodes with their codings, cases and frequency label, and the relations between them', async () => {
    const v = await show();
    expect(v.model).toMatchObject({ name: MODEL, layout: 'paradigm', description: 'Figura 1 del artículo', nodes: 3 });
    expect(v.nodes[0]).toMatchObject({ label: 'Gatillantes', x: 10, y: -20, counts: { codings: 2, cases: 2, label: 'general' } });
    expect(v.relations.map((r) => [r.source.label, r.type, r.target.label])).toEqual([['Gatillantes', 'causal condition of', 'Momento de encuentro']]);
    const text = (await run('model', 'show', 'Chispas', MODEL)).stdout;
    expect(text).toContain(`${MODEL} — paradigm layout, 3 nodes, 1 relation\nFigura 1 del artículo\n`);
    expect(text).toContain('  Gatillantes  (10, -20)  2 codings · 2 cases · general\n');
    expect(text).toContain('  Gatillantes —causal condition of→ Momento de encuentro\n');
    expect(await sparksJson<ModelSummary[]>(db.location, ['model', 'list', 'Chispas'])).toEqual([expect.objectContaining({ name: MODEL, nodes: 3 })]);
  });

  it('places and removes a memo with memo:TITLE, shown by its title', async () => {
    expect((await run('model', 'add', 'Chispas', MODEL, 'memo:Por qué la risa 😄')).stdout).toBe(`Placed 1 node on "${MODEL}".\n`);
    const memo = (await show()).nodes.find((n) => n.type === 'memo');
    expect(memo).toMatchObject({ label: 'Por qué la risa 😄', x: 660, y: 0, counts: null });
    expect((await run('model', 'show', 'Chispas', MODEL)).stdout).toContain('  Por qué la risa 😄  (660, 0)  memo\n');
    expect((await run('model', 'remove', 'Chispas', MODEL, 'memo:Por qué la risa 😄')).stdout).toBe('Took 1 node off the model; their relations stay in the project.\n');
    expect((await show()).nodes.map((n) => n.type)).toEqual(['code', 'code', 'code']);
  });

  it('frames nodes with a title, lists what each frame holds, retitles and removes it', async () => {
    const added = await run('model', 'frame', 'Chispas', MODEL, 'Lo que lo dispara', '--around', 'Gatillantes', 'Momento de encuentro');
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^Added the frame "Lo que lo dispara" to "Chispas de cambio 🔥" at -?\d+,-?\d+\.\n$/);
    const framed = (await show()).nodes.find((n) => n.type === 'frame')!;
    for (const n of (await show()).nodes.filter((x) => ['Gatillantes', 'Momento de encuentro'].includes(x.label))) {
      expect(n.x).toBeGreaterThan(framed.x);
      expect(n.y).toBeGreaterThan(framed.y);
    }
    expect((await run('model', 'show', 'Chispas', MODEL)).stdout).toContain('\nFrames:\n  Lo que lo dispara  (');
    expect((await run('model', 'show', 'Chispas', MODEL)).stdout).toMatch(/Lo que lo dispara .*: (Gatillantes; Momento de encuentro|Momento de encuentro; Gatillantes)\n/);
    const edited = await run('model', 'frame-edit', 'Chispas', MODEL, 'Lo que lo dispara', '--title', 'Disparadores', '--at', '0,0');
    expect(edited.stdout).toBe('The frame "Disparadores" is at 0,0.\n');

    const both = await run('model', 'frame', 'Chispas', MODEL, 'X', '--around', 'Efectos', '--at', '1,1');
    expect(both.stderr).toBe('Give either --around or --at and --size, not both.\n');
    const small = await run('model', 'frame', 'Chispas', MODEL, 'X', '--size', '10,10');
    expect(small.stderr).toBe('--size takes WIDTH,HEIGHT between 40 and 20000, e.g. --size 300,200; got "10,10".\n');
    const absent = await run('model', 'frame', 'Chispas', MODEL, 'X', '--around', 'memo:Nada');
    expect(absent.code).toBe(1);
    const nothing = await run('model', 'frame-edit', 'Chispas', MODEL, 'Disparadores');
    expect(nothing.stderr).toBe('Say what to change: --title, --at or --size.\n');
    expect((await show()).nodes.filter((n) => n.type === 'frame').map((n) => n.label)).toEqual(['Disparadores']);

    expect((await run('model', 'remove', 'Chispas', MODEL, 'frame:Disparadores')).stdout).toBe('Took 1 node off the model; their relations stay in the project.\n');
    expect((await show()).nodes.some((n) => n.type === 'frame')).toBe(false);
  });

  it('exports the only model without naming it, and asks which one when there are several', async () => {
    const file = join(out, 'figura 1.svg');
    const r = await run('model', 'export', 'Chispas', '--svg', file);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`The model "${MODEL}" written to ${file}.\n`);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Momento de encuentro');
    const folder = await run('model', 'export', 'Chispas', MODEL, '--svg', join(out, 'no', 'existe.svg'));
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe(`The folder ${join(out, 'no')} does not exist; create it or choose another --svg path.\n`);
    expect((await run('model', 'export', 'Chispas')).code).toBe(2);

    await run('model', 'create', 'Chispas', 'Borrador');
    const which = await run('model', 'export', 'Chispas', '--svg', file);
    expect(which.code).toBe(1);
    expect(which.stderr).toBe('"Chispas" has 2 models ("Borrador", "Chispas de cambio 🔥"); name the one to export, e.g. `sparks model export Chispas "Borrador" --svg FILE`.\n');
    expect((await run('model', 'export', 'Chispas', 'Borrador', '--svg', join(out, 'borrador.svg'))).code).toBe(0);
  });

  it('takes nodes off a model and deletes a model, keeping the relations', async () => {
    expect((await run('model', 'remove', 'Chispas', MODEL, 'Efectos')).stdout).toBe('Took 1 node off the model; their relations stay in the project.\n');
    expect((await show()).nodes.map((n) => n.label)).toEqual(['Gatillantes', 'Momento de encuentro']);
    const deleted = await run('model', 'delete', 'Chispas', MODEL);
    expect(deleted.stdout).toBe(`Deleted the model "${MODEL}" and its 2 nodes; the relations stay (\`sparks undo\` brings it back).\n`);
    expect(await sparksJson<unknown[]>(db.location, ['relation', 'list', 'Chispas'])).toHaveLength(1);
    const gone = await run('model', 'show', 'Chispas', MODEL);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe(`There is no model "${MODEL}" in this project; choose one from its list of models.\n`);
  });

  it('gives the paper\'s Figure 1 from the template: template apply, then model export', async () => {
    expect((await run('project', 'create', 'Figura')).code).toBe(0);
    expect((await run('template', 'apply', 'Figura', 'mom')).stdout)
      .toBe('Applied Moments of meeting (Duarte, Martínez & Tomicic, 2021): 45 codes, 2 memos, 3 relations and 1 model added, 0 already there.\n');
    const file = join(out, 'fig1.svg');
    expect((await run('model', 'export', 'Figura', 'Sparks of change', '--svg', file)).code).toBe(0);
    const svg = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const text of ['Enabling conditions', 'Main effects', 'context of', 'causal condition of', 'consequence of', 'Of the relationship', 'Long-term effects', 'Trust in the therapist']) expect(svg).toContain(text);
    for (const words of ['Triggers of moments of', 'Characteristics of']) expect(svg).toContain(words);
    expect(svg).not.toMatch(/(href|src)="(https?:)?\/\//);
  });
});
