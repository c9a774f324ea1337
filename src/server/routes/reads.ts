/** Read-only API: lists and views of a project, for its members. */
import type { FastifyInstance } from 'fastify';
import { documentParams, eventsQuery, projectParams } from '../../contract/project.js';
import { UserError } from '../../core/errors.js';
import { assertReader, roleIn, type Reader } from '../../store/queries/access.js';
import { blindEvent } from '../blind-events.js';
import { listCodes } from '../../store/queries/codes.js';
import { documentView } from '../../store/queries/document-view.js';
import { listEvents } from '../../store/queries/events.js';
import { listCases, listDocuments, listMemos } from '../../store/queries/listings.js';
import { listProjects } from '../../store/queries/projects.js';
import type { Store } from '../../store/store.js';
import { requireUser } from '../require-user.js';

export function registerReadRoutes(app: FastifyInstance, store: Store): void {
  /** Parse the project id and check the user may read it. */
  const project = async (req: { params: unknown; user: unknown }): Promise<string> => (await reader(req)).projectId;
  const reader = async (req: { params: unknown; user: unknown }): Promise<Reader & { projectId: string }> => {
    const { projectId } = projectParams.parse(req.params);
    return { ...(await assertReader(store, projectId, requireUser(req as never))), projectId };
  };

  app.get('/api/projects', async (req) => {
    const user = requireUser(req);
    const all = await listProjects(store);
    if (user.isAdmin === 1) return all;
    const mine = await store.adapter.db.selectFrom('membership').select('projectId').where('userId', '=', user.id).execute();
    const ids = new Set(mine.map((m) => m.projectId));
    return all.filter((p) => ids.has(p.id));
  });
  app.get('/api/projects/:projectId/documents', async (req) => {
    const r = await reader(req);
    return listDocuments(store, r.projectId, r.onlyCoderId);
  });
  app.get('/api/projects/:projectId/documents/:documentId', async (req) => {
    const r = await reader(req);
    const { documentId } = documentParams.parse(req.params);
    return documentView(store, r.projectId, documentId, r.onlyCoderId);
  });
  /** The caller's role, so the web app can offer only what the server will allow. */
  app.get('/api/projects/:projectId/role', async (req) => {
    const { projectId } = projectParams.parse(req.params);
    const role = await roleIn(store, projectId, requireUser(req));
    if (role === null) throw Object.assign(new UserError('You are not a member of this project; ask its owner to add you.'), { statusCode: 403 });
    return { role };
  });
  /** Who works on the project, with their roles: every member may see the team. */
  app.get('/api/projects/:projectId/members', async (req) => {
    const projectId = await project(req);
    return store.adapter.db.selectFrom('membership').innerJoin('user', 'user.id', 'membership.userId')
      .select(['user.name', 'user.email', 'membership.role']).where('membership.projectId', '=', projectId).orderBy('user.name').execute();
  });
  app.get('/api/projects/:projectId/codes', async (req) => {
    const r = await reader(req);
    return listCodes(store, r.projectId, r.onlyCoderId ?? undefined);
  });
  app.get('/api/projects/:projectId/cases', async (req) => listCases(store, await project(req)));
  app.get('/api/projects/:projectId/memos', async (req) => listMemos(store, await project(req)));
  app.get('/api/projects/:projectId/events', async (req) => {
    const r = await reader(req);
    const { limit } = eventsQuery.parse(req.query);
    const events = await listEvents(store, r.projectId, limit ? { limit } : {});
    const me = requireUser(req).name;
    return r.onlyCoderId ? events.map((e) => blindEvent(e, me)) : events;
  });
}
