/** The relations and models API (reads; changes go through the command endpoint), for a project's members. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { scopeQuery } from '../../contract/analysis.js';
import { modelParams, relationsTableQuery, type ModelSummary, type ModelView, type RelationsResponse } from '../../contract/models.js';
import { projectParams } from '../../contract/project.js';
import type { DocumentKind } from '../../core/types.js';
import { modelSvg } from '../../formats/model/svg.js';
import { relationsCsv, relationsMarkdown } from '../../formats/report/relations-table.js';
import { assertReader, blindRefusal, type Reader } from '../../store/queries/access.js';
import type { AnalysisScope } from '../../store/queries/analysis.js';
import { listModels, modelView } from '../../store/queries/models.js';
import { relationsOf } from '../../store/queries/relations.js';
import { analysisScope } from '../../store/queries/scope.js';
import type { Store } from '../../store/store.js';
import { attachment, safeFileName } from '../attachment.js';
import { requireUser } from '../require-user.js';

export function registerModelRoutes(app: FastifyInstance, store: Store): void {
  const reader = async (req: FastifyRequest): Promise<Reader & { projectId: string }> => {
    const { projectId } = projectParams.parse(req.params);
    return { ...(await assertReader(store, projectId, requireUser(req))), projectId };
  };
  const projectName = async (projectId: string): Promise<string> =>
    (await store.adapter.db.selectFrom('project').select('name').where('id', '=', projectId).executeTakeFirstOrThrow()).name;

  /** A model's counts in the analysis view's scope; during blind coding, the reader's own codings alone. */
  const view = async (req: FastifyRequest): Promise<ModelView> => {
    const r = await reader(req);
    const { modelId } = modelParams.parse(req.params);
    const q = scopeQuery.parse(req.query);
    let scope: AnalysisScope = await analysisScope(store, r.projectId, { kind: q.kind as DocumentKind | 'all', coder: q.coder });
    if (r.onlyCoderId) {
      if (scope.coderId && scope.coderId !== r.onlyCoderId) throw blindRefusal();
      scope = { ...(scope.kind ? { kind: scope.kind } : {}), coderId: r.onlyCoderId };
    }
    return modelView(store, r.projectId, modelId, scope, r);
  };

  app.get('/api/projects/:projectId/relations', async (req): Promise<RelationsResponse> => {
    const r = await reader(req);
    return relationsOf(store, r.projectId, r);
  });
  for (const format of ['csv', 'md'] as const) {
    app.get(`/api/projects/:projectId/relations.${format}`, async (req, reply) => {
      const r = await reader(req);
      const { evidence } = relationsTableQuery.parse(req.query);
      const { relations } = await relationsOf(store, r.projectId, r);
      const name = await projectName(r.projectId);
      const text = format === 'csv' ? relationsCsv(relations, { evidence }) : relationsMarkdown(relations, { evidence, title: `Relations of ${name}` });
      const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8';
      return attachment(reply, safeFileName(`${name} relations.${format}`), type).send(text);
    });
  }

  app.get('/api/projects/:projectId/models', async (req): Promise<ModelSummary[]> => listModels(store, (await reader(req)).projectId));
  app.get('/api/projects/:projectId/models/:modelId', async (req): Promise<ModelView> => view(req));
  app.get('/api/projects/:projectId/models/:modelId.svg', async (req, reply) => {
    const v = await view(req);
    const name = await projectName(projectParams.parse(req.params).projectId);
    const svg = await modelSvg(v, { title: v.model.name });
    return attachment(reply, safeFileName(`${name} ${v.model.name}.svg`), 'image/svg+xml; charset=utf-8').send(svg);
  });
}
