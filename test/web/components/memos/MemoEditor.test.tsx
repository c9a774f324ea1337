// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MemoListing } from '../../../../web/src/api.js';
import { draftKeyOf, MemoEditor } from '../../../../web/src/components/memos/MemoEditor.js';

type Options = { onConflict?(current: unknown, message: string): void };
const run = vi.hoisted(() => vi.fn<(name: string, payload: unknown, done?: string, options?: Options) => Promise<unknown>>());
vi.mock('../../../../web/src/project.js', () => ({
  useCommand: () => run,
  useProject: () => ({ projectId: 'p1', role: 'owner', canCode: true, canManage: true, recent: [] }),
  useProjectResource: () => ({ state: 'loading' }),
}));

const memo: MemoListing = {
  id: 'm1', title: 'Después de la entrevista 3', type: 'reflexive', author: 'owner', body: 'Primera idea.',
  links: [], createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z', version: 1,
};
const bodyBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /^Text/ });
const type = (value: string) => fireEvent.change(bodyBox(), { target: { value } });
/** The memo.edit commands sent, as name and payload. */
const edits = () => run.mock.calls.filter(([name]) => name === 'memo.edit').map(([name, payload]) => [name, payload]);

beforeEach(() => {
  vi.useFakeTimers();
  // The editor's presence heartbeat: nobody else is editing.
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{"editors":[]}', { status: 200, headers: { 'content-type': 'application/json' } })));
  localStorage.clear();
  run.mockReset();
  run.mockResolvedValue({});
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('MemoEditor autosave', () => {
  it('sends exactly one memo.edit after the typing pauses, keeping a draft until the server confirms', async () => {
    render(<MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} />);
    expect(screen.getByText('Saved')).toBeTruthy();
    for (const text of ['Primera idea. Me', 'Primera idea. Me sentí', 'Primera idea. Me sentí incómoda 😬']) {
      type(text);
      act(() => vi.advanceTimersByTime(500));
    }
    expect(edits()).toHaveLength(0);
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(draftKeyOf('p1', 'm1'))!).body).toBe('Primera idea. Me sentí incómoda 😬');

    await act(async () => { await vi.advanceTimersByTimeAsync(300); });
    expect(edits()).toEqual([['memo.edit', { memo: 'm1', body: 'Primera idea. Me sentí incómoda 😬', version: 1 }]]);
    expect(screen.getByText('Saved')).toBeTruthy();
    expect(localStorage.getItem(draftKeyOf('p1', 'm1'))).toBeNull();
    await act(async () => { await vi.advanceTimersByTimeAsync(5000); });
    expect(edits()).toHaveLength(1);
  });

  it('saves what is pending when the editor is left, and on blur', async () => {
    const { unmount } = render(<MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Tras la entrevista 3' } });
    fireEvent.blur(screen.getByRole('textbox', { name: 'Title' }));
    await act(async () => { await Promise.resolve(); });
    expect(edits()).toEqual([['memo.edit', { memo: 'm1', title: 'Tras la entrevista 3', version: 1 }]]);
    type('Algo cambió');
    unmount();
    expect(edits()).toHaveLength(2);
    expect(edits()[1]).toEqual(['memo.edit', { memo: 'm1', body: 'Algo cambió', version: 1 }]);
  });

  it('brings back unsaved text after a reload and sends it', async () => {
    localStorage.setItem(draftKeyOf('p1', 'm1'), JSON.stringify({ title: memo.title, body: 'Texto sin guardar ñ', type: 'reflexive' }));
    render(<MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} />);
    expect(bodyBox().value).toBe('Texto sin guardar ñ');
    await act(async () => { await vi.advanceTimersByTimeAsync(800); });
    expect(edits()).toEqual([['memo.edit', { memo: 'm1', body: 'Texto sin guardar ñ', version: 1 }]]);
  });

  it('holds back an emptied title instead of sending it', async () => {
    render(<MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: '  ' } });
    await act(async () => { await vi.advanceTimersByTimeAsync(800); });
    expect(edits()).toHaveLength(0);
    expect(screen.getByText('Not saved: give the memo a title.')).toBeTruthy();
  });
});

