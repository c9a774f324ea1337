// @vitest-environment happy-dom
/** The memo editor against a stubbed server that refuses a save made on an outdated copy (409 with `current`). */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MemoListing } from '../../../../web/src/api.js';
import { draftKeyOf, MemoEditor } from '../../../../web/src/components/memos/MemoEditor.js';
import { NoticeLine } from '../../../../web/src/components/NoticeLine.js';
import { ProjectProvider } from '../../../../web/src/project.js';

const memo: MemoListing = {
  id: 'm1', title: 'Después de la entrevista 3', type: 'reflexive', author: 'owner', body: 'Primera idea.',
  links: [], createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z', version: 4,
};
const SENTENCE = 'The memo “Después de la entrevista 3” was changed by someone else since you opened it; nothing was changed. Compare both versions, then save again.';
const theirs = { ...memo, projectId: 'p1', authorId: 'u2', body: 'Lo que Ana escribió 🙂', version: 5, updatedAt: '2026-01-01T10:05:00.000Z' };

const json = (data: unknown, status = 200) => new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
let sent: Record<string, unknown>[] = [];
/** What the next memo.edit commands answer, in order; afterwards each save is taken. */
let answers: Response[] = [];

beforeEach(() => {
  sent = [];
  answers = [];
  localStorage.clear();
  vi.stubGlobal('EventSource', class { onmessage = null; onopen = null; close() {} });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    if (url === '/api/me') return json({ id: 'u1', name: 'owner', email: null, isAdmin: true });
    if (url.endsWith('/role')) return json({ role: 'owner' });
    if (url.endsWith('/commands/memo.edit')) {
      const payload = JSON.parse(String(init?.body)) as Record<string, unknown>;
      sent.push(payload);
      return answers.shift() ?? json({ ...theirs, ...payload, version: Number(payload.version) + 1 });
    }
    return json({ error: 'Not found.' }, 404);
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const bodyBox = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: /^Text/ });
/** Types into the memo's text and leaves the field, which saves at once. */
async function write(text: string) {
  fireEvent.change(bodyBox(), { target: { value: text } });
  await act(async () => { fireEvent.blur(bodyBox()); });
}
/** The editor, with the first save refused because Ana saved the memo meanwhile. */
async function refusedSave() {
  answers = [json({ error: SENTENCE, current: theirs }, 409)];
  render(<ProjectProvider projectId="p1"><NoticeLine /><MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} /></ProjectProvider>);
  await write('Mi versión, escrita a la vez');
  return screen.findByRole('alert', { name: 'Someone else saved this memo meanwhile' });
}
const field = (panel: HTMLElement, name: string) => within(panel).getByRole<HTMLTextAreaElement>('textbox', { name }).value;

describe('MemoEditor when someone else saved the memo meanwhile', () => {
  it('sends the version it knows, then the one each save answers', async () => {
    render(<ProjectProvider projectId="p1"><MemoEditor projectId="p1" memo={memo} onDeleted={() => undefined} /></ProjectProvider>);
    await write('Uno');
    await waitFor(() => expect(sent).toHaveLength(1));
    await write('Uno, dos');
    await waitFor(() => expect(sent).toEqual([{ memo: 'm1', body: 'Uno', version: 4 }, { memo: 'm1', body: 'Uno, dos', version: 5 }]));
  });

  it('shows both versions in the editor instead of the notice, and stops saving', async () => {
    const panel = await refusedSave();
    expect(sent).toEqual([{ memo: 'm1', body: 'Mi versión, escrita a la vez', version: 4 }]);
    expect(field(panel, 'Their text')).toBe('Lo que Ana escribió 🙂');
    expect(field(panel, 'Their title')).toBe('Después de la entrevista 3');
    expect(field(panel, 'Your text')).toBe('Mi versión, escrita a la vez');
    expect(panel.textContent).toContain('Saved ');
    expect(screen.getAllByRole('alert')).toEqual([panel]);
    // The panel says it instead of the notice line.
    expect(document.body.textContent).not.toContain(SENTENCE);
    expect(screen.getByText(/^Not saved: someone else saved this memo meanwhile/)).toBeTruthy();
    expect(bodyBox().value).toBe('Mi versión, escrita a la vez');

    // Typing goes on, kept in the browser, but nothing is sent until the writer chooses.
    await write('Mi versión, escrita a la vez y ampliada');
    await act(async () => { await new Promise((r) => setTimeout(r, 900)); });
    expect(sent).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(draftKeyOf('p1', 'm1'))!).body).toBe('Mi versión, escrita a la vez y ampliada');
    expect(field(panel, 'Your text')).toBe('Mi versión, escrita a la vez y ampliada');
  });

  it('"Keep mine" saves the writer\'s text over theirs, naming their version', async () => {
    const panel = await refusedSave();
    await act(async () => { fireEvent.click(within(panel).getByRole('button', { name: 'Keep mine' })); });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ memo: 'm1', body: 'Mi versión, escrita a la vez', version: 5 });
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy());
    expect(screen.queryByRole('alert', { name: 'Someone else saved this memo meanwhile' })).toBeNull();
    expect(localStorage.getItem(draftKeyOf('p1', 'm1'))).toBeNull();
    // The next save goes on from the version that save answered.
    await write('Y una frase más');
    await waitFor(() => expect(sent[2]).toEqual({ memo: 'm1', body: 'Y una frase más', version: 6 }));
  });

  it('"Take theirs" puts their text in the editor and sends nothing', async () => {
    const panel = await refusedSave();
    await act(async () => { fireEvent.click(within(panel).getByRole('button', { name: 'Take theirs' })); });
    expect(bodyBox().value).toBe('Lo que Ana escribió 🙂');
    expect(screen.queryByRole('alert', { name: 'Someone else saved this memo meanwhile' })).toBeNull();
    expect(screen.getByText('Saved')).toBeTruthy();
    expect(localStorage.getItem(draftKeyOf('p1', 'm1'))).toBeNull();
    await write('Lo que Ana escribió 🙂 Y lo mío.');
    await waitFor(() => expect(sent[1]).toEqual({ memo: 'm1', body: 'Lo que Ana escribió 🙂 Y lo mío.', version: 5 }));
  });

  it('"Copy mine, then take theirs" copies the writer\'s text first', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const panel = await refusedSave();
    await act(async () => { fireEvent.click(within(panel).getByRole('button', { name: 'Copy mine, then take theirs' })); });
    expect(writeText).toHaveBeenCalledWith('Después de la entrevista 3\n\nMi versión, escrita a la vez');
    expect(bodyBox().value).toBe('Lo que Ana escribió 🙂');
  });

  it('keeps the writer\'s text when the copy fails', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => { throw new Error('denied'); }) } });
    const panel = await refusedSave();
    await act(async () => { fireEvent.click(within(panel).getByRole('button', { name: 'Copy mine, then take theirs' })); });
    expect(bodyBox().value).toBe('Mi versión, escrita a la vez');
    expect(panel.textContent).toContain('could not be copied');
  });
});
