import { describe, expect, it } from 'vitest';
import {
  ancestorIds, buildTree, dropDecision, filterTree, findByPrefix, foldText, mergeTargets, moveTargets, subtreeIds, visibleRows,
} from '../../web/src/lib/code-tree.js';
import { CODEBOOK, listing } from './code-fixtures.js';

const names = (rows: { code: { name: string } }[]) => rows.map((r) => r.code.name);

describe('buildTree and visibleRows', () => {
  it('nests properties under their categories in listing order', () => {
    const tree = buildTree(CODEBOOK);
    expect(tree.map((n) => n.code.name)).toEqual(['Reacción emocional', 'Condiciones', 'Silencio']);
    expect(tree[0]!.children.map((n) => n.code.name)).toEqual(['Risa 😊', 'Llanto']);
    expect(tree[1]!.children[0]!.children[0]!.code.path).toBe('Condiciones/Confianza/Reacción');
  });

  it('shows only the children of expanded codes, with ARIA levels and positions', () => {
    const tree = buildTree(CODEBOOK);
    expect(names(visibleRows(tree, new Set()))).toEqual(['Reacción emocional', 'Condiciones', 'Silencio']);
    const rows = visibleRows(tree, new Set(['Reacción emocional', 'Condiciones/Confianza']));
    expect(names(rows)).toEqual(['Reacción emocional', 'Risa 😊', 'Llanto', 'Condiciones', 'Silencio']);
    expect(rows[1]).toMatchObject({ level: 2, parentId: 'Reacción emocional', setSize: 2, posInSet: 1, hasChildren: false, expanded: false });
    expect(rows[0]).toMatchObject({ level: 1, hasChildren: true, expanded: true, setSize: 3, posInSet: 1 });
    expect(rows[3]).toMatchObject({ hasChildren: true, expanded: false });
  });

  it('keeps a code whose parent is missing, at the top level', () => {
    const tree = buildTree([listing('Huérfano/Hijo')]);
    expect(tree.map((n) => n.code.name)).toEqual(['Hijo']);
  });

  it('handles an escaped slash inside a name', () => {
    const codes = [listing('Ayuda'), { ...listing('Ayuda/x'), id: 'y', name: 'Sí/No', path: 'Ayuda/Sí\\/No', parent: 'Ayuda' }];
    expect(buildTree(codes)[0]!.children[0]!.code.name).toBe('Sí/No');
  });
});

describe('filterTree', () => {
  it('ignores case and accents both ways', () => {
    expect(foldText('Reacción ÉMOCIONAL')).toBe('reaccion emocional');
    const { nodes } = filterTree(buildTree(CODEBOOK), 'REACCION');
    const rows = visibleRows(nodes, new Set(CODEBOOK.map((c) => c.id)));
    expect(names(rows)).toEqual(['Reacción emocional', 'Condiciones', 'Confianza', 'Reacción']);
    expect(names(visibleRows(filterTree(buildTree(CODEBOOK), 'reacción').nodes, new Set()))).toEqual(['Reacción emocional', 'Condiciones']);
  });

  it('keeps ancestors of a match and says which to open', () => {
    const { nodes, open } = filterTree(buildTree(CODEBOOK), 'risa');
    expect([...open]).toEqual(['Reacción emocional']);
    expect(names(visibleRows(nodes, open))).toEqual(['Reacción emocional', 'Risa 😊']);
  });

  it('keeps everything for an empty or blank query and nothing for a miss', () => {
    expect(filterTree(buildTree(CODEBOOK), '  ').nodes).toHaveLength(3);
    expect(filterTree(buildTree(CODEBOOK), 'zzz').nodes).toEqual([]);
  });
});

