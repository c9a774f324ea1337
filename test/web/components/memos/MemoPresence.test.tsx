// @vitest-environment happy-dom
/** The memo editor says who else has the memo open, from its heartbeats, and says goodbye on closing. */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoListing } from '../../../../web/src/api.js';
import { MemoEditor } from '../../../../web/src/components/memos/MemoEditor.js';
import { othersLine } from '../../../../web/src/components/memos/use-presence.js';

vi.mock('../../../../web/src/project.js', () => ({
  useCommand: () => vi.fn(async () => ({})),
  useProject: () => ({ projectId: 'p1', role: 'coder', canCode: true, canManage: false, recent: [] }),
  useProjectResource: () => ({ state: 'loading' }),
}));

const memo: MemoListing = {
  id: '7c2f3d1e-5b6a-4c8d-9e0f-1a2b3c4d5e6f', title: 'Reunión del equipo', type: 'methodological', author: 'ana', body: 'Acordamos…',
  links: [], createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z', version: 1,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('memo presence', () => {
  it('shows the other editors and leaves when the editor closes', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init?: RequestInit) => {
      sent.push(JSON.parse(String(init?.body)));
      return new Response(JSON.stringify({ editors: [{ name: 'tomás', since: '2026-01-01T10:00:00Z' }] }), { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    const view = render(<MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} />);
    await waitFor(() => expect(screen.getByText(/^tomás is also editing this memo/)).toBeTruthy());
    expect(sent[0]).toEqual({ memo: memo.id });
    view.unmount();
    await waitFor(() => expect(sent.at(-1)).toEqual({ memo: memo.id, leaving: true }));
  });

  it('names several editors in one sentence', () => {
    expect(othersLine([])).toBe('');
    expect(othersLine(['ana', 'tomás', 'vera'])).toMatch(/^ana, tomás and vera are also editing this memo;/);
  });
});
