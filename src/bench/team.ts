/**
 * `sparks bench --team`: a small study with N coder accounts and one memo each, loaded over HTTP by
 * N simulated coders for S seconds, then flat out for S/6 seconds, while the owner downloads the
 * full export, Table I and the co-occurrence matrix in turn (see team-load.ts); then the database
 * is checked against everything the server acknowledged.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { sql } from 'kysely';
import { COMMANDS, type Command } from '../core/commands/index.js';
import { parseFile } from '../formats/index.js';
import { execute } from '../store/execute.js';
import { storeTranscripts, type FiledTranscript } from '../store/import-file.js';
import { localOwner, openStore, type Store } from '../store/store.js';
import { corpusCases, corpusCodebook, corpusCoders, corpusDocument, corpusMemos, type CorpusOptions } from './corpus.js';
import { median, percentile } from './figures.js';
import { startServer } from './http.js';
import type { Phases } from './load.js';
import { documentSizes } from './measure.js';
import { location, type Machine } from './run.js';
import { codersAfter, mergeLoads, runTeamLoadApart, type TeamCoder, type TeamLoadResult } from './team-load.js';

export interface TeamBenchOptions {
  /** A SQLite file or a postgres:// URL; null for a temporary SQLite file removed afterwards. */
  db: string | null;
  coders: number; seconds: number; seed: number;
}

/** A figure of the team load; those without a budget are reported for context (budget and pass null). */
export interface TeamFigure { name: string; value: number; unit: string; budget: number | null; pass: boolean | null }
/** One integrity check: what the acknowledged writes say the database must hold, and what it holds. */
export interface TeamCheck { name: string; expected: number; actual: number; pass: boolean }
/** The machine, and whether the simulated coders ran in a thread apart from the server. */
export type TeamMachine = Machine & { seconds: number; clientsApart: boolean };
export interface TeamBenchResult { machine: TeamMachine; figures: TeamFigure[]; checks: TeamCheck[] }

/** The p95 budget of one write, on either database, at 20 coders on 2 cores. */
export const TEAM_P95_BUDGET_MS = 50;
/**
 * Each simulated coder writes every 0.25 to 1.25 s: several times as often as a person applies a
 * code or the memo editor autosaves while they type. The flat-out phase after it shows the ceiling.
 */
const PACED_THINK_MS = [250, 1250] as const;
const flatOutSeconds = (seconds: number) => Math.max(1, Math.round(seconds / 6));
const DOCS = 10;
const WORDS = 3_000;
const silent: Phases = () => ({ tick() {}, done() {} });

