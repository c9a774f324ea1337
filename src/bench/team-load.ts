/**
 * The team load: simulated coders, each with their own session, applying codings and saving their
 * own memo over HTTP with a short think time between writes, while the owner downloads the full
 * CSV export again and again. Every write is timed from sending to the whole response, and every
 * acknowledged one is remembered, so the database can be checked against it afterwards.
 */
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { random } from './synthetic-document.js';

export interface TeamCoder { name: string; cookie: string; memoId: string; memoVersion: number; memoBody: string }

export interface TeamLoadPlan {
  /** The server's address, e.g. http://127.0.0.1:4321. */
  base: string; projectId: string; exporterCookie: string;
  coders: readonly TeamCoder[]; docs: readonly { name: string; length: number }[]; codes: readonly string[];
  seconds: number; seed: number;
  /** Each coder waits between this many milliseconds (least, most) before their next write. */
  thinkMs: readonly [number, number];
  /** Called about once a second while the load runs. */
  onSecond?: () => void;
}

/** What the load did, as the clients saw it. */
export interface TeamLoadResult {
  /** Milliseconds from sending to the whole response, of every acknowledged write. */
  latencies: number[];
  /** Ids of the codings acknowledged by `coding.apply`. */
  codings: string[];
  /** Per memo id: acknowledged edits, the body and version of the last one. */
  memos: Map<string, { edits: number; body: string; version: number }>;
  /** `coding.apply` refused with 400 (the same coder, span and code again): not acknowledged. */
  rejected: number;
  /** Writes that got a server error, a conflict, another status or no response at all. */
  failed: number; failures: string[];
  /** Latencies of the acknowledged writes that were in flight while a long job ran. */
  duringLongWork: number[];
  /** Each long job completed (export, report, matrix) and how long it took. */
  longWork: { name: string; ms: number }[]; longWorkFailures: number;
  /** From the start of the load until the last coder stopped. */
  elapsedMs: number;
}

/** The share of writes that are memo saves; the rest apply codings. */
const MEMO_SHARE = 0.2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The long jobs the owner runs in turn alongside the coders: what a team's analyst downloads. */
const LONG_WORK = [
  { name: 'full CSV export', path: 'segments.csv' },
  { name: 'Table I (Word)', path: 'reports/table.docx' },
  { name: 'code co-occurrence matrix', path: 'analysis/matrix?cols=codes' },
] as const;
const LONG_WORK_PAUSE_MS = 1000;

interface Sent { status: number; json: unknown; ms: number; alongside: boolean }

