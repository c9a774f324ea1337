/** Versioned migrations, run at every start; each runs once, in order, in a transaction. */
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DialectAdapter } from '../dialects/adapter.js';
import * as initial from './001-initial.js';

const MIGRATIONS: Record<string, { up: typeof initial.up }> = {
  '001-initial': initial,
  '002-search': await import('./002-search.js'),
  '003-scale-indexes': await import('./003-scale-indexes.js'),
  '004-coding-document': await import('./004-coding-document.js'),
  '005-coding-by-document': await import('./005-coding-by-document.js'),
  '006-code-case-counts': await import('./006-code-case-counts.js'),
  '007-code-case-totals': await import('./007-code-case-totals.js'),
  '008-document-listing': await import('./008-document-listing.js'),
  '009-search-blocks': await import('./009-search-blocks.js'),
  '010-postgres-tuning': await import('./010-postgres-tuning.js'),
  '011-count-delete-key': await import('./011-count-delete-key.js'),
  '012-document-totals': await import('./012-document-totals.js'),
  '013-code-names': await import('./013-code-names.js'),
  '014-exemplars': await import('./014-exemplars.js'),
  '015-event-notify': await import('./015-event-notify.js'),
  '016-versions': await import('./016-versions.js'),
  '017-presence': await import('./017-presence.js'),
  '018-sessions': await import('./018-sessions.js'),
  '019-assignments': await import('./019-assignments.js'),
  '020-relations-models': await import('./020-relations-models.js'),
  '021-dismissed-places': await import('./021-dismissed-places.js'),
  '022-model-frames': await import('./022-model-frames.js'),
  '023-sets': await import('./023-sets.js'),
  '024-document-media': await import('./024-document-media.js'),
};

class InCodeProvider implements MigrationProvider {
  constructor(private readonly adapter: DialectAdapter) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db) => m.up(db, this.adapter) }]),
    );
  }
}

export async function migrate(adapter: DialectAdapter): Promise<void> {
  const migrator = new Migrator({
    db: adapter.db,
    provider: new InCodeProvider(adapter),
    ...(adapter.schema ? { migrationTableSchema: adapter.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
