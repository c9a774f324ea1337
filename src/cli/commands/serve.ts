/** `sparks serve`: the web app and JSON API on this machine. */
import { hostname } from 'node:os';
import type { Command as Cli } from 'commander';
import { buildServer } from '../../server/app.js';
import { allowedHosts } from '../../server/host-guard.js';
import { Sessions } from '../../server/sessions.js';
import { localOwner } from '../../store/store.js';
import { CliContext } from '../context.js';
import { usage } from '../errors.js';
import { UserError } from '../../core/errors.js';

const LOCAL = new Set(['127.0.0.1', 'localhost', '::1']);

export interface ServeOptions { host: string; port: string }

/**
 * Start serving and print the address (on this machine alone, with a one-time login token);
 * runs until the process is stopped.
 */
export async function serve(ctx: CliContext, o: ServeOptions, banner: (address: string) => string[] = () => []): Promise<void> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage('--port must be a number from 0 to 65535.');
  if (!LOCAL.has(o.host) && !(await anyPassword(ctx))) {
    throw new UserError(`Sparks would be reachable from other machines at ${o.host}, but no account has a password yet; give one with \`sparks user passwd NAME\` (or add an account with \`sparks user add NAME --email E\`) and start again.`);
  }
  const sessions = new Sessions(ctx.store);
  // Filled once listening: with --port 0 only then is the port, and so the accepted Host header, known.
  const allowed = LOCAL.has(o.host) ? new Set<string>() : null;
  const app = await buildServer({ store: ctx.store, sessions, allowedHosts: allowed });
  const close = async (): Promise<void> => {
    await app.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close());
  process.once('SIGTERM', () => void close());
  try {
    await app.listen({ host: o.host, port });
  } catch (err) {
    await app.close();
    if ((err as { code?: string }).code === 'EADDRINUSE') throw new UserError(`Port ${port} is already in use (is Sparks already running?); choose another with --port.`);
    throw err;
  }
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  if (allowed) for (const h of allowedHosts(o.host, actual)) allowed.add(h);
  ctx.store.startMaintenance();
  const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
  if (!allowed) {
    // Reachable by others: no address that logs in as the local owner, which has no password.
    const where = o.host === '0.0.0.0' || o.host === '::' ? hostname() : shown;
    process.stdout.write([...banner(`http://${where}:${actual}/`), `Sparks is running at http://${where}:${actual}/ (listening on ${shown}:${actual})`,
      `(members log in with their name and password; your data: ${ctx.store.location}; stop with Ctrl+C)`, ''].join('\n'));
    return;
  }
  const token = sessions.issueToken((await localOwner(ctx.store)).id);
  const url = `http://${shown}:${actual}/login?token=${token}`;
  process.stdout.write([...banner(url), `Sparks is running at ${url}`, `(the link logs you in once; your data: ${ctx.store.location}; stop with Ctrl+C)`, ''].join('\n'));
}

async function anyPassword(ctx: CliContext): Promise<boolean> {
  return !!(await ctx.store.adapter.db.selectFrom('user').select('id').where('passwordHash', 'is not', null).limit(1).executeTakeFirst());
}

export function registerServe(program: Cli): void {
  program.command('serve').description('serve Sparks over HTTP (local only unless --host says otherwise)')
    .option('--host <address>', 'address to listen on', '127.0.0.1').option('--port <n>', 'port', '4173')
    .action(async (o: ServeOptions, cmd: Cli) => serve(await CliContext.open(cmd), o));
}
