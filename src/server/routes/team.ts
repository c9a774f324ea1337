/** The team's coding set-up (phase and document assignments): every member may read it. */
import type { FastifyInstance } from 'fastify';
import { projectParams } from '../../contract/project.js';
import type { TeamView } from '../../contract/team.js';
import { assertReader } from '../../store/queries/access.js';
import { teamView } from '../../store/queries/team.js';
import type { Store } from '../../store/store.js';
import { requireUser } from '../require-user.js';

export function registerTeamRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/projects/:projectId/team', async (req): Promise<TeamView> => {
    const { projectId } = projectParams.parse(req.params);
    // Blind coding hides codings, not who codes what: every reader sees the whole set-up.
    await assertReader(store, projectId, requireUser(req));
    return teamView(store, projectId);
  });
}
