/** Relation types and a small model as the models API answers them, for the editor's component tests. */
import type { ModelView, RelationTypeView } from '../../../../web/src/components/models/models-api.js';

const type = (id: string, name: string, paradigm: RelationTypeView['paradigm'] = null, symmetric = false): RelationTypeView =>
  ({ id, name, label: name, symmetric, paradigm, uses: 0 });

export const TYPES: RelationTypeView[] = [
  type('t1', 'is associated with', null, true),
  type('t2', 'is cause of'),
  type('t3', 'causal condition of', 'causal'),
  type('t4', 'context of', 'context'),
  type('t5', 'consequence of', 'consequence'),
  type('t6', 'gatilla'),
];

export const VIEW: ModelView = {
  model: { id: 'm1', name: 'Chispas de cambio', layout: 'paradigm', description: '', nodes: 3, version: 1 },
  nodes: [
    { id: 'n1', type: 'code', targetId: 'c1', label: 'Condiciones', x: 0, y: 0, style: {}, color: '#336699', counts: { codings: 4, cases: 3, label: 'variant' }, place: null },
    { id: 'n2', type: 'code', targetId: 'c2', label: 'Humor 😊', x: 300, y: 0, style: {}, color: null, counts: { codings: 1, cases: 1, label: null }, place: null },
    { id: 'n3', type: 'memo', targetId: 'memo1', label: 'Por qué la risa', x: 600, y: 0, style: { color: '#aa3300' }, color: null, counts: null, place: null },
  ],
  relations: [{
    id: 'r1', typeId: 't3', type: 'causal condition of', label: 'causal condition of', symmetric: false,
    source: { type: 'code', id: 'c1', label: 'Condiciones' }, target: { type: 'code', id: 'c2', label: 'Humor 😊' },
    memo: 'Abre el encuentro.', evidence: [], createdBy: 'ana', createdAt: '2025-01-01T00:00:00Z', version: 2,
  }, {
    id: 'r2', typeId: 't1', type: 'is associated with', label: 'is associated with', symmetric: true,
    source: { type: 'code', id: 'c2', label: 'Humor 😊' }, target: { type: 'memo', id: 'memo1', label: 'Por qué la risa' },
    memo: '', evidence: [], createdBy: 'ana', createdAt: '2025-01-01T00:00:00Z', version: 1,
  }],
  types: TYPES,
};

/** The same model with two frames: one around the two codes, one empty and of the default size. */
export const FRAMED: ModelView = {
  ...VIEW,
  nodes: [
    ...VIEW.nodes,
    { id: 'f2', type: 'frame', targetId: 'f2', label: '', x: 900, y: 300, style: {}, color: null, counts: null, place: null },
    { id: 'f1', type: 'frame', targetId: 'f1', label: 'Condiciones del terapeuta', x: -20, y: -40, style: { width: 560, height: 200, color: '#225588' }, color: null, counts: null, place: null },
  ],
};
