/**
 * The stage of a browser test: a temporary folder with a fresh SQLite database, the real server
 * serving it, and Chromium — set up in beforeAll and torn down in afterAll, even after a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { COMMANDS } from '../../src/core/commands/index.js';
import { openStore, type Store } from '../../src/store/store.js';
import { closeBrowser, launchBrowser } from './browser.js';
import { startServer, type ServerProcess, type StartOptions } from './server-process.js';
import { Session } from './session.js';

export interface Stage { dir: string; db: string; server: ServerProcess; browser: Browser }

/** Prepare the database (`prepare`), then start the server (`serve`, or `start` for the demo) and a browser. */
export async function openStage(options: StartOptions & { prepare?: (db: string, dir: string) => Promise<void> } = {}): Promise<Stage> {
  const dir = mkdtempSync(join(tmpdir(), 'sparks-e2e-'));
  const db = join(dir, 'sparks.db');
  const stage: Partial<Stage> = { dir, db };
  try {
    await options.prepare?.(db, dir);
    stage.server = await startServer(db, { timeoutMs: 120_000, ...options });
    stage.browser = await launchBrowser();
    return stage as Stage;
  } catch (err) {
    await closeStage(stage);
    throw err;
  }
}

export async function closeStage(stage: Partial<Stage> | undefined): Promise<void> {
  await closeBrowser(stage?.browser);
  await stage?.server?.stop();
  if (stage?.dir) rmSync(stage.dir, { recursive: true, force: true });
}

/** Open the database at `db` for `fn` and close it after, even on failure, so the server is left its only user. */
export async function withStore<T>(db: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** What a seed works with: the new project's id, and the local owner inside it (`project`) and outside any (`root`). */
export interface Seeding { id: string; project: Session; root: Session }

/** A `prepare` for openStage: the local owner creates the project `name`, then `seed` fills it before the server starts. */
export function seedProject(name: string, seed: (seeding: Seeding) => Promise<void>): (db: string) => Promise<void> {
  return (db) => withStore(db, async (store) => {
    const root = await Session.owner(store);
    const id = (await root.run(COMMANDS.createProject, { name })).id;
    await seed({ id, project: root.in(id), root });
  });
}
