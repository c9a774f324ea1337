/** Full-text search of a project, and auto-coding of every hit as the logged-in user. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { autocodeBody, searchQuery } from '../../contract/search.js';
import { UserError } from '../../core/errors.js';
import { assertReader } from '../../store/queries/access.js';
import { autocodeSearch } from '../../store/queries/search-autocode.js';
import { searchText } from '../../store/queries/search.js';
import type { Store } from '../../store/store.js';
import { requireUser } from '../require-user.js';

const projectParams = z.object({ projectId: z.string().uuid() });

export function registerSearchRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/projects/:projectId/search', async (req) => {
    const { projectId } = projectParams.parse(req.params);
    const reader = await assertReader(store, projectId, requireUser(req));
    const q = searchQuery.parse(req.query);
    return searchText(store, projectId, q.q, {
      documents: q.doc, attributes: q.attr, code: q.code ?? null, coderId: reader.onlyCoderId, limit: q.limit, offset: q.offset,
    });
  });

  // Roles, the event and undo come from the command (coding.applyMany), run as this user.
  app.post('/api/projects/:projectId/search/autocode', async (req) => {
    const { projectId } = projectParams.parse(req.params);
    const user = requireUser(req);
    const reader = await assertReader(store, projectId, user);
    const parsed = autocodeBody.safeParse(req.body ?? {});
    if (!parsed.success) throw new UserError(`The auto-coding request is malformed: ${parsed.error.issues[0]?.message ?? 'invalid input'}.`);
    const b = parsed.data;
    return autocodeSearch(store, projectId, user.id, {
      query: b.q, code: b.code, unit: b.unit,
      options: { documents: b.filters.documents, attributes: b.filters.attributes, code: b.filters.code ?? null, coderId: reader.onlyCoderId },
    });
  });
}
