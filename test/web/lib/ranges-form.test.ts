/** The frequency ranges form: prefilling from the ranges in use, and checking before anything is sent. */
import { describe, expect, it } from 'vitest';
import { hillRanges } from '../../../src/analysis/index.js';
import { rangesFields, readRangesForm, type RangesFields } from '../../../web/src/lib/ranges-form.js';

// The moments-of-meeting paper's ranges for 14 cases.
const paper = (): RangesFields => ({
  general: { from: '13', to: '14' }, typical: { from: '8', to: '12' }, variant: { from: '2', to: '7' }, rare: { from: '', to: '' },
});

describe('rangesFields', () => {
  it('prefills the boxes from the ranges, leaving empty and missing ranges blank', () => {
    expect(rangesFields({ general: [13, 14], typical: [8, 12], variant: [2, 7], rare: null })).toEqual(paper());
    expect(rangesFields(hillRanges(20)).rare).toEqual({ from: '2', to: '3' });
    // Hill's typical range for 3 cases is empty (2–1): blank, not numbers the form would refuse.
    expect(rangesFields(hillRanges(3)).typical).toEqual({ from: '', to: '' });
  });
});

describe('readRangesForm', () => {
  it('reads whole numbers, with no rare range when both its boxes are empty', () => {
    expect(readRangesForm(paper())).toEqual({ ok: true, ranges: { general: [13, 14], typical: [8, 12], variant: [2, 7], rare: null } });
    expect(readRangesForm({ ...paper(), variant: { from: ' 4 ', to: '7' }, rare: { from: '2', to: '3' } }))
      .toEqual({ ok: true, ranges: { general: [13, 14], typical: [8, 12], variant: [4, 7], rare: [2, 3] } });
    // A single-number range is fine.
    expect(readRangesForm({ ...paper(), general: { from: '14', to: '14' }, typical: { from: '8', to: '13' } }).ok).toBe(true);
  });

  it('refuses missing, fractional, negative and reversed ends, naming the range', () => {
    expect(readRangesForm({ ...paper(), typical: { from: '', to: '12' } }))
      .toEqual({ ok: false, error: 'Give the typical range both ends.', invalid: ['typical'] });
    expect(readRangesForm({ ...paper(), rare: { from: '1', to: '' } }))
      .toEqual({ ok: false, error: 'Give the rare range both ends, or leave both empty for no rare range.', invalid: ['rare'] });
    expect(readRangesForm({ ...paper(), variant: { from: '2.5', to: '7' } }))
      .toEqual({ ok: false, error: 'The variant range needs whole numbers of cases, such as 2 or 13.', invalid: ['variant'] });
    expect(readRangesForm({ ...paper(), variant: { from: '-1', to: '7' } }).ok).toBe(false);
    expect(readRangesForm({ ...paper(), general: { from: '14', to: '13' } }))
      .toEqual({ ok: false, error: 'The general range starts after it ends: 14 is more than 13.', invalid: ['general'] });
  });

  it('refuses a general range below 2 cases', () => {
    expect(readRangesForm({ general: { from: '0', to: '1' }, typical: { from: '5', to: '6' }, variant: { from: '3', to: '4' }, rare: { from: '', to: '' } }))
      .toEqual({ ok: false, error: 'The general range must reach 2 cases or more, since a single case never gets a label.', invalid: ['general'] });
  });

  it('refuses ranges sharing a number of cases, rare included', () => {
    expect(readRangesForm({ ...paper(), typical: { from: '8', to: '13' } })).toEqual({
      ok: false, invalid: ['general', 'typical'],
      error: 'The general (13–14) and typical (8–13) ranges overlap; each number of cases can have only one label.',
    });
    expect(readRangesForm({ ...paper(), rare: { from: '1', to: '2' } })).toEqual({
      ok: false, invalid: ['variant', 'rare'],
      error: 'The variant (2–7) and rare (1–2) ranges overlap; each number of cases can have only one label.',
    });
    // Touching is not overlapping.
    expect(readRangesForm({ ...paper(), rare: { from: '1', to: '1' } }).ok).toBe(true);
  });
});
