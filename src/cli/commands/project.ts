/** `sparks project …`, `sparks user …`, `sparks member …`. */
import type { Command as Cli } from 'commander';
import { hashPassword } from '../../server/passwords.js';
import { newPassword } from '../password-input.js';
import { COMMANDS } from '../../core/commands/index.js';
import { ROLES, type Role } from '../../core/types.js';
import { UserError, quoteName } from '../../core/errors.js';
import { listProjects, listUsers, userNamed } from '../../store/queries/projects.js';
import type { Store } from '../../store/store.js';
import { action } from '../context.js';
import { usage } from '../errors.js';

export function registerProjects(program: Cli): void {
  const project = program.command('project').description('create and list projects');
  project.command('create <name>').description('create a project owned by the acting user').option('--json', 'print JSON')
    .action(action(async (ctx, name: string) => {
      const p = await ctx.run(COMMANDS.createProject, { name });
      ctx.print(p, () => `Created project ${p.name}.`);
    }));
  project.command('list').description('list projects with their size').option('--json', 'print JSON')
    .action(action(async (ctx) => {
      const rows = await listProjects(ctx.store);
      ctx.print(rows, () => rows.length === 0 ? 'No projects yet: create one with `sparks project create NAME`.'
        : rows.map((r) => `${r.name}  (${r.documents} documents, ${r.codes} codes, ${r.codings} codings, ${r.memos} memos)`));
    }));

  const user = program.command('user').description('manage user accounts');
  user.command('add <name>').description('add a user (a coder); asks for a password at a terminal (Enter for none)')
    .option('--email <email>', 'e-mail address').option('--admin', 'an administrator, who may manage other accounts')
    .option('--password-stdin', 'read the password from the first line of standard input').option('--json', 'print JSON')
    .action(action(async (ctx, name: string, opts: { email?: string; admin?: boolean; passwordStdin?: boolean }) => {
      if (await userExists(ctx.store, name)) throw new UserError(`A user named ${quoteName(name.normalize('NFC').trim())} already exists.`);
      const password = await newPassword(name, !!opts.passwordStdin, true);
      const passwordHash = password === null ? null : await hashPassword(password);
      const u = await ctx.run(COMMANDS.addUser, { name, email: opts.email ?? null, admin: !!opts.admin, passwordHash });
      const { passwordHash: _hidden, ...shown } = u;
      ctx.print({ ...shown, hasPassword: !!u.passwordHash }, () =>
        `Added ${u.isAdmin ? 'administrator' : 'user'} ${u.name}${u.passwordHash ? ', who can log in with a password' : ' without a password (set one with `sparks user passwd`)'}.`);
    }));
  user.command('passwd <name>').description("set a user's password (yours, or anyone's as an administrator)")
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(action(async (ctx, name: string, opts: { passwordStdin?: boolean }) => {
      await userNamed(ctx.store, name);
      const password = (await newPassword(name, !!opts.passwordStdin, false))!;
      const r = await ctx.run(COMMANDS.setPassword, { user: name, passwordHash: await hashPassword(password) });
      process.stdout.write(`Changed the password of ${r.user}.\n`);
    }));
  user.command('list').description('list users').option('--json', 'print JSON')
    .action(action(async (ctx) => {
      const rows = await listUsers(ctx.store);
      ctx.print(rows, () => rows.map((u) => `${u.name}${u.email ? ` <${u.email}>` : ''}${u.isAdmin ? '  (admin)' : ''}`));
    }));

  const member = program.command('member').description('project membership and roles');
  member.command('add <project> <user>').description('give a user a role in a project')
    .option('--role <role>', `one of ${ROLES.join(', ')}`, 'coder').option('--json', 'print JSON')
    .action(action(async (ctx, projectName: string, userName: string, opts: { role: string }) => {
      if (!(ROLES as readonly string[]).includes(opts.role)) throw usage(`--role must be one of ${ROLES.join(', ')}.`);
      const m = await ctx.run(COMMANDS.addMember, { user: userName, role: opts.role as Role }, projectName);
      ctx.print(m, () => `${userName} is now ${m.role} in ${projectName}.`);
    }));
  member.command('remove <project> <user>').description('take a user out of a project (their codings and memos stay)')
    .action(action(async (ctx, projectName: string, userName: string) => {
      await ctx.run(COMMANDS.removeMember, { user: userName }, projectName);
      process.stdout.write(`${userName} is no longer a member of ${projectName}.\n`);
    }));
}

async function userExists(store: Store, name: string): Promise<boolean> {
  return !!(await store.adapter.db.selectFrom('user').select('id').where('name', '=', name.normalize('NFC').trim()).executeTakeFirst());
}
