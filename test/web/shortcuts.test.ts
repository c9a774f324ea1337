import { describe, expect, it } from 'vitest';
import { shortcutOf } from '../../web/src/lib/shortcuts.js';

const key = (init: Partial<KeyboardEvent>) => ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: '', code: '', ...init }) as KeyboardEvent;

describe('shortcutOf', () => {
  it('maps undo, redo, help and tab keys', () => {
    expect(shortcutOf(key({ ctrlKey: true, key: 'z' }))).toBe('undo');
    expect(shortcutOf(key({ ctrlKey: true, shiftKey: true, key: 'Z' }))).toBe('redo');
    expect(shortcutOf(key({ metaKey: true, key: 'y' }))).toBe('redo');
    expect(shortcutOf(key({ key: '?' }))).toBe('help');
    expect(shortcutOf(key({ altKey: true, code: 'Digit3', key: '3' }))).toBe('tab:segments');
    expect(shortcutOf(key({ altKey: true, code: 'Digit7', key: '7' }))).toBe('tab:models');
    expect(shortcutOf(key({ altKey: true, code: 'Digit8', key: '8' }))).toBe('tab:agreement');
    expect(shortcutOf(key({ altKey: true, code: 'Digit9', key: '9' }))).toBe('tab:members');
    expect(shortcutOf(key({ altKey: true, code: 'Digit0', key: '0' }))).toBe('tab:history');
    expect(shortcutOf(key({ key: 'a' }))).toBeNull();
  });
});
