// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpPanel } from '../../../web/src/components/HelpPanel.js';
import { SHORTCUTS } from '../../../web/src/lib/shortcuts.js';

afterEach(cleanup);

describe('HelpPanel', () => {
  it('lists every shortcut in a labelled modal dialog and closes from its focused button', () => {
    const onClose = vi.fn();
    render(<HelpPanel onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(screen.getAllByRole('row')).toHaveLength(SHORTCUTS.length);
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('leaves out for a viewer the shortcuts that would change the project', () => {
    render(<HelpPanel onClose={() => undefined} canChange={false} />);
    expect(screen.getAllByRole('row')).toHaveLength(SHORTCUTS.filter((s) => !s.changes).length);
    expect(screen.queryByText('Ctrl+Z')).toBeNull();
    expect(screen.queryByText('Alt+V')).toBeNull();
    expect(screen.getByText('?')).toBeTruthy();
  });
});
