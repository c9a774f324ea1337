/** A tiny driver for store tests: run commands as a user in one project. */
import { createHash } from 'node:crypto';
import type { Command } from '../../src/core/commands/index.js';
import { COMMANDS } from '../../src/core/commands/index.js';
import type { TurnSpan } from '../../src/core/types.js';
import { execute } from '../../src/store/execute.js';
import { localOwner, type Store } from '../../src/store/store.js';

export class Session {
  constructor(readonly store: Store, readonly actorId: string, readonly projectId: string | null = null) {}

  static async owner(store: Store): Promise<Session> {
    return new Session(store, (await localOwner(store)).id);
  }

  in(projectId: string): Session {
    return new Session(this.store, this.actorId, projectId);
  }

  as(actorId: string): Session {
    return new Session(this.store, actorId, this.projectId);
  }

  run<P, R>(command: Command<P, R>, payload: P): Promise<R> {
    return execute(this.store, command, { actorId: this.actorId, projectId: this.projectId, payload });
  }

  /** Import plain text as a document, as the importers would hand it over. */
  importText(name: string, text: string, options: { case?: string; turns?: TurnSpan[]; kind?: 'interview' | 'session' } = {}) {
    const original = new TextEncoder().encode(text);
    return this.run(COMMANDS.importDocument, {
      name, kind: options.kind ?? 'interview', case: options.case ?? null, text, turns: options.turns ?? [], original,
      originalName: `${name}.txt`, mime: 'text/plain', format: 'txt', contentHash: createHash('sha256').update(original).digest('hex'),
    });
  }
}
