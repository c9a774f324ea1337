/** `sparks serve`: the JSON API (and, once built, the web app) on this machine. */
import type { Command as Cli } from 'commander';
import { buildServer } from '../../server/app.js';
import { allowedHosts } from '../../server/host-guard.js';
import { Sessions } from '../../server/sessions.js';
import { localOwner } from '../../store/store.js';
import { CliContext } from '../context.js';
import { usage } from '../errors.js';

const LOCAL = new Set(['127.0.0.1', 'localhost', '::1']);

export function registerServe(program: Cli): void {
  program.command('serve').description('serve Sparks over HTTP (local only unless --host says otherwise)')
    .option('--host <address>', 'address to listen on', '127.0.0.1').option('--port <n>', 'port', '4173')
    .action(async (o: { host: string; port: string }, cmd: Cli) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage('--port must be a number from 0 to 65535.');
      const ctx = await CliContext.open(cmd);
      const sessions = new Sessions();
      const app = await buildServer({ store: ctx.store, sessions, allowedHosts: LOCAL.has(o.host) ? allowedHosts(o.host, port) : null });
      const close = async (): Promise<void> => {
        await app.close();
        await ctx.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      await app.listen({ host: o.host, port });
      const address = app.server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
      const token = sessions.issueToken((await localOwner(ctx.store)).id);
      process.stdout.write(`Sparks is running at http://${shown}:${actual}/login?token=${token}\n(the link logs you in once; your data: ${ctx.store.location})\n`);
    });
}
