/** The agreement API: intercoder agreement between a project's coders, for any of its members. */
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FIGURE_LABELS, type Figures } from '../../analysis/agreement/index.js';
import { agreementQuery, disagreementsQuery, type AgreementResponse } from '../../contract/agreement.js';
import { projectParams } from '../../contract/project.js';
import { assertReader, blindRefusal } from '../../store/queries/access.js';
import { agreementOf, splitNames } from '../../store/queries/agreement.js';
import { disagreementsOf } from '../../store/queries/disagreements.js';
import type { Store } from '../../store/store.js';
import { attachment, safeFileName } from '../attachment.js';
import { requireUser } from '../require-user.js';

export function registerAgreementRoutes(app: FastifyInstance, store: Store): void {
  const agreement = async (req: FastifyRequest): Promise<{ projectId: string; result: AgreementResponse }> => {
    const { projectId } = projectParams.parse(req.params);
    const reader = await assertReader(store, projectId, requireUser(req));
    // Agreement compares coders: during blind coding only owners see it, and only as figures.
    if (reader.onlyCoderId && reader.role !== 'owner' && reader.role !== 'admin') throw blindRefusal();
    const q = agreementQuery.parse(req.query);
    const result = await agreementOf(store, projectId, {
      coders: splitNames(q.coders),
      ...(q.codes !== undefined ? { codes: splitNames(q.codes) } : {}),
      ...(q.docs !== undefined ? { documents: splitNames(q.docs) } : {}),
    }, { method: q.method, ...(q.threshold !== undefined ? { threshold: q.threshold } : {}) });
    return { projectId, result };
  };

  app.get('/api/projects/:projectId/analysis/agreement', async (req): Promise<AgreementResponse> => (await agreement(req)).result);

  app.get('/api/projects/:projectId/analysis/agreement.csv', async (req, reply) => {
    const { projectId, result } = await agreement(req);
    const { name } = await store.adapter.db.selectFrom('project').select('name').where('id', '=', projectId).executeTakeFirstOrThrow();
    return attachment(reply, safeFileName(`${name} agreement ${result.method}.csv`), 'text/csv; charset=utf-8').send(agreementCsv(result));
  });

  /** Where the coders differ; resolutions go through the `consensus.resolve` command. Never during blind coding. */
  app.get('/api/projects/:projectId/disagreements', async (req) => {
    const { projectId } = projectParams.parse(req.params);
    const reader = await assertReader(store, projectId, requireUser(req));
    if (reader.onlyCoderId) throw blindRefusal();
    const q = disagreementsQuery.parse(req.query);
    return disagreementsOf(store, projectId, { coders: splitNames(q.coders), ...(q.docs !== undefined ? { documents: splitNames(q.docs) } : {}) });
  });
}

/**
 * One row per code and a last row over all codes: the counts (where the method has them), each
 * figure (empty when not defined) and why any is not defined. A byte-order mark for Excel.
 */
export function agreementCsv(r: AgreementResponse): string {
  const counted = r.overall.counts !== undefined;
  const row = (code: string, figures: Figures, counts?: { agreements: number; disagreements: number }) => {
    const why = r.columns.flatMap((k) => (figures[k]?.reason ? [`${FIGURE_LABELS[k]}: ${figures[k].reason}`] : []));
    return [code, ...(counted ? [counts?.agreements ?? 0, counts?.disagreements ?? 0] : []), ...r.columns.map((k) => figures[k]?.value ?? ''), why.join('; ')];
  };
  const header = ['Code', ...(counted ? ['Agreements', 'Disagreements'] : []), ...r.columns.map((k) => FIGURE_LABELS[k]), 'Not defined because'];
  return `\uFEFF${stringify([header, ...r.codes.map((c) => row(c.code, c.figures, c.counts)), row('All codes', r.overall.figures, r.overall.counts)])}`;
}
