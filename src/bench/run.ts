/**
 * `sparks bench` end to end: open a fresh database, load the generated study, measure every figure
 * against its budget and its plain-SQL twin, and clean up what it created.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { isPostgresUrl, openStore, type Store } from '../store/store.js';
import { measureAgreement } from './agreement.js';
import { measureMatrix, measureSaturation, measureSearch } from './analysis.js';
import type { CorpusOptions } from './corpus.js';
import { figure, plainRatio, type Figure } from './figures.js';
import { measureApplyDuringExport, measureExport, startServer } from './http.js';
import { loadStudy, type Phases } from './load.js';
import { measureApplyCoding, measureDocumentView, measureSegments } from './measure.js';
import { plainExport } from './plain-sql.js';

export interface BenchOptions extends CorpusOptions {
  /** A SQLite file or a postgres:// URL; null for a temporary SQLite file removed afterwards. */
  db: string | null;
}

export interface Machine { cpu: string; cores: number; memory: string; node: string; database: 'sqlite' | 'postgres'; docs: number; coders: number; seed: number }
export interface BenchReport { machine: Machine; figures: Figure[] }

/** Where to run: a temporary file, or a fresh schema on PostgreSQL when the URL names none. */
export function location(db: string | null): { where: string; schema: string | null; cleanup: () => void } {
  if (db === null) {
    const dir = mkdtempSync(join(os.tmpdir(), 'sparks-bench-'));
    return { where: join(dir, 'sparks.db'), schema: null, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (isPostgresUrl(db) && !new URL(db).searchParams.has('schema')) {
    const schema = `bench_${randomBytes(5).toString('hex')}`;
    const url = new URL(db);
    url.searchParams.set('schema', schema);
    return { where: url.toString(), schema, cleanup: () => undefined };
  }
  return { where: db, schema: null, cleanup: () => undefined };
}

export async function runBench(o: BenchOptions, phases: Phases): Promise<BenchReport> {
  const place = location(o.db);
  let store: Store | null = null;
  try {
    store = await openStore(place.where);
    // As the server runs it: housekeeping off the request path.
    store.startMaintenance();
    const database = store.adapter.name;
    const study = await loadStudy(store, o, phases);
    const figures: Figure[] = [];
    figures.push(figure('import', study.importBytes / 1e6 / (study.importMs / 1000), database, plainRatio(study.importSample.sparksMs, study.importSample.plainMs)));
    const apply = await measureApplyCoding(store, study, o.seed, phases);
    figures.push(figure('applyCoding', apply.p95, database, plainRatio(apply.p95, apply.plainP95)));
    const segments = await measureSegments(store, study, phases);
    figures.push(figure('segments', segments.p95, database, plainRatio(segments.p95, segments.plainP95)));
    const view = await measureDocumentView(store, study, phases);
    figures.push(figure('documentView', view.p95, database, plainRatio(view.p95, view.plainP95)));
    const matrix = await measureMatrix(store, study, phases);
    figures.push(figure('matrix', matrix.ms, database, plainRatio(matrix.ms, matrix.plainMs)));
    const saturation = await measureSaturation(store, study, phases);
    figures.push(figure('saturation', saturation.ms, database, plainRatio(saturation.ms, saturation.plainMs)));
    const search = await measureSearch(store, study, phases);
    figures.push(figure('search', search.ms, database, plainRatio(search.ms, search.plainMs)));
    // The twin first: a long pause between requests would let the server drop idle connections.
    const plain = await plainExport(store, study.projectId);
    const server = await startServer(store);
    try {
      const exported = await measureExport(store, server, study, phases);
      figures.push(figure('export', exported.rate, database, plainRatio(exported.ms, plain.ms)));
      const during = await measureApplyDuringExport(store, server, study, o.seed, phases);
      figures.push(figure('applyDuringExport', during.p95, database));
    } finally {
      await server.close();
    }
    figures.push(figure('memory', process.memoryUsage().rss / 2 ** 20, database));
    // After the memory figure: these data are the benchmark's own, not the server's.
    const agreement = measureAgreement(o.seed, phases);
    figures.push(figure('agreementMatrix', agreement.matrixMs, database));
    figures.push(figure('unitizedAlpha', agreement.unitizedMs, database));
    return { machine: machine(database, o), figures };
  } finally {
    if (store && place.schema) await sql.raw(`drop schema if exists ${place.schema} cascade`).execute(store.adapter.db).catch(() => undefined);
    await store?.close();
    place.cleanup();
  }
}

function machine(database: 'sqlite' | 'postgres', o: CorpusOptions): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version, database, docs: o.docs, coders: o.coders, seed: o.seed,
  };
}
