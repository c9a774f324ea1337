/** A process killed mid-work loses nothing it committed and leaves nothing half-written. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { openStore, type Store } from '../../src/store/store.js';
import { mom } from '../../src/templates/index.js';
import { BIN } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshLocation, type TestDb } from '../helpers/stores.js';

const WORDS = ['sesión', 'niño', 'miedo', 'risa', 'confianza', 'terapia', 'silencio', 'encuentro', 'cuerpo', 'mirada', '😊'];

function transcript(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) {
    const words = Array.from({ length: 30 }, (_, k) => WORDS[(n * 7 + i * 3 + k) % WORDS.length]);
    lines.push(`${i % 2 ? 'P' : 'T'}: ${words.join(' ')}.`);
  }
  return `Entrevista ${n}\n\n${lines.join('\n')}\n`;
}

/** Start a child and kill it with SIGKILL once `ready` says enough work is committed. */
async function killWhen(child: ChildProcess, ready: () => Promise<boolean>): Promise<void> {
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  for (;;) {
    if (child.exitCode !== null) throw new Error('the process finished before it could be killed; make the work larger');
    if (await ready()) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  await exited;
}

async function count(store: Store, table: 'document' | 'coding', projectId: string): Promise<number> {
  const row = await store.adapter.db.selectFrom(table).select(sql<number>`count(*)`.as('n')).where('projectId', '=', projectId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

describe.each(DIALECTS)('killed processes on %s', (dialect) => {
  let db: TestDb;
  let dir: string;
  let projectId: string;
  beforeAll(async () => {
    db = freshLocation(dialect);
    dir = mkdtempSync(join(tmpdir(), 'sparks-crash-'));
    const store = await openStore(db.location);
    const owner = await Session.owner(store);
    projectId = (await owner.run(COMMANDS.createProject, { name: 'Crash' })).id;
    await owner.in(projectId).run(COMMANDS.applyTemplate, { template: mom });
    await owner.in(projectId).importText('base', transcript(0).repeat(4));
    await store.close();
  });
  afterAll(async () => {
    await db.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every committed document of a 200-document import, and no partial one', async () => {
    const files = Array.from({ length: 200 }, (_, i) => {
      const file = join(dir, `entrevista-${String(i + 1).padStart(3, '0')}.txt`);
      writeFileSync(file, transcript(i + 1));
      return file;
    });
    const watcher = await openStore(db.location);
    const child = spawn(process.execPath, [BIN, '--db', db.location, 'import', 'Crash', ...files], { stdio: 'ignore' });
    await killWhen(child, async () => (await count(watcher, 'document', projectId)) >= 31);
    await watcher.close();

    const store = await openStore(db.location);
    const docs = await store.adapter.db.selectFrom('document').selectAll().where('projectId', '=', projectId).where('name', '!=', 'base').execute();
    const events = await store.adapter.db.selectFrom('event').selectAll().where('projectId', '=', projectId).where('command', '=', 'document.import').execute();
    expect(docs.length).toBeGreaterThanOrEqual(30);
    expect(docs.length).toBeLessThan(200);
    expect(events.length).toBe(docs.length + 1);
    for (const doc of docs) {
      const event = events.find((e) => (JSON.parse(e.payload) as { id: string }).id === doc.id);
      expect(event, doc.name).toBeDefined();
      const original = readFileSync(join(dir, `${doc.name}.txt`), 'utf8');
      expect(doc.text).toBe(original);
      expect(doc.length).toBe(original.length);
      expect(Buffer.from(doc.original).toString('utf8')).toBe(original);
      const turns = await store.adapter.db.selectFrom('turn').select(sql<number>`count(*)`.as('n')).where('documentId', '=', doc.id).executeTakeFirst();
      expect(Number(turns?.n)).toBe((JSON.parse(event!.payload) as { turns: number }).turns);
      expect(Number(turns?.n)).toBe(120);
    }
    await store.close();
  });

  it('keeps every committed coding of a burst of 5,000, each with its event', async () => {
    const watcher = await openStore(db.location);
    const child = spawn(process.execPath, [join(ROOT, 'test/helpers/coding-burst.mjs'), db.location, 'Crash', 'base', '5000'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let printed = 0;
    child.stdout!.on('data', (d: Buffer) => (printed += d.toString().split('\n').length - 1));
    await killWhen(child, async () => printed >= 500);
    await watcher.close();

    const store = await openStore(db.location);
    const codings = await store.adapter.db.selectFrom('coding').select(['id', 'segmentId']).where('projectId', '=', projectId).execute();
    const events = await store.adapter.db.selectFrom('event').select('payload').where('projectId', '=', projectId).where('command', '=', 'coding.apply').execute();
    expect(codings.length).toBeGreaterThanOrEqual(printed);
    expect(codings.length).toBeLessThan(5000);
    const eventCodings = new Set(events.map((e) => (JSON.parse(e.payload) as { coding: string }).coding));
    expect(eventCodings).toEqual(new Set(codings.map((c) => c.id)));
    const orphanSegments = await store.adapter.db.selectFrom('segment').select('id').where('projectId', '=', projectId)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('coding').select('coding.id').whereRef('coding.segmentId', '=', 'segment.id'))))
      .execute();
    expect(orphanSegments).toEqual([]);
    await store.close();
  });
});
