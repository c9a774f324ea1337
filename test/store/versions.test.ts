/**
 * Two people editing one code or one memo: the edit made on an older version is refused with the
 * current one, never applied over the other's; without a version (the command line) edits apply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { ConflictError } from '../../src/core/errors.js';
import { listCodes } from '../../src/store/queries/codes.js';
import { listMemos } from '../../src/store/queries/listings.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

describe.each(DIALECTS)('versions of codes and memos on %s', (dialect) => {
  let t: TestStore;
  let ana: Session;
  let tomas: Session;
  let projectId: string;

  beforeAll(async () => {
    t = await freshStore(dialect);
    const owner = await Session.owner(t.store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Versiones' })).id;
    const s = owner.in(projectId);
    const tomasId = (await owner.run(COMMANDS.addUser, { name: 'tomas' })).id;
    await s.run(COMMANDS.addMember, { user: 'tomas', role: 'coder' });
    ana = s;
    tomas = s.as(tomasId);
    await s.run(COMMANDS.createCode, { name: 'Humor' });
  });
  afterAll(async () => t?.dispose());

  const code = async (name: string) => (await listCodes(t.store, projectId)).find((c) => c.name === name)!;

  it('refuses the second rename made on the same version, with the code as it now is', async () => {
    const seen = await code('Humor');
    expect(seen.version).toBe(1);
    await ana.run(COMMANDS.renameCode, { code: 'Humor', name: 'Risa', version: seen.version });
    const second = tomas.run(COMMANDS.renameCode, { code: 'Risa', name: 'Humor compartido', version: seen.version });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toThrow('The code "Risa" was changed by someone else since you opened it; nothing was changed. Compare both versions, then save again.');
    await second.catch((err: ConflictError) => expect(err.current).toMatchObject({ name: 'Risa', version: 2 }));
    expect((await code('Risa')).version).toBe(2);
    await tomas.run(COMMANDS.defineCode, { code: 'Risa', definition: 'Reír juntos 😊', version: 2 });
    expect((await code('Risa'))).toMatchObject({ version: 3, definition: 'Reír juntos 😊' });
    await tomas.run(COMMANDS.recolorCode, { code: 'Risa', color: '#3A9D5D' });
    expect((await code('Risa')).version).toBe(4);
  });

  it('refuses a memo saved over someone else’s save, and undo brings the earlier text back as a newer version', async () => {
    const created = await ana.run(COMMANDS.addMemo, { title: 'Reunión', body: 'Primera versión', type: 'free', links: [] });
    const opened = (await listMemos(t.store, projectId)).find((m) => m.id === created.id)!;
    expect(opened.version).toBe(1);
    await ana.run(COMMANDS.editMemo, { memo: created.id, body: 'Versión de Ana', version: 1 });
    const late = tomas.run(COMMANDS.editMemo, { memo: created.id, body: 'Versión de Tomás', version: 1 });
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await late.catch((err: ConflictError) => expect(err.current).toMatchObject({ body: 'Versión de Ana', version: 2 }));
    expect((await listMemos(t.store, projectId)).find((m) => m.id === created.id)).toMatchObject({ body: 'Versión de Ana', version: 2 });
    await ana.run(COMMANDS.undo, {});
    expect((await listMemos(t.store, projectId)).find((m) => m.id === created.id)).toMatchObject({ body: 'Primera versión', version: 3 });
    // Whoever still holds the undone version, or the one before it, is told rather than saving over it.
    for (const stale of [1, 2]) {
      await expect(tomas.run(COMMANDS.editMemo, { memo: created.id, body: `Desde la versión ${stale}`, version: stale })).rejects.toBeInstanceOf(ConflictError);
    }
    await ana.run(COMMANDS.redo, {});
    expect((await listMemos(t.store, projectId)).find((m) => m.id === created.id)).toMatchObject({ body: 'Versión de Ana', version: 4 });
    await ana.run(COMMANDS.undo, {});
    expect((await listMemos(t.store, projectId)).find((m) => m.id === created.id)).toMatchObject({ body: 'Primera versión', version: 5 });
  });

  it('undoes several saves of one memo in a row, each a newer version', async () => {
    const memo = await ana.run(COMMANDS.addMemo, { title: 'Varias', body: 'uno', type: 'free', links: [] });
    for (const [i, body] of ['dos', 'tres', 'cuatro'].entries()) await ana.run(COMMANDS.editMemo, { memo: memo.id, body, version: i + 1 });
    const now = async () => (await listMemos(t.store, projectId)).find((m) => m.id === memo.id)!;
    for (const [body, version] of [['tres', 5], ['dos', 6], ['uno', 7]] as const) {
      await ana.run(COMMANDS.undo, {});
      expect(await now()).toMatchObject({ body, version });
    }
    await ana.run(COMMANDS.redo, {});
    expect(await now()).toMatchObject({ body: 'dos', version: 8 });
  });

  it('lets exactly one of several edits made at once on the same version land; the others are told', async () => {
    await ana.run(COMMANDS.createCode, { name: 'Silencio' });
    const seen = await code('Silencio');
    const editors = [ana, tomas, ana, tomas];
    const results = await Promise.allSettled(editors.map((who, i) =>
      who.run(COMMANDS.defineCode, { code: 'Silencio', definition: `Definición ${i} del silencio`, version: seen.version })));
    const landed = results.filter((r) => r.status === 'fulfilled');
    expect(landed).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const after = await code('Silencio');
    expect(after.version).toBe(seen.version + 1);
    expect(after.definition).toBe((landed[0] as PromiseFulfilledResult<{ definition: string }>).value.definition);

    const memo = await ana.run(COMMANDS.addMemo, { title: 'A la vez', body: 'Inicio', type: 'free', links: [] });
    const saves = await Promise.allSettled([ana, tomas, tomas].map((who, i) =>
      who.run(COMMANDS.editMemo, { memo: memo.id, body: `Guardado ${i}`, version: 1 })));
    expect(saves.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await listMemos(t.store, projectId)).find((m) => m.id === memo.id)!.version).toBe(2);
  });
});
