// @vitest-environment happy-dom
/** The disagreement browser: what it shows of each place, and what each resolution sends. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DisagreementBrowser, PAGE } from '../../../../web/src/components/agreement/DisagreementBrowser.js';
import type { Disagreements } from '../../../../web/src/components/agreement/disagreement-api.js';
import { ProjectProvider } from '../../../../web/src/project.js';

const answer: Disagreements = {
  coders: ['ana', 'tomás'],
  places: [
    {
      document: 'P1', start: 10, end: 30, text: 'we laughed about it later', resolved: false,
      byCoder: { ana: [{ code: 'Vínculo/Risa', start: 10, end: 30 }], tomás: [{ code: 'Quiebre', start: 12, end: 30 }, { code: 'Vínculo', start: 10, end: 30 }] },
    },
    { document: 'P2', start: 5, end: 9, text: 'fine', resolved: false, byCoder: { ana: [{ code: 'Quiebre', start: 5, end: 9 }], tomás: [] } },
    { document: 'P2', start: 40, end: 52, text: 'settled text', resolved: true, byCoder: { ana: [], tomás: [{ code: 'Vínculo', start: 40, end: 52 }] } },
  ],
  open: 2, resolved: 1, agreed: 3,
};

interface Server {
  requested: string[];
  commands: { url: string; body: unknown }[];
  answer: { status: number; body: unknown };
}
let server: Server;

beforeEach(() => {
  server = { requested: [], commands: [], answer: { status: 200, body: answer } };
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
    server.requested.push(url);
    const path = url.split('?')[0]!;
    if (path === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
    if (path.endsWith('/role')) return json({ role: 'owner' });
    if (path.endsWith('/documents')) return json([{ id: 'd1', name: 'P1' }, { id: 'd2', name: 'P2' }]);
    if (path.endsWith('/codes')) return json([{ path: 'Quiebre', color: '#aa0000' }, { path: 'Vínculo', color: null }, { path: 'Vínculo/Risa', color: '#00aa00' }]);
    if (path.endsWith('/disagreements')) return json(server.answer.body, server.answer.status);
    if (path.endsWith('/commands/consensus.agree')) {
      server.commands.push({ url, body: JSON.parse(String(init?.body)) });
      return json({ places: 3, created: 4 });
    }
    if (path.endsWith('/commands/consensus.resolve')) {
      server.commands.push({ url, body: JSON.parse(String(init?.body)) });
      return json({ place: { start: 10, end: 30 }, created: 1, memo: null });
    }
    return json({ error: `No route ${path}` }, 404);
  }));
  vi.stubGlobal('EventSource', class {
    onmessage: ((m: { data: string }) => void) | null = null;
    close() {}
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = (coders = ['ana', 'tomás'], docs: string[] = []) =>
  render(<ProjectProvider projectId="p1"><DisagreementBrowser projectId="p1" coders={coders} docs={docs} /></ProjectProvider>);
const place = (label: string) => screen.findByRole('region', { name: label });
/** The places' regions, not the browser's own. */
const places = () => screen.queryAllByRole('region').filter((r) => r.hasAttribute('data-place'));
const disagreementQueries = () => server.requested.filter((u) => u.includes('/disagreements?'));

