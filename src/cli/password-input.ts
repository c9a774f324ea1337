/** Reading a new password: typed twice at the terminal without echo, or one line from standard input. */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UserError } from '../core/errors.js';
import { passwordProblem } from '../server/passwords.js';

/** Nothing typed is shown: readline echoes to this, and it drops everything. */
const silent = new Writable({ write: (_chunk, _encoding, done) => done() });

function ask(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  process.stderr.write(prompt);
  return new Promise((resolve) => rl.question('', (answer) => {
    rl.close();
    process.stderr.write('\n');
    resolve(answer);
  }));
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.length > 10_000) break;
  }
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/**
 * A new password for `user`, checked: from stdin with `fromStdin`, else asked twice at a terminal.
 * Without a terminal and without --password-stdin there is none (null); `optional` lets Enter skip.
 */
export async function newPassword(user: string, fromStdin: boolean, optional: boolean): Promise<string | null> {
  let password: string;
  if (fromStdin) {
    password = await firstLineOfStdin();
  } else if (process.stdin.isTTY) {
    password = await ask(`New password for ${user}${optional ? ' (Enter for none)' : ''}: `);
    if (password === '' && optional) return null;
    if ((await ask('The same password again: ')) !== password) throw new UserError('The two passwords differ; nothing was changed. Run the command again.');
  } else {
    if (optional) return null;
    throw new UserError('There is no terminal to type a password in; pipe it in with --password-stdin.');
  }
  const problem = passwordProblem(password);
  if (problem) throw new UserError(`${problem.replace(/\.$/, '')}; nothing was changed.`);
  return password;
}
