// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MemoListing } from '../../../../web/src/api.js';
import { LinkedMemos } from '../../../../web/src/components/memos/LinkedMemos.js';

const mocks = vi.hoisted(() => ({
  run: vi.fn<(name: string, payload: unknown, done?: string) => Promise<unknown>>(),
  memos: [] as MemoListing[],
  /** The user's role: an owner unless a test reads as a viewer. */
  role: 'owner',
}));
vi.mock('../../../../web/src/project.js', () => ({
  useCommand: () => mocks.run,
  useProject: () => ({ projectId: 'p1', role: mocks.role, canCode: mocks.role !== 'viewer' }),
  useProjectResource: () => ({ state: 'ready', data: mocks.memos }),
}));

const memo = (id: string, title: string, body: string, links: MemoListing['links']): MemoListing => ({
  id, title, body, links, type: 'theoretical', author: 'owner', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', version: 1,
});
const humor = { type: 'code', id: 'c1', linkId: 'l1', label: 'Disparadores/Humor' };

beforeEach(() => {
  mocks.role = 'owner';
  mocks.run.mockReset();
  window.location.hash = '';
});
afterEach(cleanup);

describe('LinkedMemos', () => {
  it('lists only the memos linked to the object, each opening in the Memos view', () => {
    mocks.memos = [
      memo('m1', 'El humor como puente', '## Idea\nLa risa abre un espacio compartido.', [humor]),
      memo('m2', 'Otra cosa', 'Nada que ver.', [{ ...humor, id: 'c2', linkId: 'l2' }]),
    ];
    render(<LinkedMemos type="code" id="c1" refName="Disparadores/Humor" />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'El humor como puente' }).getAttribute('href')).toBe('#/projects/p1/memos/m1');
    expect(screen.getByText('Idea')).toBeTruthy();
  });

  it('shows only the action when nothing is linked, and creates a memo linked to the object', async () => {
    mocks.memos = [];
    mocks.run.mockResolvedValue({ id: 'nuevo' });
    render(<LinkedMemos type="code" id="c1" refName="Disparadores/Humor\/ironía" />);
    expect(screen.queryByRole('list')).toBeNull();
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Write a memo about this' })); });
    expect(mocks.run).toHaveBeenCalledWith('memo.add', {
      title: 'Memo on Disparadores/Humor\\/ironía', body: '', type: 'theoretical', links: [{ type: 'code', ref: 'Disparadores/Humor\\/ironía' }],
    });
    expect(window.location.hash).toBe('#/projects/p1/memos/nuevo');
  });

  it('lists the linked memos to a viewer, with nothing to write (and nothing at all when none is linked)', () => {
    mocks.role = 'viewer';
    mocks.memos = [memo('m1', 'El humor como puente', 'La risa abre.', [humor])];
    const { unmount } = render(<LinkedMemos type="code" id="c1" refName="Disparadores/Humor" />);
    expect(screen.getByRole('link', { name: 'El humor como puente' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    unmount();
    mocks.memos = [];
    const { container } = render(<LinkedMemos type="code" id="c1" refName="Disparadores/Humor" />);
    expect(container.innerHTML).toBe('');
  });

  it('names a memo on a segment without its id, and stays put when the server refuses', async () => {
    mocks.memos = [];
    mocks.run.mockResolvedValue(undefined);
    render(<LinkedMemos type="segment" id="s9" refName="s9" />);
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Write a memo about this' })); });
    expect(mocks.run).toHaveBeenCalledWith('memo.add', { title: 'Memo on a passage', body: '', type: 'theoretical', links: [{ type: 'segment', ref: 's9' }] });
    expect(window.location.hash).toBe('');
  });
});
