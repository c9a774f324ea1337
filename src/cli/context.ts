/** What every command-line action needs: the open store, the acting user, and output helpers. */
import type { Command as Cli } from 'commander';
import type { Command } from '../core/commands/index.js';
import type { UserRecord } from '../core/records.js';
import { execute } from '../store/execute.js';
import { projectByName, userNamed } from '../store/queries/projects.js';
import { DEFAULT_DB, localOwner, openStore, type Store } from '../store/store.js';

export interface GlobalOptions { db?: string; as?: string; json?: boolean }

export class CliContext {
  private constructor(readonly store: Store, readonly actor: UserRecord, readonly json: boolean) {}

  static async open(cmd: Cli): Promise<CliContext> {
    const opts = cmd.optsWithGlobals<GlobalOptions>();
    const store = await openStore(opts.db ?? process.env.SPARKS_DB ?? DEFAULT_DB);
    try {
      const name = opts.as ?? process.env.SPARKS_USER;
      const actor = name ? await userNamed(store, name) : await localOwner(store);
      return new CliContext(store, actor, !!opts.json);
    } catch (err) {
      await store.close();
      throw err;
    }
  }

  /** Run a command on behalf of the acting user, in a project given by name (or none). */
  async run<P, R>(command: Command<P, R>, payload: P, projectName?: string): Promise<R> {
    const projectId = projectName === undefined ? null : (await projectByName(this.store, projectName)).id;
    return execute(this.store, command, { actorId: this.actor.id, projectId, payload });
  }

  async projectId(name: string): Promise<string> {
    return (await projectByName(this.store, name)).id;
  }

  /** Print one JSON document when --json was given, else the human lines. */
  print(data: unknown, human: () => string | string[]): void {
    if (this.json) {
      process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
      return;
    }
    const lines = human();
    const text = Array.isArray(lines) ? lines.join('\n') : lines;
    if (text.length) process.stdout.write(`${text}\n`);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** Wrap an action so the store is opened before and always closed after. */
export function action<A extends unknown[]>(fn: (ctx: CliContext, ...args: A) => Promise<void>) {
  return async (...args: A): Promise<void> => {
    const cmd = args[args.length - 1] as Cli;
    const ctx = await CliContext.open(cmd);
    try {
      await fn(ctx, ...args);
    } finally {
      await ctx.close();
    }
  };
}

/** Collect a repeatable option into an array. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
