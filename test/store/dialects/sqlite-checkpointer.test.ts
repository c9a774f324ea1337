/** WAL checkpoints from a worker thread, so no commit waits for pages to be copied. */
import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/core/commands/index.js';
import { startCheckpointer } from '../../../src/store/dialects/sqlite/checkpointer.js';
import { openStore } from '../../../src/store/store.js';
import { Session } from '../../helpers/session.js';
import { freshLocation, type TestDb } from '../../helpers/stores.js';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('background checkpoints on SQLite', () => {
  let db: TestDb;
  afterEach(async () => db?.dispose());

  /** The size of the database file after 20 imports and a pause, with or without background checkpoints. */
  async function fileSizeAfterImports(maintained: boolean): Promise<number> {
    db = freshLocation('sqlite');
    const store = await openStore(db.location);
    if (maintained) store.startMaintenance();
    const owner = await Session.owner(store);
    const s = owner.in((await owner.run(COMMANDS.createProject, { name: 'Puntos de control' })).id);
    for (let i = 0; i < 20; i++) await s.importText(`doc ${i}`, `P: Texto número ${i}.\n`.repeat(200));
    await settle(800);
    const size = statSync(db.location).size;
    await store.close();
    const reopened = await openStore(db.location);
    expect(await reopened.adapter.db.selectFrom('document').select('name').execute()).toHaveLength(20);
    await reopened.close();
    await db.dispose();
    return size;
  }

  it('copy committed pages into the database file while the store stays open, and stop with it', async () => {
    // Without them the pages wait in the WAL until a commit crosses its size limit.
    const alone = await fileSizeAfterImports(false);
    const maintained = await fileSizeAfterImports(true);
    expect(maintained).toBeGreaterThan(alone + 100_000);
  });

  it('stops promptly even when the file cannot be opened', async () => {
    const checkpointer = startCheckpointer('/nonexistent/sparks.db', 50);
    const t0 = Date.now();
    await checkpointer.stop();
    expect(Date.now() - t0).toBeLessThan(2500);
  });
});
