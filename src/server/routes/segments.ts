/** Retrieval of coded segments: a page as JSON, or the whole list as CSV or Markdown, streamed. */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { segmentExportQuery, segmentPageQuery, type SegmentExportQuery } from '../../contract/segments.js';
import { assertReader, blindCoders, type Reader } from '../../store/queries/access.js';
import { codeIdByPath, codeSubtreeIds, listCodes } from '../../store/queries/codes.js';
import {
  eachSegmentRow, querySegments, resolveSegmentFilter, type SegmentFilter, type SegmentRow,
} from '../../store/queries/segments.js';
import type { Store } from '../../store/store.js';
import { requireUser } from '../require-user.js';
import { segmentsCsv } from '../segments-csv.js';
import { attachment, safeFileName } from '../attachment.js';

const projectParams = z.object({ projectId: z.string().uuid() });

export function registerSegmentRoutes(app: FastifyInstance, store: Store): void {
  /** The project of the request, once the user is known to be a member. */
  const project = async (req: FastifyRequest): Promise<{ id: string; name: string; reader: Reader }> => {
    const { projectId } = projectParams.parse(req.params);
    const reader = await assertReader(store, projectId, requireUser(req));
    const row = await store.adapter.db.selectFrom('project').select(['id', 'name']).where('id', '=', projectId).executeTakeFirstOrThrow();
    return { ...row, reader };
  };
  /** The filter asked for; during blind coding, narrowed to the reader's own codings. */
  const filterOf = async (p: { id: string; reader: Reader }, q: Parameters<typeof resolveSegmentFilter>[2]): Promise<SegmentFilter> => {
    const filter = await resolveSegmentFilter(store, p.id, q);
    const coders = blindCoders(p.reader, filter.coderIds);
    if (coders) filter.coderIds = coders;
    return filter;
  };

  app.get('/api/projects/:projectId/segments', async (req) => {
    const p = await project(req);
    const q = segmentPageQuery.parse(req.query);
    return querySegments(store, p.id, await filterOf(p, q), { limit: q.limit, offset: q.offset });
  });

  app.get('/api/projects/:projectId/segments.csv', async (req, reply) => {
    const p = await project(req);
    const q = segmentExportQuery.parse(req.query);
    const filter = await filterOf(p, q);
    // Streamed a batch at a time; a failure half-way cuts the download short.
    const csv = Readable.from(segmentsCsv(store, p.id, filter), { objectMode: false });
    return attachment(reply, fileName(p.name, q, 'csv'), 'text/csv; charset=utf-8').send(csv);
  });

  app.get('/api/projects/:projectId/segments.md', async (req, reply) => {
    const p = await project(req);
    const q = segmentExportQuery.parse(req.query);
    const filter = await filterOf(p, q);
    const groups = q.group === 'code' ? await codeGroups(store, p.id, q.codes, p.reader.onlyCoderId) : [{ heading: null, ids: null }];
    const body = Readable.from(markdown(store, p, q, filter, groups));
    return attachment(reply, fileName(p.name, q, 'md'), 'text/markdown; charset=utf-8').send(body);
  });
}

interface Group { heading: string | null; ids: string[] | null }

/** The selected codes (each with the codes below it), or every code that has codings. */
async function codeGroups(store: Store, projectId: string, paths: string[], coderId: string | null): Promise<Group[]> {
  if (paths.length) {
    return Promise.all(paths.map(async (path) => ({ heading: path, ids: await codeSubtreeIds(store, projectId, await codeIdByPath(store, projectId, path)) })));
  }
  return (await listCodes(store, projectId, coderId ?? undefined)).filter((c) => c.codings > 0).map((c) => ({ heading: c.path, ids: [c.id] }));
}

async function* markdown(store: Store, p: { id: string; name: string }, q: SegmentExportQuery, filter: SegmentFilter, groups: Group[]): AsyncGenerator<string> {
  yield `# Segments of ${escapeMarkdown(p.name)}\n\n`;
  const described = describeFilter(q);
  if (described) yield `${escapeMarkdown(described)}\n\n`;
  let any = false;
  for (const group of groups) {
    let doc: string | null = null;
    for await (const s of eachSegmentRow(store, p.id, group.ids ? { ...filter, codeIds: group.ids } : filter)) {
      const heading = group.heading ?? s.doc;
      if (group.heading === null ? s.doc !== doc : doc === null) yield `## ${escapeMarkdown(heading)}\n\n`;
      doc = s.doc;
      any = true;
      yield quote(s, group.heading === null);
    }
  }
  if (!any) yield 'No coded segments match these filters.\n';
}

/** One quote as the paper prints it, `> “…” (T7)`, then where it comes from. */
export function quote(s: SegmentRow, byDocument: boolean): string {
  const lines = s.text.split('\n').map(escapeMarkdown);
  const label = s.case ? ` (${escapeMarkdown(s.case)})` : '';
  const text = `> “${lines.join('\n> ')}”${label}`;
  const source = byDocument
    ? `characters ${s.start}–${s.end}, coded by ${s.coder}: ${s.codes.map((c) => c.path).join('; ')}`
    : `${s.doc}, characters ${s.start}–${s.end}, coded by ${s.coder}`;
  return `${text}\n>\n> — ${escapeMarkdown(source)}\n\n`;
}

/** Backslash-escape what Markdown would read as formatting, so quotes print as they were said. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function describeFilter(q: SegmentExportQuery): string {
  const parts: string[] = [];
  if (q.codes.length) parts.push(`Codes (${q.mode === 'any' ? 'any of them' : q.mode === 'all' ? 'all of them' : 'overlapping'}): ${q.codes.join(', ')}`);
  if (q.documents.length) parts.push(`Documents: ${q.documents.join(', ')}`);
  if (q.coders.length) parts.push(`Coders: ${q.coders.join(', ')}`);
  if (q.attributes.length) parts.push(`Cases with ${q.attributes.map((a) => `${a.key} ${a.op === '!=' ? '≠' : a.op === '<=' ? '≤' : a.op === '>=' ? '≥' : a.op} ${a.value}`).join(' and ')}`);
  return parts.join('. ');
}

/** A file name that says what was exported, such as `Estudio segments Humor.csv`. */
function fileName(project: string, q: SegmentExportQuery, ext: string): string {
  const code = q.codes.length === 1 ? ` ${q.codes[0]!.split('/').pop()}` : '';
  return safeFileName(`${project} segments${code}.${ext}`);
}
