/**
 * The stage of a browser test: a temporary folder with a fresh SQLite database, the real server
 * serving it, and Chromium — set up in beforeAll and torn down in afterAll, even after a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { closeBrowser, launchBrowser } from './browser.js';
import { startServer, type ServerProcess, type StartOptions } from './server-process.js';

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
