/**
 * Live updates: each open project view receives the project's new events as server-sent events.
 * The feed reads the event log itself, so changes made by the command line or by another server
 * process reach the browser too.
 */
import type { FastifyInstance } from 'fastify';
import { liveQuery, projectParams, type LiveEvent } from '../contract/project.js';
import { assertReader } from '../store/queries/access.js';
import type { Store } from '../store/store.js';
import { requireUser } from './require-user.js';

const POLL_MS = 250;

interface Listener { projectId: string; after: number; send(events: LiveEvent[]): void }

export class LiveFeed {
  private readonly listeners = new Set<Listener>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

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
    // A failed poll (say, a busy database) is retried on the next tick rather than ending the feed.
    this.timer = setInterval(() => void this.poll().catch((err: unknown) => process.emitWarning(`live updates: ${String(err)}`)), POLL_MS);
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    if (this.listeners.size === 0) return this.stop();
    this.polling = true;
    try {
      const from = Math.min(...[...this.listeners].map((l) => l.after));
      const events = await this.store.adapter.db.selectFrom('event').innerJoin('user', 'user.id', 'event.actorId')
        .select(['event.seq', 'event.projectId', 'event.at', 'event.command', 'event.payload', 'event.undoes', 'user.name as actor'])
        .where('event.seq', '>', from).orderBy('event.seq').limit(1000).execute();
      for (const l of this.listeners) {
        const mine = events.filter((e) => e.seq > l.after && e.projectId === l.projectId);
        if (mine.length) l.send(mine.map(({ projectId: _, ...e }) => ({ ...e, payload: JSON.parse(e.payload) as unknown })));
        if (events.length) l.after = Math.max(l.after, events[events.length - 1]!.seq);
      }
    } finally {
      this.polling = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
