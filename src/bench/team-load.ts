/**
 * The team load: simulated coders, each with their own session, applying codings and saving their
 * own memo over HTTP with a short think time between writes, while the owner downloads the full
 * CSV export again and again. Every write is timed from sending to the whole response, and every
 * acknowledged one is remembered, so the database can be checked against it afterwards.
 */
import { performance } from 'node:perf_hooks';
import { downloadExport, type BenchServer } from './http.js';
import { random } from './synthetic-document.js';

export interface TeamCoder { name: string; cookie: string; memoId: string; memoVersion: number; memoBody: string }

export interface TeamLoadPlan {
  server: BenchServer; projectId: string; exporterCookie: string;
  coders: readonly TeamCoder[]; docs: readonly { name: string; length: number }[]; codes: readonly string[];
  seconds: number; seed: number;
  /** Called about once a second while the load runs. */
  onSecond?: () => void;
}

/** What the load did, as the clients saw it. */
export interface TeamLoadResult {
  /** Milliseconds from sending to the whole response, of every acknowledged write. */
  latencies: number[];
  /** Ids of the codings acknowledged by `coding.apply`. */
  codings: string[];
  /** Per memo id: acknowledged edits and the body of the last one. */
  memos: Map<string, { edits: number; body: string }>;
  /** `coding.apply` refused with 400 (the same coder, span and code again): not acknowledged. */
  rejected: number;
  /** Writes that got a server error, a conflict, another status or no response at all. */
  failed: number; failures: string[];
  exports: number; exportMs: number[]; exportFailures: number;
  /** From the start of the load until the last coder stopped. */
  elapsedMs: number;
}

const THINK_MS = [20, 80] as const;
/** The share of writes that are memo saves; the rest apply codings. */
const MEMO_SHARE = 0.2;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runTeamLoad(plan: TeamLoadPlan): Promise<TeamLoadResult> {
  const r: TeamLoadResult = {
    latencies: [], codings: [], memos: new Map(plan.coders.map((c) => [c.memoId, { edits: 0, body: c.memoBody }])),
    rejected: 0, failed: 0, failures: [], exports: 0, exportMs: [], exportFailures: 0, elapsedMs: 0,
  };
  const t0 = performance.now();
  const deadline = t0 + plan.seconds * 1000;
  const fail = (what: string) => {
    r.failed++;
    if (r.failures.length < 5) r.failures.push(what);
  };
  const post = async (name: string, cookie: string, body: unknown): Promise<{ status: number; json: unknown; ms: number } | null> => {
    const start = performance.now();
    try {
      const res = await fetch(`${plan.server.base}/api/projects/${plan.projectId}/commands/${name}`, {
        method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body),
      });
      const json: unknown = await res.json().catch(() => null);
      return { status: res.status, json, ms: performance.now() - start };
    } catch (err) {
      // Not acknowledged, yet it may have landed: the integrity checks will tell.
      fail(`${name}: ${(err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message}`);
      return null;
    }
  };

  const coder = async (c: TeamCoder, k: number) => {
    const rnd = random(Math.imul(plan.seed + 1, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b));
    let version = c.memoVersion;
    let edits = 0;
    for (;;) {
      await sleep(THINK_MS[0] + rnd() * (THINK_MS[1] - THINK_MS[0]));
      if (performance.now() >= deadline) return;
      if (rnd() < MEMO_SHARE) {
        const body = `${c.memoBody}\n\nNota ${++edits}: ${rnd().toString(36).slice(2)}`;
        const res = await post('memo.edit', c.cookie, { memo: c.memoId, body, version });
        if (!res) continue;
        const memo = res.json as { version?: number } | null;
        if (res.status === 200 && typeof memo?.version === 'number') {
          r.latencies.push(res.ms);
          version = memo.version;
          const m = r.memos.get(c.memoId)!;
          m.edits++;
          m.body = body;
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
          r.latencies.push(res.ms);
          r.codings.push(applied.coding.id);
        } else if (res.status === 400) {
          r.rejected++;
        } else {
          fail(`coding.apply: status ${res.status}`);
        }
      }
    }
  };

  const exporter = async () => {
    while (performance.now() < deadline) {
      try {
        r.exportMs.push((await downloadExport(plan.server, plan.projectId, plan.exporterCookie)).ms);
        r.exports++;
      } catch {
        r.exportFailures++;
        await sleep(100);
      }
    }
  };

  const ticker = setInterval(() => plan.onSecond?.(), 1000);
  try {
    const coding = Promise.all(plan.coders.map(coder)).then(() => (r.elapsedMs = performance.now() - t0));
    await Promise.all([coding, exporter()]);
  } finally {
    clearInterval(ticker);
  }
  return r;
}
