import { describe, expect, it } from 'vitest';
import { countsLine, layoutModel, nodeSize, paradigmColumns, wrapLabel, type LayoutEdge, type LayoutNode, type Point } from '../../src/analysis/model-layout.js';

/** A paradigm model in Spanish: two contexts, two causes, one phenomenon, a strategy, two consequences and a loose note. */
const LABELS: Record<string, string> = {
  encuadre: 'Encuadre y límites de la relación terapéutica',
  apertura: 'Apertura',
  humor: 'Humor compartido 😄',
  ruptura: 'Rupturas o impasse',
  momento: 'Momento de encuentro',
  silencio: 'Sostener el silencio',
  alivio: 'Alivio',
  vitalidad: 'La sesión gana vitalidad',
  nota: 'Nota suelta sobre la sesión',
};
const nodes: LayoutNode[] = Object.entries(LABELS).map(([id, label]) => ({ id, ...nodeSize(label) }));
const edge = (source: string, paradigm: LayoutEdge['paradigm'], target: string): LayoutEdge => ({ id: `${source}-${target}`, source, target, paradigm });
const edges: LayoutEdge[] = [
  edge('encuadre', 'context', 'momento'),
  edge('apertura', 'intervening', 'momento'),
  edge('humor', 'causal', 'momento'),
  edge('ruptura', 'causal', 'momento'),
  edge('silencio', 'strategy', 'momento'),
  edge('alivio', 'consequence', 'momento'),
  edge('vitalidad', 'consequence', 'momento'),
  edge('nota', null, 'alivio'),
];

function overlaps(a: LayoutNode & Point, b: LayoutNode & Point): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function placed(positions: Map<string, Point>): (LayoutNode & Point)[] {
  return nodes.map((n) => ({ ...n, ...positions.get(n.id)! }));
}

describe('paradigm columns', () => {
  it('reads each node\'s role from its relations, a chain\'s middle node by what it is the source of', () => {
    const chain = [edge('encuadre', 'context', 'humor'), edge('humor', 'causal', 'momento'), edge('alivio', 'consequence', 'momento')];
    expect(Object.fromEntries(paradigmColumns(nodes, chain))).toEqual({ encuadre: 0, humor: 1, momento: 2, alivio: 4 });
    expect(Object.fromEntries(paradigmColumns(nodes, edges))).toMatchObject({ encuadre: 0, apertura: 0, humor: 1, momento: 2, silencio: 3, alivio: 4 });
    expect(paradigmColumns(nodes, edges).has('nota')).toBe(false);
  });
});

describe('layoutModel', () => {
  it('puts conditions left of the phenomenon, then strategies, then consequences', async () => {
    const at = await layoutModel({ nodes, edges }, 'paradigm');
    const x = (id: string) => at.get(id)!.x;
    for (const condition of ['encuadre', 'apertura', 'humor', 'ruptura']) expect(x(condition)).toBeLessThan(x('momento'));
    for (const context of ['encuadre', 'apertura']) for (const cause of ['humor', 'ruptura']) expect(x(context)).toBeLessThan(x(cause));
    expect(x('momento')).toBeLessThan(x('silencio'));
    for (const consequence of ['alivio', 'vitalidad']) expect(x('silencio')).toBeLessThan(x(consequence));
    // Nodes of one column share it (centred on one line).
    const centre = (id: string) => x(id) + nodes.find((n) => n.id === id)!.width / 2;
    expect(centre('humor')).toBeCloseTo(centre('ruptura'), 0);
    expect(centre('alivio')).toBeCloseTo(centre('vitalidad'), 0);
  });

  it('places consequences right of their phenomenon in layered mode too', async () => {
    const at = await layoutModel({ nodes, edges }, 'layered');
    expect(at.get('momento')!.x).toBeLessThan(at.get('alivio')!.x);
    expect(at.get('humor')!.x).toBeLessThan(at.get('momento')!.x);
  });

  it.each(['paradigm', 'layered'] as const)('never overlaps two nodes (%s)', async (mode) => {
    const boxes = placed(await layoutModel({ nodes, edges }, mode));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
  });

  it('gives the same positions every time', async () => {
    const first = await layoutModel({ nodes, edges }, 'paradigm');
    const second = await layoutModel({ nodes: [...nodes], edges: [...edges] }, 'paradigm');
    expect([...second]).toEqual([...first]);
  });

  it('ignores relations to nodes that are not there and links of a node to itself', async () => {
    const at = await layoutModel({ nodes: nodes.slice(0, 2), edges: [edge('encuadre', 'causal', 'gone'), edge('apertura', null, 'apertura')] }, 'paradigm');
    expect([...at.keys()]).toEqual(['encuadre', 'apertura']);
  });

  it('lays out an empty model', async () => {
    expect((await layoutModel({ nodes: [], edges: [] }, 'paradigm')).size).toBe(0);
  });
});

describe('nodeSize', () => {
  it('wraps long labels within 180 px and grows in height instead', () => {
    const short = nodeSize('Humor');
    const long = nodeSize('Reconocimiento de los ritmos del paciente y de sus pausas en la sesión');
    expect(long.width).toBeLessThanOrEqual(180);
    expect(long.height).toBeGreaterThan(short.height);
    expect(nodeSize('Humor', null, '3 codings · 2 cases').height).toBeGreaterThan(short.height);
    expect(nodeSize('Humor', { width: 300 }).width).toBe(300);
  });

  it('writes the counts line in words, singular where it should be', () => {
    expect(countsLine({ codings: 12, cases: 8, label: 'typical' })).toBe('12 codings · 8 cases · typical');
    expect(countsLine({ codings: 1, cases: 1, label: null })).toBe('1 coding · 1 case');
    expect(countsLine(null)).toBeNull();
  });

  it('breaks an over-long word and cuts an endless label with an ellipsis', () => {
    const lines = wrapLabel('x'.repeat(10_000), 156);
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toMatch(/…$/);
    expect(wrapLabel('Alivio', 156)).toEqual(['Alivio']);
    expect(wrapLabel('', 156)).toEqual(['']);
  });
});
