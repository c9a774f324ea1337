/** Creating projects, users and memberships. */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { cleanName } from '../names.js';
import type { MembershipRecord, ProjectRecord, UserRecord } from '../records.js';
import { seedRelationTypes } from '../relation-types.js';
import { projectById, userByName } from '../resolve.js';
import { ROLES } from '../types.js';
import { actsAsAdmin } from './accounts.js';
import { defineCommand, projectOf } from './command.js';

export const createProject = defineCommand({
  name: 'project.create',
  schema: z.object({ name: z.string() }),
  scope: 'global',
  role: 'viewer',
  undoable: false,
  eventProject: (project: ProjectRecord) => project.id,
  async run(ctx, p): Promise<ProjectRecord> {
    const name = cleanName(p.name, 'project name');
    if ((await ctx.tx.count('project', { name })) > 0) {
      throw new UserError(`A project named ${quoteName(name)} already exists; choose another name.`);
    }
    const project: ProjectRecord = { id: ctx.newId(), name, settings: '{}', createdAt: ctx.now };
    await ctx.tx.insert('project', [project]);
    await ctx.tx.insert('membership', [{ id: ctx.newId(), projectId: project.id, userId: ctx.actorId, role: 'owner' }]);
    await ctx.tx.insert('relation_type', seedRelationTypes(project.id, () => ctx.newId(), ctx.now));
    return project;
  },
});

export const addUser = defineCommand({
  name: 'user.add',
  schema: z.object({
    name: z.string(), email: z.string().nullish(), admin: z.boolean().nullish(),
    /** An argon2id hash made at the edge; none for an account that logs in only by the printed link. */
    passwordHash: z.string().startsWith('$argon2id$').nullish(),
  }),
  scope: 'global',
  role: 'viewer',
  undoable: false,
  logged: (p) => ({ name: p.name, email: p.email ?? null, admin: !!p.admin, password: !!p.passwordHash }),
  async run(ctx, p): Promise<UserRecord> {
    if (p.admin && !(await actsAsAdmin(ctx))) throw new UserError('Only an administrator can add another administrator.');
    const name = cleanName(p.name, 'user name', 100);
    if ((await ctx.tx.count('user', { name })) > 0) throw new UserError(`A user named ${quoteName(name)} already exists.`);
    const email = p.email?.trim() || null;
    if (email !== null && !/^[^@\s]+@[^@\s]+$/.test(email)) {
      throw new UserError(`${quoteName(email)} is not an e-mail address; write it as name@example.org.`);
    }
    const user: UserRecord = {
      id: ctx.newId(), name, email, passwordHash: p.passwordHash ?? null, isAdmin: p.admin ? 1 : 0, isLocalOwner: 0, createdAt: ctx.now,
    };
    await ctx.tx.insert('user', [user]);
    return user;
  },
});

export const addMember = defineCommand({
  name: 'member.add',
  schema: z.object({ user: z.string(), role: z.enum(ROLES) }),
  scope: 'project',
  role: 'owner',
  undoable: true,
  async run(ctx, p): Promise<MembershipRecord> {
    const projectId = projectOf(ctx);
    const user = await userByName(ctx.tx, p.user);
    const [existing] = await ctx.tx.find('membership', { projectId, userId: user.id });
    if (existing) {
      if (existing.role === p.role) return existing;
      await ctx.tx.update('membership', existing.id, { role: p.role });
      ctx.patch.changed('membership', existing.id, { role: existing.role }, { role: p.role });
      return { ...existing, role: p.role };
    }
    const m: MembershipRecord = { id: ctx.newId(), projectId, userId: user.id, role: p.role };
    await ctx.tx.insert('membership', [m]);
    ctx.patch.created('membership', [m]);
    return m;
  },
});

export const removeMember = defineCommand({
  name: 'member.remove',
  schema: z.object({ user: z.string() }),
  scope: 'project',
  role: 'owner',
  undoable: true,
  async run(ctx, p): Promise<MembershipRecord> {
    const projectId = projectOf(ctx);
    const user = await userByName(ctx.tx, p.user);
    const [m] = await ctx.tx.find('membership', { projectId, userId: user.id });
    if (!m) throw new UserError(`${user.name} is not a member of this project; nothing changed.`);
    if (m.role === 'owner' && (await ctx.tx.count('membership', { projectId, role: 'owner' })) === 1) {
      throw new UserError(`${user.name} is the project's only owner; make someone else owner first.`);
    }
    await ctx.tx.remove('membership', [m.id]);
    ctx.patch.deleted('membership', [m]);
    return m;
  },
});

export const updateSettings = defineCommand({
  name: 'project.settings',
  schema: z.object({ settings: z.record(z.string(), z.unknown()) }),
  scope: 'project',
  role: 'owner',
  undoable: true,
  async run(ctx, p): Promise<Record<string, unknown>> {
    const project = await projectById(ctx.tx, projectOf(ctx));
    const merged = JSON.stringify({ ...(JSON.parse(project.settings) as object), ...p.settings });
    await ctx.tx.update('project', project.id, { settings: merged });
    ctx.patch.changed('project', project.id, { settings: project.settings }, { settings: merged });
    return JSON.parse(merged) as Record<string, unknown>;
  },
});
