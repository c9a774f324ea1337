/** `sparks relation …` on the real binary: linking codes, memos and segments, listing, the appendix table, types. */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelationTypeView, RelationView } from '../../src/contract/models.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import { openStore } from '../../src/store/store.js';
import { sparks, sparksJson } from '../helpers/cli.js';
import { Session } from '../helpers/session.js';
import { freshLocation, type TestDb } from '../helpers/stores.js';

const TEXT = 'E: ¿Qué pasó?\nT: Nos reímos juntos 😊 y sentí alivio.\n';

// Each step spawns the binary a few times; a loaded machine takes seconds per run.
describe('relations on the command line', { timeout: 180_000 }, () => {
  let db: TestDb;
  let segment = '';
  const run = (...args: string[]) => sparks(db.location, args);
  const list = () => sparksJson<RelationView[]>(db.location, ['relation', 'list', 'Chispas']);

  beforeAll(async () => {
    db = freshLocation('sqlite');
    const store = await openStore(db.location);
    try {
      const root = await Session.owner(store);
      const s = root.in((await root.run(COMMANDS.createProject, { name: 'Chispas' })).id);
      await s.run(COMMANDS.createCode, { name: 'Gatillantes' });
      await s.run(COMMANDS.createCode, { name: 'Humor 😄', parent: 'Gatillantes' });
      await s.run(COMMANDS.createCode, { name: 'Momento de encuentro' });
      await s.importText('E1', TEXT);
      segment = (await s.run(COMMANDS.applyCode, { document: 'E1', start: TEXT.indexOf('Nos'), end: TEXT.indexOf(' y sentí'), code: 'Gatillantes/Humor 😄' })).segment.id;
      await s.run(COMMANDS.addMemo, { title: 'Por qué la risa ✍️', body: 'Teórico.', type: 'theoretical', links: [] });
    } finally {
      await store.close();
    }
  });
  afterAll(async () => db?.dispose());

  it('links code paths by default, and memos and segments by prefix', async () => {
    const added = await run('relation', 'add', 'Chispas', 'Gatillantes/Humor 😄', 'causal condition of', 'Momento de encuentro', '--memo', 'La risa abre el encuentro.', '--evidence', segment);
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^Added the relation Gatillantes\/Humor 😄 —causal condition of→ Momento de encuentro, citing 1 segment \(id [0-9a-f]{8}\)\.\n$/);
    expect((await run('relation', 'add', 'Chispas', 'memo:Por qué la risa ✍️', 'is associated with', 'code:Gatillantes')).code).toBe(0);
    const json = await sparksJson<{ sourceType: string; evidence: string[] }>(db.location, ['relation', 'add', 'Chispas', `segment:${segment}`, 'is associated with', 'memo:Por qué la risa ✍️']);
    expect(json).toMatchObject({ sourceType: 'segment', evidence: [] });
    const rows = await list();
    expect(rows.map((r) => `${r.source.label} | ${r.type} | ${r.target.label}`)).toEqual([
      'Gatillantes/Humor 😄 | causal condition of | Momento de encuentro',
      'Por qué la risa ✍️ | is associated with | Gatillantes',
      'Nos reímos juntos 😊 | is associated with | Por qué la risa ✍️',
    ]);
    expect(rows[0]!.evidence).toEqual([{ segmentId: segment, document: 'E1', text: 'Nos reímos juntos 😊' }]);
  });

  it('refuses what makes no sense with one sentence, changing nothing', async () => {
    const unknown = await run('relation', 'add', 'Chispas', 'Gatillantes', 'gatilla', 'Momento de encuentro');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^There is no relation type "gatilla"; use one of "is associated with", .*, or add it with `sparks relation type add`\.\n$/);
    const missing = await run('relation', 'add', 'Chispas', 'Nada', 'is a', 'Gatillantes');
    expect(missing.code).toBe(1);
    expect(missing.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect((await run('relation', 'list', 'Chispas', '--csv', '--md')).code).toBe(2);
    expect(await list()).toHaveLength(3);
  });

  it('lists relations as "Source —type→ Target" and as the appendix table', async () => {
    const text = (await run('relation', 'list', 'Chispas')).stdout.split('\n');
    expect(text[0]).toMatch(/^[0-9a-f]{8} {2}Gatillantes\/Humor 😄 —causal condition of→ Momento de encuentro {2}· 1 segment · “La risa abre el encuentro\.”$/);
    expect(text[1]).toMatch(/^[0-9a-f]{8} {2}Por qué la risa ✍️ —is associated with— Gatillantes$/);
    const csv = parse((await run('relation', 'list', 'Chispas', '--csv', '--quotes')).stdout, { bom: true }) as string[][];
    expect(csv[0]).toEqual(['Source', 'Relation', 'Target', 'Memo', 'Evidence']);
    expect(csv[1]).toEqual(['Gatillantes/Humor 😄', 'causal condition of', 'Momento de encuentro', 'La risa abre el encuentro.', '“Nos reímos juntos 😊” (E1)']);
    const md = (await run('relation', 'list', 'Chispas', '--md')).stdout;
    expect(md).toContain('# Relations of Chispas\n');
    expect(md).toContain('| Gatillantes/Humor 😄 | causal condition of | Momento de encuentro | La risa abre el encuentro. | 1 |');
  });

  it('deletes a relation by the short id the list shows', async () => {
    const [first] = await list();
    const deleted = await run('relation', 'delete', 'Chispas', first!.id.slice(-8));
    expect(deleted.stderr).toBe('');
    expect(deleted.stdout).toBe('Deleted the relation Gatillantes/Humor 😄 —causal condition of→ Momento de encuentro (`sparks undo` brings it back).\n');
    expect(await list()).toHaveLength(2);
    const again = await run('relation', 'delete', 'Chispas', first!.id);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`There is no relation ${first!.id} in this project; list relations with \`sparks relation list\`.\n`);
  });

  it('lists the relation types and adds one', async () => {
    const added = await run('relation', 'type', 'add', 'Chispas', 'gatilla', '--label', '→ gatilla', '--paradigm', 'causal');
    expect(added.stdout).toBe('Added the relation type "gatilla" for the paradigm role causal.\n');
    const types = await sparksJson<RelationTypeView[]>(db.location, ['relation', 'types', 'Chispas']);
    expect(types.at(-1)).toMatchObject({ name: 'gatilla', label: '→ gatilla', symmetric: false, paradigm: 'causal', uses: 0 });
    expect(types.find((x) => x.name === 'is associated with')!.uses).toBe(2);
    const bad = await run('relation', 'type', 'add', 'Chispas', 'otro', '--paradigm', 'causa');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('--paradigm must be one of causal, context, intervening, strategy, consequence.\n');
    const twice = await run('relation', 'type', 'add', 'Chispas', 'gatilla', '--symmetric');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe('A relation type named "gatilla" already exists; choose another name.\n');
  });
});
