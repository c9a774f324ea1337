/** The models of a project (named diagrams) as lists and as the view the editor and the SVG export draw. */
import type { ModelNodeView, ModelSummary, ModelView, NodeStyle } from '../../contract/models.js';
import { UserError, quoteName } from '../../core/errors.js';
import type { ModelRecord } from '../../core/records.js';
import type { Store } from '../store.js';
import type { AnalysisScope } from './analysis.js';
import type { Reader } from './access.js';
import { codeCounts, type NodeCounts } from './model-counts.js';
import { readEnds, shortQuote, type Ends } from './relation-ends.js';
import { relationTypesOf, relationViewsOf } from './relations.js';
import { analysisScope } from './scope.js';

const summary = (m: ModelRecord, nodes: number): ModelSummary =>
  ({ id: m.id, name: m.name, layout: m.layout, description: m.description, nodes, version: m.version ?? 1 });

/** Every model of the project by name, with how many nodes each holds. */
export async function listModels(store: Store, projectId: string): Promise<ModelSummary[]> {
  const db = store.adapter.db;
  const models = await db.selectFrom('model').selectAll().where('projectId', '=', projectId).orderBy('name').execute();
  const counts = await db.selectFrom('model_node').innerJoin('model', 'model.id', 'model_node.modelId')
    .select(['model_node.modelId', (eb) => eb.fn.countAll<number>().as('n')])
    .where('model.projectId', '=', projectId).where('model_node.targetType', '!=', 'frame').groupBy('model_node.modelId').execute();
  const n = new Map(counts.map((c) => [c.modelId, Number(c.n)]));
  return models.map((m) => summary(m, n.get(m.id) ?? 0));
}

/** A model of the project by id or name; a clear error (HTTP 404) when there is none. */
export async function modelByRef(store: Store, projectId: string, ref: string): Promise<ModelRecord> {
  const db = store.adapter.db;
  const byId = await db.selectFrom('model').selectAll().where('projectId', '=', projectId).where('id', '=', ref).executeTakeFirst();
  const model = byId ?? await db.selectFrom('model').selectAll().where('projectId', '=', projectId).where('name', '=', ref.normalize('NFC').trim()).executeTakeFirst();
  if (!model) throw Object.assign(new UserError(`There is no model ${quoteName(ref)} in this project; choose one from its list of models.`), { statusCode: 404 });
  return model;
}

/** A node's stored look, keeping only what the contract knows (a hand-edited row cannot break a drawing). */
function parseStyle(text: string): NodeStyle {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const o = raw as Record<string, unknown>;
  const style: NodeStyle = {};
  if (typeof o.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(o.color)) style.color = o.color;
  if (typeof o.width === 'number' && Number.isFinite(o.width)) style.width = o.width;
  if (typeof o.height === 'number' && Number.isFinite(o.height)) style.height = o.height;
  if (o.shape === 'box' || o.shape === 'rounded' || o.shape === 'ellipse') style.shape = o.shape;
  return style;
}

function nodeLabel(ends: Ends, type: ModelNodeView['type'], id: string, title: string): string | null {
  switch (type) {
    case 'frame': return title;
    case 'code': return ends.codes.get(id)?.name ?? null;
    case 'memo': return ends.memos.get(id) ?? null;
    case 'segment': {
      const s = ends.segments.get(id);
      return s ? shortQuote(s.exact) : null;
    }
  }
}

function placeOf(ends: Ends, type: ModelNodeView['type'], id: string): ModelNodeView['place'] {
  const s = type === 'segment' ? ends.segments.get(id) : undefined;
  return s ? { documentId: s.documentId, document: s.document, start: s.start } : null;
}

/**
 * One model: its nodes with labels and, for codes, counts in `scope` (by default the analysis
 * view's: interviews, every coder but the consensus layer), and the relations between its nodes.
 * During blind coding (`reader.onlyCoderId`) the counts are the reader's own and segments they
 * did not code are left off.
 */
export async function modelView(store: Store, projectId: string, ref: string, scope?: AnalysisScope, reader?: Pick<Reader, 'onlyCoderId'>): Promise<ModelView> {
  const model = await modelByRef(store, projectId, ref);
  const rows = await store.adapter.db.selectFrom('model_node').selectAll().where('modelId', '=', model.id).orderBy('y').orderBy('x').orderBy('id').execute();
  const ids = (type: ModelNodeView['type']) => rows.filter((n) => n.targetType === type).map((n) => n.targetId);
  const only = reader?.onlyCoderId ?? null;
  const ends = await readEnds(store, projectId, { memo: ids('memo'), segment: ids('segment') }, only);
  let counts = new Map<string, NodeCounts>();
  if (rows.some((n) => n.targetType === 'code')) {
    const base = scope ?? await analysisScope(store, projectId, { kind: 'interview' });
    counts = await codeCounts(store, projectId, only ? { ...(base.kind ? { kind: base.kind } : {}), coderId: only } : base);
  }
  const nodes: ModelNodeView[] = [];
  for (const n of rows) {
    const label = nodeLabel(ends, n.targetType, n.targetId, n.label);
    if (label === null) continue;
    const isCode = n.targetType === 'code';
    nodes.push({
      id: n.id, type: n.targetType, targetId: n.targetId, label, x: Number(n.x), y: Number(n.y), style: parseStyle(n.style),
      color: isCode ? ends.codes.get(n.targetId)?.color ?? null : null,
      counts: isCode ? counts.get(n.targetId) ?? { codings: 0, cases: 0, label: null } : null,
      place: placeOf(ends, n.targetType, n.targetId),
    });
  }
  const shown = new Set(nodes.map((n) => n.targetId));
  const types = await relationTypesOf(store, projectId);
  const relations = (await relationViewsOf(store, projectId, types, reader))
    .filter((r) => shown.has(r.source.id) && shown.has(r.target.id));
  return { model: summary(model, nodes.filter((n) => n.type !== 'frame').length), nodes, relations, types };
}