export async function runTeamLoad(plan: TeamLoadPlan): Promise<TeamLoadResult> {
  const r: TeamLoadResult = {
    latencies: [], codings: [], memos: new Map(plan.coders.map((c) => [c.memoId, { edits: 0, body: c.memoBody, version: c.memoVersion }])),
    rejected: 0, failed: 0, failures: [], duringLongWork: [], longWork: [], longWorkFailures: 0, elapsedMs: 0,
  };
  const t0 = performance.now();
  const deadline = t0 + plan.seconds * 1000;
  const fail = (what: string) => {
    r.failed++;
    if (r.failures.length < 5) r.failures.push(what);
  };
  // Whether a long job is running, or ended since a write was sent: that write ran alongside it.
  let longRunning = 0;
  let longEnded = 0;
  const post = async (name: string, cookie: string, body: unknown): Promise<Sent | null> => {
    const start = performance.now();
    try {
      const res = await fetch(`${plan.base}/api/projects/${plan.projectId}/commands/${name}`, {
        method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body),
      });
      const json: unknown = await res.json().catch(() => null);
      return { status: res.status, json, ms: performance.now() - start, alongside: longRunning > 0 || longEnded > start };
    } catch (err) {
      // Not acknowledged, yet it may have landed: the integrity checks will tell.
      fail(`${name}: ${(err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message}`);
      return null;
    }
  };

  const acknowledged = (res: Sent) => {
    r.latencies.push(res.ms);
    if (res.alongside) r.duringLongWork.push(res.ms);
  };

  const coder = async (c: TeamCoder, k: number) => {
    const rnd = random(Math.imul(plan.seed + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b));
    let version = c.memoVersion;
    let edits = 0;
    for (;;) {
      await sleep(plan.thinkMs[0] + rnd() * (plan.thinkMs[1] - plan.thinkMs[0]));
      if (performance.now() >= deadline) return;
      if (rnd() < MEMO_SHARE) {
        const body = `${c.memoBody}\n\nNota ${++edits}: ${rnd().toString(36).slice(2)}`;
        const res = await post('memo.edit', c.cookie, { memo: c.memoId, body, version });
        if (!res) continue;
        const memo = res.json as { version?: number } | null;
        if (res.status === 200 && typeof memo?.version === 'number') {
          acknowledged(res);
          version = memo.version;
          const m = r.memos.get(c.memoId)!;
          m.edits++;
          m.body = body;
          m.version = memo.version;
        } else {
          // Each coder edits only their own memo: a 409 here is a lost or misordered write.
          fail(`memo.edit: status ${res.status}`);
        }
      } else {
        const doc = plan.docs[Math.floor(rnd() * plan.docs.length)]!;
        const start = Math.floor(rnd() * Math.max(1, doc.length - 70));
        const end = Math.min(doc.length, start + 10 + Math.floor(rnd() * 50));
        const code = plan.codes[Math.floor(rnd() * plan.codes.length)]!;
        const res = await post('coding.apply', c.cookie, { document: doc.name, start, end, code });
        if (!res) continue;
        const applied = res.json as { coding?: { id?: string } } | null;
        if (res.status === 200 && typeof applied?.coding?.id === 'string') {
          acknowledged(res);
          r.codings.push(applied.coding.id);
        } else if (res.status === 400) {
          r.rejected++;
        } else {
          fail(`coding.apply: status ${res.status}`);
        }
      }
    }
  };

  // One long job at a time, in turn, with a pause between them as a person would leave.
  const longWorker = async () => {
    for (let k = 0; performance.now() < deadline; k++) {
      const job = LONG_WORK[k % LONG_WORK.length]!;
      const start = performance.now();
      longRunning++;
      try {
        const res = await fetch(`${plan.base}/api/projects/${plan.projectId}/${job.path}`, { headers: { cookie: plan.exporterCookie } });
        let bytes = 0;
        if (res.body) for await (const chunk of res.body) bytes += (chunk as Uint8Array).length;
        if (res.status !== 200 || bytes === 0) throw new Error(`status ${res.status}`);
        r.longWork.push({ name: job.name, ms: performance.now() - start });
      } catch (err) {
        r.longWorkFailures++;
        if (r.failures.length < 5) r.failures.push(`${job.name}: ${(err as Error).message}`);
      } finally {
        longRunning--;
        longEnded = performance.now();
      }
      await sleep(LONG_WORK_PAUSE_MS);
    }
  };

  const ticker = setInterval(() => plan.onSecond?.(), 1000);
  try {
    const coding = Promise.all(plan.coders.map(coder)).then(() => (r.elapsedMs = performance.now() - t0));
    await Promise.all([coding, longWorker()]);
  } finally {
    clearInterval(ticker);
  }
  return r;
}

/** The coders as `later` finds them after `earlier`: their memos at the version last saved. */
export function codersAfter(coders: readonly TeamCoder[], earlier: TeamLoadResult): TeamCoder[] {
  return coders.map((c) => {
    const m = earlier.memos.get(c.memoId);
    return m ? { ...c, memoVersion: m.version, memoBody: m.body } : c;
  });
}

/** Two loads run one after the other, as one ledger of what was acknowledged. */
export function mergeLoads(a: TeamLoadResult, b: TeamLoadResult): TeamLoadResult {
  const memos = new Map(a.memos);
  for (const [id, m] of b.memos) {
    const before = memos.get(id);
    memos.set(id, { edits: (before?.edits ?? 0) + m.edits, body: m.body, version: m.version });
  }
  return {
    latencies: [...a.latencies, ...b.latencies], codings: [...a.codings, ...b.codings], memos,
    rejected: a.rejected + b.rejected, failed: a.failed + b.failed, failures: [...a.failures, ...b.failures].slice(0, 5),
    duringLongWork: [...a.duringLongWork, ...b.duringLongWork], longWork: [...a.longWork, ...b.longWork],
    longWorkFailures: a.longWorkFailures + b.longWorkFailures, elapsedMs: a.elapsedMs + b.elapsedMs,
  };
}

/**
 * Run the load in a worker thread when the compiled worker is at hand (the `sparks` binary), so
 * the clients' own work does not share the server's event loop; in-process otherwise (tests run
 * from the TypeScript sources, where there is no compiled worker to start).
 */
export async function runTeamLoadApart(plan: TeamLoadPlan): Promise<TeamLoadResult & { inWorker: boolean }> {
  const file = fileURLToPath(new URL('./team-load-worker.js', import.meta.url));
  if (!existsSync(file)) return { ...(await runTeamLoad(plan)), inWorker: false };
  const { onSecond, ...data } = plan;
  const worker = new Worker(file, { workerData: data });
  try {
    const result = await new Promise<TeamLoadResult>((resolve, reject) => {
      worker.on('message', (m: { tick?: true; result?: TeamLoadResult; error?: string }) => {
        if (m.tick) onSecond?.();
        else if (m.result) resolve(m.result);
        else reject(new Error(`the simulated coders stopped: ${m.error}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the simulated coders' thread ended early (exit code ${code})`)));
    });
    return { ...result, inWorker: true };
  } finally {
    await worker.terminate();
  }
}
