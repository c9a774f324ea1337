// @vitest-environment happy-dom
/** Coding in the document view: selecting text, the picker's commands, segment details, `at` links, live reloads. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentPage } from '../../../../web/src/components/DocumentPage.js';
import { NoticeLine } from '../../../../web/src/components/NoticeLine.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { doc, fakeServer, text, type Sent } from './fake-server.js';
import { select } from './select-text.js';

let server: ReturnType<typeof fakeServer>;
beforeEach(() => {
  localStorage.clear();
  server = fakeServer();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function open(at?: number) {
  render(
    <ProjectProvider projectId="p1">
      <NoticeLine />
      <DocumentPage projectId="p1" documentId="d1" at={at} />
    </ProjectProvider>,
  );
  await screen.findByRole('heading', { name: 'Sesión 3' });
  // Coding waits for the role: the owner's memo button says it has arrived.
  await screen.findByRole('button', { name: 'Write a memo about this' });
  return userEvent.setup();
}

const commands = async (n: number): Promise<Sent[]> => {
  await waitFor(() => expect(server.sent).toHaveLength(n));
  return server.sent;
};

describe('DocumentPage', () => {
  it('shows rows, highlights and bars, leaving orphaned segments out but counted', async () => {
    await open();
    expect(document.querySelectorAll('.turn').length).toBe(5);
    expect(screen.getByText(/3 coded segments · 1 orphaned, to review/)).toBeTruthy();
    expect(document.querySelectorAll('.bar')).toHaveLength(3);
    const coded = [...document.querySelectorAll('.hl')].map((h) => h.textContent).join('|');
    expect(coded).toBe('Nos reímos juntos 😊 y |algo cambió| en la sala; sentí alivio');
    expect(document.querySelector('.hl[data-depth="3"]')?.textContent).toBe('algo cambió');
  });

  it('opens the picker at a selection and applies the chosen code with exact offsets', async () => {
    const user = await open();
    select('pude hablar de mi padre');
    const input = await screen.findByRole('combobox', { name: 'Code' });
    expect(document.activeElement).toBe(input);
    expect(document.querySelector('.pending')?.textContent).toBe('pude hablar de mi padre');
    await user.keyboard('reacc{Enter}');
    const [apply] = await commands(1);
    const start = text.indexOf('pude');
    expect(apply).toEqual({ name: 'coding.apply', payload: { document: 'Sesión 3', start, end: start + 'pude hablar de mi padre'.length, code: 'Desencadenantes/Reacción del paciente' } });
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(window.getSelection()!.isCollapsed).toBe(true);
    expect(await screen.findByText('Coded with Desencadenantes/Reacción del paciente.')).toBeTruthy();
  });

  it('remembers the last code so that Enter alone applies it next time', async () => {
    const user = await open();
    select('pude hablar');
    await screen.findByRole('combobox', { name: 'Code' });
    await user.keyboard('alivio{Enter}');
    await commands(1);
    select('de mi padre');
    await screen.findByRole('combobox', { name: 'Code' });
    await user.keyboard('{Enter}');
    const sent = await commands(2);
    expect(sent[1]!.payload.code).toBe('Efectos/Alivio');
  });

  it('creates a code with the typed name and applies it, in one undoable command', async () => {
    const user = await open();
    select('hablar de mi padre');
    await screen.findByRole('combobox', { name: 'Code' });
    await user.keyboard('Efectos/Apertura{Enter}');
    const sent = await commands(1);
    expect(sent[0]!.payload).toMatchObject({ document: 'Sesión 3', newCode: { name: 'Apertura', parent: 'Efectos' } });
    expect(await screen.findByText('Created “Apertura” and coded with Efectos/Apertura.')).toBeTruthy();
  });

  it('codes in vivo with Alt+V: a new top-level code named by the selected words', async () => {
    const user = await open();
    select('Después pude hablar');
    await screen.findByRole('combobox', { name: 'Code' });
    await user.keyboard('{Alt>}v{/Alt}');
    const sent = await commands(1);
    expect(sent[0]!.payload).toMatchObject({ newCode: { name: 'Después pude hablar', parent: null, inVivo: true }, start: text.indexOf('Después pude') });
  });

  it('opens the picker when the drag is released outside the transcript', async () => {
    await open();
    select('hablar de mi padre', document.body);
    expect(await screen.findByRole('combobox', { name: 'Code' })).toBeTruthy();
  });

  it('ignores a selection in the margin', async () => {
    await open();
    const name = document.querySelector('.bar-name')!.firstChild!;
    const range = document.createRange();
    range.setStart(name, 0);
    range.setEnd(name, 3);
    window.getSelection()!.addRange(range);
    fireEvent.mouseDown(document.querySelector('.bar')!);
    fireEvent.mouseUp(document.querySelector('.bar')!);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('lists every overlapping segment in the details of a highlight, and removes a coding', async () => {
    const user = await open();
    const spot = [...document.querySelectorAll<HTMLElement>('.hl')].find((h) => h.textContent === 'algo cambió')!;
    await user.click(spot);
    const details = screen.getByRole('dialog', { name: 'Segment details' });
    expect(within(details).getByText('2 overlapping segments')).toBeTruthy();
    expect(within(details).getByText('Nos reímos juntos 😊 y algo cambió')).toBeTruthy();
    expect(within(details).getByText('Efectos/Alivio')).toBeTruthy();
    expect(within(details).getAllByText(/by beatriz/)).toHaveLength(2);
    const links = within(details).getAllByRole('link', { name: 'Show in Segments' });
    expect(links[0]!.getAttribute('href')).toBe('#/projects/p1/segments?code=Desencadenantes%2FHumor');
    await user.click(within(details).getByRole('button', { name: 'Remove Efectos/Alivio' }));
    expect((await commands(1))[0]).toEqual({ name: 'coding.remove', payload: { coding: 'k2' } });
  });

  it('marks a coding as an example quote for the Table I report, a toggle that says its state', async () => {
    const user = await open();
    await user.click(document.querySelectorAll<HTMLElement>('.bar')[0]!);
    const details = screen.getByRole('dialog', { name: 'Segment details' });
    const toggle = within(details).getByRole('button', { name: 'Example quote of Desencadenantes/Humor' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect((await commands(1))[0]).toEqual({ name: 'coding.exemplar', payload: { coding: 'k1', exemplar: true } });
    expect(await screen.findByText('Marked as an example quote of Desencadenantes/Humor.')).toBeTruthy();
  });

  it('re-codes a coding: the new code on the same range and coder, replacing the old coding in one command', async () => {
    const user = await open();
    await user.click(document.querySelectorAll<HTMLElement>('.bar')[0]!);
    const details = screen.getByRole('dialog', { name: 'Segment details' });
    await user.click(within(details).getByRole('button', { name: 'Re-code Desencadenantes/Humor' }));
    await user.keyboard('alivio{Enter}');
    const sent = await commands(1);
    const s1 = doc.segments[0]!;
    expect(sent[0]).toEqual({ name: 'coding.apply', payload: { document: 'Sesión 3', start: s1.start, end: s1.end, code: 'Efectos/Alivio', coder: 'ana', replaces: 'k1' } });
    expect(await screen.findByText('Re-coded from Desencadenantes/Humor to Efectos/Alivio.')).toBeTruthy();
  });

  it('adds another code to a segment from its details', async () => {
    const user = await open();
    await user.click(document.querySelectorAll<HTMLElement>('.bar')[0]!);
    await user.click(screen.getByRole('button', { name: 'Add a code' }));
    await user.keyboard('efectos{Enter}');
    const s1 = doc.segments[0]!;
    expect((await commands(1))[0]).toEqual({ name: 'coding.apply', payload: { document: 'Sesión 3', start: s1.start, end: s1.end, code: 'Efectos' } });
  });

  it('opens details from the keyboard and gives focus back when Escape closes them', async () => {
    const user = await open();
    const spot = document.querySelector<HTMLElement>('.hl')!;
    spot.focus();
    await user.keyboard('{Enter}');
    const details = screen.getByRole('dialog', { name: 'Segment details' });
    expect(details.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Segment details' })).toBeNull();
    expect(document.activeElement).toBe(spot);
  });

  it('marks the place an `at` link points to', async () => {
    await open(doc.segments[1]!.start);
    const marked = [...document.querySelectorAll('.flash')].map((e) => e.textContent).join('');
    expect(marked).toBe('algo cambió en la sala; sentí alivio');
  });

  it('reloads live without replacing the transcript or losing the scroll position', async () => {
    await open();
    const scroller = document.querySelector<HTMLElement>('.transcript')!;
    scroller.scrollTop = 120;
    const before = server.reads.length;
    act(() => server.push());
    await waitFor(() => expect(server.reads.length).toBeGreaterThan(before));
    await waitFor(() => expect(document.querySelectorAll('.turn').length).toBe(5));
    expect(document.querySelector('.transcript')).toBe(scroller);
    expect(scroller.scrollTop).toBe(120);
  });
});