describe('MemoEditor and changes from elsewhere', () => {
  it('never overwrites text being typed, and takes the new text once nothing is unsaved', async () => {
    let resolveSave: (v: unknown) => void = () => undefined;
    run.mockImplementation(() => new Promise((r) => { resolveSave = r; }));
    const { rerender } = render(<MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} />);
    type('Lo que estoy escribiendo');
    const elsewhere = { ...memo, title: 'Retitulado en otra pestaña', body: 'Texto de otra pestaña', updatedAt: '2026-01-01T10:05:00.000Z' };
    rerender(<MemoEditor projectId="p1" memo={elsewhere} onDeleted={() => undefined} />);
    expect(bodyBox().value).toBe('Lo que estoy escribiendo');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' }).value).toBe('Retitulado en otra pestaña');

    await act(async () => { await vi.advanceTimersByTimeAsync(800); });
    expect(screen.getByText('Saving…')).toBeTruthy();
    // A reload that arrives while the save is on its way still leaves the text alone.
    rerender(<MemoEditor projectId="p1" memo={{ ...elsewhere, updatedAt: '2026-01-01T10:06:00.000Z' }} onDeleted={() => undefined} />);
    expect(bodyBox().value).toBe('Lo que estoy escribiendo');
    await act(async () => { resolveSave({}); });
    expect(screen.getByText('Saved')).toBeTruthy();

    const later = { ...elsewhere, body: 'Otra persona lo cambió 🙂', updatedAt: '2026-01-01T10:10:00.000Z' };
    rerender(<MemoEditor projectId="p1" memo={later} onDeleted={() => undefined} />);
    expect(bodyBox().value).toBe('Otra persona lo cambió 🙂');
    // Undo puts back an older text with its older time: it shows too.
    rerender(<MemoEditor projectId="p1" memo={{ ...later, body: 'Antes del cambio', updatedAt: memo.updatedAt }} onDeleted={() => undefined} />);
    expect(bodyBox().value).toBe('Antes del cambio');
  });

  it('takes the version of a change to another field, but not of one to the field being typed', async () => {
    const { rerender } = render(<MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} />);
    type('Mi párrafo');
    // Someone renamed the memo: nothing clashes with the text being typed, so its version is taken.
    const renamed = { ...memo, title: 'Retitulado', version: 2, updatedAt: '2026-01-01T10:05:00.000Z' };
    rerender(<MemoEditor projectId="p1" memo={renamed} onDeleted={() => undefined} />);
    await act(async () => { await vi.advanceTimersByTimeAsync(800); });
    expect(edits()).toEqual([['memo.edit', { memo: 'm1', body: 'Mi párrafo', version: 2 }]]);

    type('Mi párrafo, más largo');
    // Someone changed the text too: the old version goes, so the server refuses rather than overwrites.
    const rewritten = { ...renamed, body: 'Texto de otra persona', version: 3, updatedAt: '2026-01-01T10:06:00.000Z' };
    rerender(<MemoEditor projectId="p1" memo={rewritten} onDeleted={() => undefined} />);
    expect(bodyBox().value).toBe('Mi párrafo, más largo');
    await act(async () => { await vi.advanceTimersByTimeAsync(800); });
    expect(edits()[1]).toEqual(['memo.edit', { memo: 'm1', body: 'Mi párrafo, más largo', version: 2 }]);
  });

  it('sends a restored draft with the version it was written on', async () => {
    localStorage.setItem(draftKeyOf('p1', 'm1'), JSON.stringify({ title: memo.title, body: 'Escrito ayer', type: 'reflexive', $version: 1 }));
    render(<MemoEditor projectId="p1" memo={{ ...memo, body: 'Cambiado hoy', version: 3 }} onDeleted={() => undefined} />);
    await act(async () => { await vi.advanceTimersByTimeAsync(800); });
    expect(edits()).toEqual([['memo.edit', { memo: 'm1', body: 'Escrito ayer', version: 1 }]]);
  });

  it('asks before deleting, saves pending text first, then deletes', async () => {
    const onDeleted = vi.fn();
    render(<MemoEditor projectId="p1" memo={memo} onDeleted={onDeleted} />);
    type('Última frase');
    fireEvent.click(screen.getByRole('button', { name: 'Delete memo…' }));
    expect(run).not.toHaveBeenCalled();
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Delete memo' })); });
    expect(run.mock.calls.map(([name]) => name)).toEqual(['memo.edit', 'memo.delete']);
    expect(onDeleted).toHaveBeenCalledOnce();
    expect(localStorage.getItem(draftKeyOf('p1', 'm1'))).toBeNull();
  });
});