describe('DisagreementBrowser', () => {
  it('asks for the chosen coders and documents, and shows each open place with the coders side by side', async () => {
    view(['ana', 'ben, jr'], ['P1', 'P2']);
    const first = await place('P1, 10–30');
    expect(disagreementQueries()[0]).toBe('/api/projects/p1/disagreements?coders=ana%2Cben%5C%2C+jr&docs=P1%2CP2');
    expect(screen.getByRole('heading', { name: 'Disagreements' })).toBeTruthy();
    expect(screen.getByTestId('disagreement-counts').textContent).toBe('2 open, 1 resolved');
    expect(first.querySelector('blockquote')!.textContent).toBe('we laughed about it later');
    // The columns follow the coders of the answer.
    expect([...first.querySelectorAll('[data-coder]')].map((c) => c.getAttribute('data-coder'))).toEqual(['ana', 'tomás']);
    const tomas = within(first).getByRole('list', { name: 'tomás’s codes' });
    // A coding's own span is shown only where it is not the place's.
    expect(within(tomas).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Quiebre (12–30)', 'Vínculo']);
    await waitFor(() => expect((first.querySelector('[data-coder="ana"] .swatch') as HTMLElement).style.background).toMatch(/#00aa00|rgb\(0, 170, 0\)/));
    await waitFor(() => expect(within(first).getByRole('link', { name: 'Open in the document' }).getAttribute('href')).toBe('#/projects/p1/documents/d1?at=10'));
    const second = await place('P2, 5–9');
    expect(second.querySelector('[data-coder="tomás"]')!.textContent).toContain('(nothing)');
    expect((within(second).getByRole('button', { name: 'Accept tomás' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(second).getByRole('button', { name: 'Accept ana' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('hides resolved places, with their badge, until "Show resolved" is ticked', async () => {
    view();
    await place('P1, 10–30');
    expect(screen.queryByRole('region', { name: 'P2, 40–52' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show resolved' }));
    const resolved = await place('P2, 40–52');
    expect(within(resolved).getByText('Resolved')).toBeTruthy();
    expect(within(await place('P1, 10–30')).queryByText('Resolved')).toBeNull();
  });

  it('"Accept ana" sends the place, the coders and the memo typed, then reloads the list', async () => {
    view();
    const first = await place('P1, 10–30');
    fireEvent.change(within(first).getByRole('textbox', { name: 'Discussion memo' }), { target: { value: 'Ana’s reading is closer to the guide.' } });
    const before = disagreementQueries().length;
    fireEvent.click(await within(first).findByRole('button', { name: 'Accept ana' }));
    await waitFor(() => expect(server.commands).toHaveLength(1));
    expect(server.commands[0]!.url).toBe('/api/projects/p1/commands/consensus.resolve');
    expect(server.commands[0]!.body).toEqual({ document: 'P1', at: 10, coders: ['ana', 'tomás'], accept: ['ana'], memo: 'Ana’s reading is closer to the guide.' });
    await waitFor(() => expect(disagreementQueries().length).toBeGreaterThan(before));
    await waitFor(() => expect((within(first).getByRole('textbox', { name: 'Discussion memo' }) as HTMLTextAreaElement).value).toBe(''));
  });

  it('"Accept all" sends every coder, and no memo when none was typed', async () => {
    view();
    const first = await place('P1, 10–30');
    fireEvent.click(await within(first).findByRole('button', { name: /^Accept all/ }));
    await waitFor(() => expect(server.commands).toHaveLength(1));
    expect(server.commands[0]!.body).toEqual({ document: 'P1', at: 10, coders: ['ana', 'tomás'], accept: ['ana', 'tomás'] });
  });

  it('"Leave uncoded" resolves the place with nothing kept', async () => {
    view();
    const second = await place('P2, 5–9');
    fireEvent.click(await within(second).findByRole('button', { name: 'Leave uncoded' }));
    await waitFor(() => expect(server.commands).toHaveLength(1));
    expect(server.commands[0]!.body).toEqual({ document: 'P2', at: 5, coders: ['ana', 'tomás'], dismiss: true });
  });

  it('offers to take the places where the coders agree, for the documents chosen', async () => {
    view(['ana', 'tomás'], ['P1']);
    const line = await screen.findByTestId('agreed-places');
    expect(line.textContent).toContain('3 places where the coders agree are not in the consensus layer yet.');
    fireEvent.click(within(line).getByRole('button', { name: 'Take the agreed places' }));
    await waitFor(() => expect(server.commands).toHaveLength(1));
    expect(server.commands[0]).toEqual({ url: '/api/projects/p1/commands/consensus.agree', body: { coders: ['ana', 'tomás'], documents: ['P1'] } });
  });

  it('"Write new…" sends the codings written, starting from the place\'s span', async () => {
    view();
    const first = await place('P1, 10–30');
    fireEvent.click(await within(first).findByRole('button', { name: 'Write new…' }));
    const form = within(first).getByRole('form', { name: 'New codings for P1, 10–30' });
    const submit = within(form).getByRole('button', { name: 'Resolve with these codings' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await waitFor(() => expect(within(form).getAllByRole('option').map((o) => o.textContent)).toContain('Vínculo/Risa'));
    const [start, end] = within(form).getAllByRole('spinbutton') as HTMLInputElement[];
    expect([start!.value, end!.value]).toEqual(['10', '30']);
    fireEvent.change(within(form).getByRole('combobox', { name: 'Code' }), { target: { value: 'Vínculo' } });
    fireEvent.change(start!, { target: { value: '12' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a coding' }));
    fireEvent.change(within(form).getAllByRole('combobox', { name: 'Code' })[1]!, { target: { value: 'Quiebre' } });
    fireEvent.click(submit);
    await waitFor(() => expect(server.commands).toHaveLength(1));
    expect(server.commands[0]!.body).toEqual({
      document: 'P1', at: 10, coders: ['ana', 'tomás'],
      codings: [{ code: 'Vínculo', start: 12, end: 30 }, { code: 'Quiebre', start: 10, end: 30 }],
    });
    await waitFor(() => expect(within(first).queryByRole('form')).toBeNull());
  });

  it('shows the server\'s sentence instead of the list during blind coding', async () => {
    const sentence = 'The project is in blind coding: only its owners see agreement until the coding is revealed.';
    server.answer = { status: 403, body: { error: sentence } };
    view();
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
    expect(places()).toHaveLength(0);
  });

  it('shows a long list a page at a time', async () => {
    const many = Array.from({ length: PAGE + 3 }, (_, i) => ({
      document: 'P1', start: i * 10, end: i * 10 + 5, text: `t${i}`, resolved: false, byCoder: { ana: [{ code: 'Quiebre', start: i * 10, end: i * 10 + 5 }], tomás: [] },
    }));
    server.answer = { status: 200, body: { ...answer, places: many, open: many.length, resolved: 0 } };
    view();
    await place('P1, 0–5');
    expect(places()).toHaveLength(PAGE);
    fireEvent.click(screen.getByRole('button', { name: 'Show 3 more' }));
    expect(places()).toHaveLength(PAGE + 3);
  });
});
