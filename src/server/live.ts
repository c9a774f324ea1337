/**
 * Live updates: each open project view receives the project's new events as server-sent events.
 * The feed reads the event log itself, so changes made by the command line or by another server
 * process reach the browser too.
 */
import type { FastifyInstance } from 'fastify';
import { liveQuery, projectParams, type LiveEvent } from '../contract/project.js';
import type { UserRecord } from '../core/records.js';
import { phaseOf } from '../core/phases.js';
import { assertReader, roleIn } from '../store/queries/access.js';
import { blindEvent } from './blind-events.js';
import type { Store } from '../store/store.js';
import { requireUser } from './require-user.js';

const POLL_MS = 250;
/** With notifications a slow poll remains, in case one is lost with a dropped connection. */
const POLL_LISTENING_MS = 3000;

interface Listener { projectId: string; user: UserRecord; after: number; send(events: LiveEvent[]): void; close(): void }

/** Events that can change who belongs to a project: after them, each viewer's membership is checked again. */
const MEMBERSHIP = new Set(['member.add', 'member.remove', 'undo', 'redo']);

export class LiveFeed {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  /** Another poll was asked for while one ran: run it as soon as that one ends. */
  private again = false;
  private unlisten: (() => Promise<void>) | null = null;
  private listening: Promise<void> | null = null;

  constructor(private readonly store: Store) {}

  register(app: FastifyInstance): void {
    app.get('/api/projects/:projectId/live', async (req, reply) => {
      const user = requireUser(req);
      const { projectId } = projectParams.parse(req.params);
      await assertReader(this.store, projectId, user);
      const { after } = liveQuery.parse(req.query);
      const latest = await this.store.adapter.db.selectFrom('event').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirst();
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      const listener: Listener = {
        projectId,
        user,
        close: () => res.end(),
        after: after ?? Number(latest?.m ?? 0),
        send: (events) => res.write(`data: ${JSON.stringify(events)}\n\n`),
      };
      this.listeners.add(listener);
      this.ensurePolling();
      res.on('close', () => this.listeners.delete(listener));
    });
  }

  private ensurePolling(): void {
    if (this.timer) return;
    this.startTimer(this.unlisten ? POLL_LISTENING_MS : POLL_MS);
    this.listening ??= this.listen();
  }

  private startTimer(ms: number): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => this.pollSoon(), ms);
  }

  // A failed poll (say, a busy database) is retried on the next tick rather than ending the feed.
  private pollSoon(): void {
    void this.poll().catch((err: unknown) => process.emitWarning(`live updates: ${String(err)}`));
  }

  /** Where the database can notify, poll when told and only slowly otherwise; else keep polling fast. */
  private async listen(): Promise<void> {
    const listen = this.store.adapter.listenForEvents?.bind(this.store.adapter);
    if (!listen) return;
    try {
      const unlisten = await listen(() => this.pollSoon(), () => void this.stopListening());
      // The feed may have stopped (last viewer gone, server closing) while the connection opened.
      if (!this.timer) {
        this.listening = null;
        await unlisten();
        return;
      }
      this.unlisten = unlisten;
      this.startTimer(POLL_LISTENING_MS);
    } catch (err) {
      process.emitWarning(`live updates: notifications unavailable, polling instead (${String(err)})`);
      this.listening = null;
    }
  }

  private async stopListening(): Promise<void> {
    const stop = this.unlisten;
    this.unlisten = null;
    this.listening = null;
    if (this.timer) this.startTimer(POLL_MS);
    await stop?.();
  }

  /** Of these projects, those in the independent (blind) phase. */
  private async blindProjects(ids: ReadonlySet<string>): Promise<Set<string>> {
    if (ids.size === 0) return new Set();
    const rows = await this.store.adapter.db.selectFrom('project').select(['id', 'settings']).where('id', 'in', [...ids]).execute();
    return new Set(rows.filter((r) => phaseOf(r.settings) === 'independent').map((r) => r.id));
  }

  private async poll(): Promise<void> {
    if (this.polling) {
      this.again = true;
      return;
    }
    if (this.listeners.size === 0) return this.stop();
    this.polling = true;
    try {
      const from = Math.min(...[...this.listeners].map((l) => l.after));
      const events = await this.store.adapter.db.selectFrom('event').innerJoin('user', 'user.id', 'event.actorId')
        .select(['event.seq', 'event.projectId', 'event.at', 'event.command', 'event.payload', 'event.undoes', 'user.name as actor'])
        .where('event.seq', '>', from).orderBy('event.seq').limit(1000).execute();
      const recheck = new Set(events.filter((e) => MEMBERSHIP.has(e.command) && e.projectId).map((e) => e.projectId!));
      // Blind coding hides others' codings from the feed too; the phase may change at any event.
      const blind = await this.blindProjects(new Set(events.map((e) => e.projectId).filter((id): id is string => !!id)));
      for (const l of this.listeners) {
        // A member taken out of the project stops hearing of it at once, not when they reload.
        if (recheck.has(l.projectId) && (await roleIn(this.store, l.projectId, l.user)) === null) {
          this.listeners.delete(l);
          l.close();
          continue;
        }
        const mine = events.filter((e) => e.seq > l.after && e.projectId === l.projectId);
        const shown = mine.map(({ projectId: _, ...e }) => ({ ...e, payload: JSON.parse(e.payload) as unknown }));
        if (shown.length) l.send(blind.has(l.projectId) ? shown.map((e) => blindEvent(e, l.user.name)) : shown);
        if (events.length) l.after = Math.max(l.after, events[events.length - 1]!.seq);
      }
    } finally {
      this.polling = false;
    }
    if (this.again) {
      this.again = false;
      this.pollSoon();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    void this.stopListening();
  }
}
