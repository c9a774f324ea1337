/** The project's sets (groups of codes, documents and memos): every member may read them; changes go through the command endpoint. */
import type { FastifyInstance } from 'fastify';
import { projectParams } from '../../contract/project.js';
import type { SetsResponse } from '../../contract/sets.js';
import { assertReader } from '../../store/queries/access.js';
import { listSets } from '../../store/queries/sets.js';
import type { Store } from '../../store/store.js';
import { requireUser } from '../require-user.js';

export function registerSetRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/projects/:projectId/sets', async (req): Promise<SetsResponse> => {
    const { projectId } = projectParams.parse(req.params);
    // Sets hold codes, documents and memos but no codings, so blind coding hides nothing here.
    await assertReader(store, projectId, requireUser(req));
    return listSets(store, projectId);
  });
}