describe('relatives and targets', () => {
  it('finds ancestors nearest first and whole subtrees', () => {
    expect(ancestorIds(CODEBOOK, 'Condiciones/Confianza/Reacción')).toEqual(['Condiciones/Confianza', 'Condiciones']);
    expect([...subtreeIds(CODEBOOK, 'Condiciones')].sort()).toEqual(['Condiciones', 'Condiciones/Confianza', 'Condiciones/Confianza/Reacción']);
  });

  it('offers move targets outside the subtree and not the present parent, and merge targets outside the subtree', () => {
    const move = moveTargets(CODEBOOK, 'Reacción emocional/Llanto').map((c) => c.id);
    expect(move).not.toContain('Reacción emocional');
    expect(move).not.toContain('Reacción emocional/Llanto');
    expect(move).toContain('Reacción emocional/Risa 😊');
    expect(mergeTargets(CODEBOOK, 'Condiciones').map((c) => c.id)).toEqual(['Reacción emocional', 'Reacción emocional/Risa 😊', 'Reacción emocional/Llanto', 'Silencio']);
  });

  it('type-ahead finds the next name by its first letters, accent-blind and wrapping', () => {
    const rows = visibleRows(buildTree(CODEBOOK), new Set(['Reacción emocional']));
    expect(findByPrefix(rows, 0, 'l')).toBe(2);
    expect(findByPrefix(rows, 4, 'r')).toBe(0);
    expect(findByPrefix(rows, 0, 'rí')).toBe(1);
    expect(findByPrefix(rows, 0, 'x')).toBe(-1);
  });
});

describe('dropDecision', () => {
  it('refuses a drop onto itself or onto its own descendants, with a sentence', () => {
    expect(dropDecision(CODEBOOK, 'Condiciones', 'Condiciones')).toEqual({ kind: 'refuse', reason: expect.stringMatching(/onto itself/) });
    const inside = dropDecision(CODEBOOK, 'Condiciones', 'Condiciones/Confianza/Reacción');
    expect(inside).toEqual({ kind: 'refuse', reason: '“Reacción” is inside “Condiciones”; a code cannot go into its own sub-codes.' });
  });

  it('offers nesting and merging onto another code', () => {
    expect(dropDecision(CODEBOOK, 'Silencio', 'Reacción emocional/Llanto')).toEqual({ kind: 'choose', nest: null, merge: null });
  });

  it('offers only merging onto the present parent or a parent with a sub-code of the same name', () => {
    expect(dropDecision(CODEBOOK, 'Reacción emocional/Llanto', 'Reacción emocional'))
      .toEqual({ kind: 'choose', nest: '“Llanto” is already under “Reacción emocional”.', merge: null });
    const codes = [...CODEBOOK, listing('Condiciones/Llanto')];
    expect(dropDecision(codes, 'Reacción emocional/Llanto', 'Condiciones'))
      .toMatchObject({ kind: 'choose', nest: '“Condiciones” already has a sub-code named “Llanto”.', merge: null });
  });

  it('blocks merging two codes that share a sub-code name, and refuses when nesting is blocked too', () => {
    const codes = [...CODEBOOK, listing('Silencio/Confianza')];
    expect(dropDecision(codes, 'Silencio', 'Condiciones'))
      .toEqual({ kind: 'choose', nest: null, merge: 'Both codes have a sub-code named “Confianza”; rename or merge those first.' });
    const both = dropDecision([...codes, listing('Condiciones/Silencio')], 'Silencio', 'Condiciones');
    expect(both).toEqual({ kind: 'refuse', reason: expect.stringMatching(/already has a sub-code named “Silencio”\. Both codes/) });
  });

  it('makes a property a category on the top-level zone, but not a category again or a clashing name', () => {
    expect(dropDecision(CODEBOOK, 'Reacción emocional/Llanto', null)).toEqual({ kind: 'top' });
    expect(dropDecision(CODEBOOK, 'Silencio', null)).toEqual({ kind: 'refuse', reason: '“Silencio” is already a top-level category.' });
    expect(dropDecision([...CODEBOOK, listing('Condiciones/Silencio')], 'Condiciones/Silencio', null).kind).toBe('refuse');
  });

  it('refuses a code that vanished meanwhile', () => {
    expect(dropDecision(CODEBOOK, 'nada', 'Silencio').kind).toBe('refuse');
  });
});
