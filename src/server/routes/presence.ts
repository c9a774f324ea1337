/** Who else has a memo open: heartbeats of open editors, so two people writing one memo know of each other. */
import type { FastifyInstance } from 'fastify';
import { presenceBody, projectParams } from '../../contract/project.js';
import { UserError } from '../../core/errors.js';
import { assertReader } from '../../store/queries/access.js';
import { beat, leave } from '../../store/queries/presence.js';
import type { Store } from '../../store/store.js';
import { requireUser } from '../require-user.js';

export function registerPresenceRoutes(app: FastifyInstance, store: Store): void {
  /** An open editor's heartbeat (every 10 s; `leaving` when it closes); answers who else has the memo open. */
  app.post('/api/projects/:projectId/presence', async (req) => {
    const user = requireUser(req);
    const { projectId } = projectParams.parse(req.params);
    await assertReader(store, projectId, user);
    const { memo, leaving } = presenceBody.parse(req.body);
    const found = await store.adapter.db.selectFrom('memo').select('id').where('id', '=', memo).where('projectId', '=', projectId).executeTakeFirst();
    if (!found) throw new UserError('That memo does not exist in this project; it may have been deleted.');
    if (leaving) {
      await leave(store, projectId, memo, user.id);
      return { editors: [] };
    }
    return { editors: await beat(store, projectId, memo, user.id) };
  });
}