export async function runTeamBench(o: TeamBenchOptions, phases: Phases = silent): Promise<TeamBenchResult> {
  const place = location(o.db);
  let store: Store | null = null;
  try {
    store = await openStore(place.where);
    store.startMaintenance();
    const database = store.adapter.name;
    const corpus: CorpusOptions = { docs: DOCS, coders: o.coders, seed: o.seed, words: WORDS, codings: 1 };
    const setup = phases('Setting up the team study', o.coders + DOCS);
    const study = await setUp(store, corpus, () => setup.tick());
    setup.done();
    const server = await startServer(store);
    let paced: TeamLoadResult & { inWorker: boolean };
    let flatOut: TeamLoadResult;
    try {
      const coders: TeamCoder[] = [];
      for (const c of study.coders) coders.push({ ...c, cookie: await server.login(c.userId) });
      const base = {
        base: server.base, projectId: study.projectId, exporterCookie: await server.login(study.ownerId),
        docs: await documentSizes(store, study.projectId), codes: study.codes,
      };
      const running = phases(`${o.coders} coders writing while long work runs`, o.seconds);
      paced = await runTeamLoadApart({ ...base, coders, seconds: o.seconds, seed: o.seed, thinkMs: PACED_THINK_MS, onSecond: () => running.tick() });
      running.done();
      const seconds = flatOutSeconds(o.seconds);
      const rushing = phases(`${o.coders} coders writing as fast as the server answers`, seconds);
      flatOut = await runTeamLoadApart({
        ...base, coders: codersAfter(coders, paced), seconds, seed: o.seed + 7919, thinkMs: [0, 0], onSecond: () => rushing.tick(),
      });
      rushing.done();
    } finally {
      await server.close();
    }
    const load = mergeLoads(paced, flatOut);
    const checks = await verify(store, study.projectId, load);
    const perSecond = (l: TeamLoadResult) => l.latencies.length / (l.elapsedMs / 1000);
    const figures: TeamFigure[] = [
      fig(`Acknowledged writes per second, ${o.coders} coders`, perSecond(paced), 'writes/s'),
      fig('Write latency (apply a coding or save a memo), p95', percentile(paced.latencies, 95), 'ms', TEAM_P95_BUDGET_MS),
      fig('Write latency, p50', median(paced.latencies), 'ms'),
      fig('Write latency while an export, report or matrix ran, p95', percentile(paced.duringLongWork, 95), 'ms', TEAM_P95_BUDGET_MS),
      fig('Writes acknowledged while long work ran', paced.duringLongWork.length, 'writes'),
      fig('Flat out (no pause between writes): writes per second', perSecond(flatOut), 'writes/s'),
      fig('Flat out: write latency, p95', percentile(flatOut.latencies, 95), 'ms'),
      fig('Writes acknowledged in all', load.latencies.length, 'writes'),
      fig('Codings refused as already coded (not acknowledged)', load.rejected, 'writes'),
      ...longWorkFigures(load.longWork),
    ];
    return { machine: machine(database, o, paced.inWorker), figures, checks };
  } finally {
    if (store && place.schema) await sql.raw(`drop schema if exists ${place.schema} cascade`).execute(store.adapter.db).catch(() => undefined);
    await store?.close();
    place.cleanup();
  }
}

interface TeamStudy { projectId: string; ownerId: string; codes: string[]; coders: (Omit<TeamCoder, 'cookie'> & { userId: string })[] }

/** Project, a small codebook, cases, documents (without codings), coder accounts and one memo per coder. */
async function setUp(store: Store, o: CorpusOptions, tick: () => void): Promise<TeamStudy> {
  const owner = await localOwner(store);
  const project = await execute(store, COMMANDS.createProject, { actorId: owner.id, payload: { name: `Carga del equipo ${randomBytes(4).toString('hex')}` } });
  const run = <P, R>(command: Command<P, R>, payload: P, actorId = owner.id) => execute(store, command, { actorId, projectId: project.id, payload });
  const book = corpusCodebook();
  const template = { ...book, codes: book.codes.slice(0, 4).map((c) => ({ ...c, children: c.children.slice(0, 6) })) };
  await run(COMMANDS.applyTemplate, { template });
  for (const c of corpusCases(o)) await run(COMMANDS.addCase, c);
  const files: FiledTranscript[] = [];
  for (let i = 0; i < o.docs; i++) {
    const doc = corpusDocument(o, i);
    const bytes = new TextEncoder().encode(doc.text);
    const parsed = await parseFile(bytes, doc.fileName);
    if ('error' in parsed) throw new Error(`the generated transcript ${doc.name} could not be read: ${parsed.error}`);
    files.push({ name: doc.name, originalName: doc.fileName, bytes, parsed: parsed.parsed, filing: { kind: doc.kind, case: doc.case } });
    tick();
  }
  await storeTranscripts(store, owner.id, project.id, files);
  const memoTexts = corpusMemos(o);
  const coders: TeamStudy['coders'] = [];
  for (const [k, c] of corpusCoders(o.coders).entries()) {
    const known = await store.adapter.db.selectFrom('user').select('id').where('name', '=', c.name).executeTakeFirst();
    const userId = known?.id ?? (await run(COMMANDS.addUser, c)).id;
    await run(COMMANDS.addMember, { user: c.name, role: 'coder' });
    const body = memoTexts[k % memoTexts.length]!.body;
    const memo = await run(COMMANDS.addMemo, { title: `Memo de ${c.name}`, body, type: 'free', links: [] }, userId);
    coders.push({ name: c.name, userId, memoId: memo.id, memoVersion: memo.version ?? 1, memoBody: memo.body });
    tick();
  }
  await store.adapter.settleAfterBulkLoad?.();
  return { projectId: project.id, ownerId: owner.id, codes: template.codes.flatMap((c) => c.children.map((p) => `${c.name}/${p.name}`)), coders };
}

