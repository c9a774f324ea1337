/** The analysis API: frequency labels, saturation, matrices and the study's reports, for a project's members. */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { documentsNeeded, parseBands, saturationFromSettings, type MatrixResult } from '../../analysis/index.js';
import {
  matrixQuery, reportParams, reportQuery, saturationQuery, scopeQuery,
  type FrequencyResponse, type SaturationResponse,
} from '../../contract/analysis.js';
import { projectParams } from '../../contract/project.js';
import { UserError } from '../../core/errors.js';
import { parsePath } from '../../core/names.js';
import type { DocumentKind } from '../../core/types.js';
import { renderCodebookReport, renderTableReport, REPORT_TYPES } from '../../formats/report/index.js';
import { matrixCsvParts } from '../../formats/report/matrix-csv.js';
import { assertReader, blindRefusal, type Reader } from '../../store/queries/access.js';
import { frequencyOf, projectSettings, saturationOf, type AnalysisScope } from '../../store/queries/analysis.js';
import { matrixOf } from '../../store/queries/matrix.js';
import { analysisScope } from '../../store/queries/scope.js';
import { paced } from '../../store/queries/yield.js';
import { codebookReport, tableReport } from '../../store/queries/report.js';
import type { Store } from '../../store/store.js';
import { attachment, safeFileName } from '../attachment.js';
import { requireUser } from '../require-user.js';

export function registerAnalysisRoutes(app: FastifyInstance, store: Store): void {
  const readers = new WeakMap<FastifyRequest, Reader>();
  const project = async (req: FastifyRequest): Promise<string> => {
    const { projectId } = projectParams.parse(req.params);
    readers.set(req, await assertReader(store, projectId, requireUser(req)));
    return projectId;
  };
  /**
   * Whose codings and which documents; a coder named who does not exist is the caller's mistake.
   * During blind coding a member's analyses count their own codings alone.
   */
  const scopeOf = async (req: FastifyRequest, q: { kind: string; coder?: string | undefined }): Promise<AnalysisScope> => {
    const { projectId } = projectParams.parse(req.params);
    const scope = await analysisScope(store, projectId, { kind: q.kind as DocumentKind | 'all', coder: q.coder });
    const only = readers.get(req)?.onlyCoderId;
    if (only) {
      if (scope.coderId && scope.coderId !== only) throw blindRefusal();
      return { ...(scope.kind ? { kind: scope.kind } : {}), coderId: only };
    }
    return scope;
  };

  app.get('/api/projects/:projectId/analysis/frequency', async (req): Promise<FrequencyResponse> => {
    const projectId = await project(req);
    const result = await frequencyOf(store, projectId, await scopeOf(req, scopeQuery.parse(req.query)));
    return {
      n: result.n, ranges: result.ranges,
      rows: result.rows.map((r, i) => ({ ...r, id: result.codes[i]!.id, depth: parsePath(r.code).length - 1 })),
    };
  });

  app.get('/api/projects/:projectId/analysis/saturation', async (req): Promise<SaturationResponse> => {
    const projectId = await project(req);
    const q = saturationQuery.parse(req.query);
    const own = saturationFromSettings(await projectSettings(store, projectId));
    const options = { base: q.base ?? own.base, run: q.run ?? own.run, threshold: q.threshold ?? own.threshold };
    const result = await saturationOf(store, projectId, options, await scopeOf(req, q));
    return { ...result, options, needed: documentsNeeded(options) };
  });

  const matrix = async (req: FastifyRequest, projectId: string, query: unknown): Promise<MatrixResult> => {
    const q = matrixQuery.parse(query);
    if (q.bands && !q.by) throw new UserError('Bands split a case attribute: choose the attribute to split by as well.');
    return matrixOf(store, projectId, {
      ...await scopeOf(req, q), cols: q.cols, measure: q.measure,
      ...(q.by ? { by: q.by } : {}), ...(q.bands ? { bands: parseBands(q.bands) } : {}), ...(q.within !== undefined ? { within: q.within } : {}),
    });
  };
  app.get('/api/projects/:projectId/analysis/matrix', async (req) => matrix(req, await project(req), req.query));
  app.get('/api/projects/:projectId/analysis/matrix.csv', async (req, reply) => {
    const projectId = await project(req);
    const m = await matrix(req, projectId, req.query);
    const { name } = await store.adapter.db.selectFrom('project').select('name').where('id', '=', projectId).executeTakeFirstOrThrow();
    const what = m.columns === 'codes' ? 'code co-occurrence' : `codes by ${m.by ?? m.columns}`;
    // Sent a few rows at a time: a codes × documents table has hundreds of thousands of cells.
    return attachment(reply, safeFileName(`${name} ${what}.csv`), 'text/csv; charset=utf-8').send(Readable.from(paced(matrixCsvParts(m))));
  });

  app.get('/api/projects/:projectId/reports/:file', async (req, reply) => {
    const projectId = await project(req);
    const [kind, format] = String((req.params as { file?: unknown }).file ?? '').split('.', 2);
    const p = reportParams.parse({ projectId, kind, format });
    const q = reportQuery.parse(req.query);
    const scope = await scopeOf(req, q);
    const bytes = p.kind === 'table'
      ? await renderTableReport(await tableReport(store, projectId, { ...scope, ...(q.quotes !== undefined ? { quotes: q.quotes } : {}) }), p.format)
      : await renderCodebookReport(await codebookReport(store, projectId, scope), p.format);
    const { name } = await store.adapter.db.selectFrom('project').select('name').where('id', '=', projectId).executeTakeFirstOrThrow();
    const type = REPORT_TYPES[p.format];
    const title = p.kind === 'table' ? 'Table I' : 'codebook';
    return attachment(reply, safeFileName(`${name} ${title}.${type.extension}`), type.contentType).send(Buffer.from(bytes));
  });
}
