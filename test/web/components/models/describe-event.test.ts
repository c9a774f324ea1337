/** The history's sentences for relations and models. */
import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../../../web/src/lib/describe-event.js';

describe('describeEvent for relations and models', () => {
  it('tells each change in a researcher’s words', () => {
    expect(describeEvent('relation.add', { from: { type: 'code', ref: 'Gatillantes' }, type: 'causal condition of', to: { type: 'code', ref: 'Momento ✨' } }))
      .toBe('linked “Gatillantes” to “Momento ✨” as “causal condition of”');
    expect(describeEvent('relation.add', { from: { type: 'memo', ref: 'x' }, type: 'is associated with', to: { type: 'code', ref: 'Humor' } }))
      .toBe('linked a memo to “Humor” as “is associated with”');
    expect(describeEvent('relation.edit', { relation: 'r1', reverse: true })).toBe('reversed a relation');
    expect(describeEvent('relation.edit', { relation: 'r1', type: 'context of' })).toBe('gave a relation the type “context of”');
    expect(describeEvent('relation.edit', { relation: 'r1', memo: 'm' })).toBe('edited a relation\'s memo');
    expect(describeEvent('relation.cite', { relation: 'r1', segments: ['s1', 's2'] })).toBe('cited 2 segments as evidence of a relation');
    expect(describeEvent('relationType.add', { name: 'gatilla' })).toBe('added the relation type “gatilla”');
    expect(describeEvent('model.create', { name: 'Chispas de cambio' })).toBe('created the model “Chispas de cambio”');
    expect(describeEvent('model.edit', { model: 'Chispas', name: 'Chispas (v2)' })).toBe('renamed the model “Chispas” to “Chispas (v2)”');
    expect(describeEvent('model.place', { model: 'Chispas', nodes: 3 })).toBe('placed or moved 3 nodes on the model “Chispas”');
    expect(describeEvent('model.place', { model: 'Chispas', nodes: [{}] })).toBe('placed or moved 1 node on the model “Chispas”');
    expect(describeEvent('model.remove', { model: 'Chispas', nodes: [{}, {}] })).toBe('took 2 nodes off the model “Chispas”');
    expect(describeEvent('model.delete', { model: 'Chispas' })).toBe('deleted the model “Chispas”');
  });
});
