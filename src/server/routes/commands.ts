/** Every write goes through a named core command, executed as the logged-in user. */
import type { FastifyInstance } from 'fastify';
import { commandParams, createProjectBody } from '../../contract/project.js';
import { COMMANDS, COMMANDS_BY_NAME } from '../../core/commands/index.js';
import { UserError } from '../../core/errors.js';
import { execute } from '../../store/execute.js';
import type { Store } from '../../store/store.js';
import { requireUser } from '../require-user.js';

/** Commands with a JSON payload that a project member may send; imports arrive as file uploads. */
const OVER_HTTP = new Set(
  [...COMMANDS_BY_NAME.values()].filter((c) => c.scope === 'project' && c.name !== COMMANDS.importDocument.name).map((c) => c.name),
);

export function registerCommandRoutes(app: FastifyInstance, store: Store): void {
  app.post('/api/projects', async (req) => {
    const user = requireUser(req);
    const { name } = createProjectBody.parse(req.body);
    return execute(store, COMMANDS.createProject, { actorId: user.id, payload: { name } });
  });

  app.post('/api/projects/:projectId/commands/:name', async (req) => {
    const user = requireUser(req);
    const { projectId, name } = commandParams.parse(req.params);
    const command = COMMANDS_BY_NAME.get(name);
    if (!command || !OVER_HTTP.has(name)) throw new UserError(`There is no command "${name}" here; check the request.`);
    const parsed = command.schema.safeParse(req.body ?? {});
    if (!parsed.success) throw new UserError(`The ${name} request is malformed: ${parsed.error.issues[0]?.message ?? 'invalid input'}.`);
    return execute(store, command, { actorId: user.id, projectId, payload: parsed.data });
  });
}