/** The database against the acknowledged writes: every one there with its event, nothing more. */
async function verify(store: Store, projectId: string, load: TeamLoadResult): Promise<TeamCheck[]> {
  const db = store.adapter.db;
  const codings = new Set((await db.selectFrom('coding').select('id').where('projectId', '=', projectId).execute()).map((r) => r.id));
  const events = await db.selectFrom('event').select(['command', 'payload']).where('projectId', '=', projectId)
    .where('command', 'in', ['coding.apply', 'memo.edit']).execute();
  const applied = events.filter((e) => e.command === 'coding.apply').map((e) => (JSON.parse(e.payload) as { coding?: string }).coding);
  const appliedIds = new Set(applied);
  const editEvents = new Map<string, number>();
  for (const e of events.filter((x) => x.command === 'memo.edit')) {
    const memo = (JSON.parse(e.payload) as { memo: string }).memo;
    editEvents.set(memo, (editEvents.get(memo) ?? 0) + 1);
  }
  const memoIds = [...load.memos.keys()];
  const memos = memoIds.length ? await db.selectFrom('memo').select(['id', 'version', 'body']).where('id', 'in', memoIds).execute() : [];
  const acked = load.codings;
  const edits = [...load.memos.values()].reduce((n, m) => n + m.edits, 0);
  const check = (name: string, expected: number, actual: number): TeamCheck => ({ name, expected, actual, pass: expected === actual });
  return [
    check('Codings in the project = codings acknowledged', acked.length, codings.size),
    check('Acknowledged codings found in the database', acked.length, acked.filter((id) => codings.has(id)).length),
    check('coding.apply events = codings acknowledged', acked.length, applied.length),
    check('Acknowledged codings with their coding.apply event', acked.length, acked.filter((id) => appliedIds.has(id)).length),
    check('Memo versions past the first = memo saves acknowledged', edits, memos.reduce((n, m) => n + ((m.version ?? 1) - 1), 0)),
    check('Memos at the version and text of their last acknowledged save', memoIds.length, memos.filter((m) => {
      const mine = load.memos.get(m.id)!;
      return (m.version ?? 1) === 1 + mine.edits && m.body === mine.body.normalize('NFC');
    }).length),
    check('memo.edit events = memo saves acknowledged', edits, [...editEvents.values()].reduce((a, b) => a + b, 0)),
    check('Memos with one memo.edit event per acknowledged save', memoIds.length, memoIds.filter((id) => (editEvents.get(id) ?? 0) === load.memos.get(id)!.edits).length),
    check('Writes failed (server error, conflict, no response)', 0, load.failed),
    check('Exports, reports and matrices failed', 0, load.longWorkFailures),
  ];
}

/** How many of each long job completed, and its median duration. */
function longWorkFigures(jobs: TeamLoadResult['longWork']): TeamFigure[] {
  const names = [...new Set(jobs.map((j) => j.name))];
  return names.flatMap((name) => {
    const ms = jobs.filter((j) => j.name === name).map((j) => j.ms);
    return [fig(`${name.charAt(0).toUpperCase()}${name.slice(1)} alongside: completed`, ms.length, 'times'), fig(`${name.charAt(0).toUpperCase()}${name.slice(1)}, median duration`, median(ms), 'ms')];
  });
}

function fig(name: string, value: number, unit: string, budget: number | null = null): TeamFigure {
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const rounded = Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value;
  return { name, value: rounded, unit, budget, pass: budget === null ? null : value <= budget };
}

function machine(database: 'sqlite' | 'postgres', o: TeamBenchOptions, clientsApart: boolean): TeamMachine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version, database, docs: DOCS, coders: o.coders, seed: o.seed, seconds: o.seconds, clientsApart,
  };
}
