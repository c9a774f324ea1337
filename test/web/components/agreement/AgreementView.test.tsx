// @vitest-environment happy-dom
/** The Agreement tab: what it asks the server for, how it shows figures and refusals, and what it lets a researcher take away. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgreementResponse } from '../../../../src/contract/agreement.js';
import { AgreementView } from '../../../../web/src/components/agreement/AgreementView.js';
import { coefficient, methodsParagraph } from '../../../../web/src/components/agreement/agreement-text.js';
import { ProjectProvider } from '../../../../web/src/project.js';

const unitized: AgreementResponse = {
  method: 'unitized', coders: ['ana', 'tomás'], documents: 12, threshold: null, columns: ['binaryAlpha'],
  codes: [
    { code: 'Vínculo', figures: { binaryAlpha: { value: 0.8123, reason: null } } },
    { code: 'Vínculo/Risa', figures: { binaryAlpha: { value: -0.05, reason: null } } },
    { code: 'Quiebre', figures: { binaryAlpha: { value: null, reason: 'nobody used the code' } } },
  ],
  overall: {
    figures: {
      binaryAlpha: { value: 0.81, reason: null }, unitizedAlpha: { value: 0.7712, reason: null },
      codingAlpha: { value: null, reason: 'no two coders coded overlapping text' }, domainAlpha: { value: 0.9, reason: null },
    },
  },
  reading: '|uα over all codes = .810: reliable by Krippendorff’s standard.',
  orphanedSegments: 0,
};

const overlap: AgreementResponse = {
  method: 'overlap', coders: ['ana', 'tomás'], documents: 3, threshold: 75, columns: ['agreement'],
  codes: [{ code: 'Vínculo', figures: { agreement: { value: 0.8, reason: null } }, counts: { agreements: 8, disagreements: 2 } }],
  overall: { figures: { agreement: { value: 0.8, reason: null }, kappa: { value: 0.6, reason: null } }, counts: { agreements: 8, disagreements: 2 } },
  reading: '8 of 10 coded segments (80.0%) agree.',
  orphanedSegments: 2,
};

interface Server { requested: string[]; answer: { status: number; body: unknown }; live(): void }
let server: Server;

beforeEach(() => {
  server = { requested: [], answer: { status: 200, body: unitized }, live: () => {} };
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    server.requested.push(url);
    const path = url.split('?')[0]!;
    if (path === '/api/me') return json({ id: 'u1', name: 'ana', email: null, isAdmin: false });
    if (path.endsWith('/role')) return json({ role: 'owner' });
    if (path.endsWith('/members')) {
      return json([
        { name: 'ana', email: null, role: 'owner' }, { name: 'ben, jr', email: null, role: 'coder' },
        { name: 'tomás', email: 'tomas@example.org', role: 'coder' }, { name: 'vera', email: null, role: 'viewer' },
      ]);
    }
    if (path.endsWith('/analysis/agreement')) return json(server.answer.body, server.answer.status);
    // The disagreement browser below the figures; its own tests are in DisagreementBrowser.test.tsx.
    if (path.endsWith('/disagreements')) return json({ coders: [], places: [], open: 0, resolved: 0 });
    if (path.endsWith('/documents') || path.endsWith('/codes')) return json([]);
    return json({ error: `No route ${path}` }, 404);
  }));
  vi.stubGlobal('EventSource', class {
    onmessage: ((m: { data: string }) => void) | null = null;
    constructor() {
      server.live = () => this.onmessage?.({ data: JSON.stringify([{ id: 'e1', command: 'applyCode' }]) });
    }
    close() {}
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = () => render(<ProjectProvider projectId="p1"><AgreementView projectId="p1" /></ProjectProvider>);
const agreementQueries = () => server.requested.filter((u) => u.includes('/analysis/agreement?')).map((u) => new URLSearchParams(u.split('?')[1]));
const tick = async (name: string) => fireEvent.click(await screen.findByRole('checkbox', { name }));

describe('AgreementView', () => {
  it('offers the members who may code, and asks only once two are chosen, with the method', async () => {
    view();
    await screen.findByRole('checkbox', { name: 'ana' });
    expect(screen.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).value)).toEqual(['ana', 'ben, jr', 'tomás']);
    expect(screen.getByRole('status').textContent).toMatch(/Choose at least two coders/);
    await tick('tomás');
    await tick('ana');
    fireEvent.change(screen.getByRole('combobox', { name: 'Method' }), { target: { value: 'presence' } });
    await waitFor(() => expect(agreementQueries()).toHaveLength(1));
    const q = agreementQueries()[0]!;
    // In the team's order, not the order ticked; only the settled choice is asked for.
    expect(q.get('coders')).toBe('ana,tomás');
    expect(q.get('method')).toBe('presence');
    expect(q.has('threshold')).toBe(false);
    expect(server.requested.find((u) => u.includes('/analysis/agreement?'))).toBe('/api/projects/p1/analysis/agreement?coders=ana%2Ctom%C3%A1s&method=presence');
    expect(screen.getByRole('link', { name: 'Download CSV' }).getAttribute('href'))
      .toBe('/api/projects/p1/analysis/agreement.csv?coders=ana%2Ctom%C3%A1s&method=presence');

    // A comma inside a name is escaped; the filters count once the field is left.
    await tick('ben, jr');
    const codes = screen.getByRole('textbox', { name: 'Codes' });
    fireEvent.change(codes, { target: { value: 'Vínculo, Quiebre' } });
    fireEvent.blur(codes);
    const docs = screen.getByRole('textbox', { name: 'Documents' });
    fireEvent.change(docs, { target: { value: 'P1' } });
    fireEvent.keyDown(docs, { key: 'Enter' });
    await waitFor(() => expect(agreementQueries().at(-1)!.get('docs')).toBe('P1'));
    const last = agreementQueries().at(-1)!;
    expect(last.get('coders')).toBe('ana,ben\\, jr,tomás');
    expect(last.get('codes')).toBe('Vínculo,Quiebre');
  });

  it('shows the minimum overlap only for the overlap method, 90 by default, and sends it', async () => {
    view();
    await tick('ana');
    await tick('tomás');
    expect(screen.queryByRole('spinbutton', { name: /Minimum overlap/ })).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Method' }), { target: { value: 'overlap' } });
    const threshold = screen.getByRole('spinbutton', { name: /Minimum overlap/ }) as HTMLInputElement;
    expect(threshold.value).toBe('90');
    expect(threshold.min).toBe('1');
    expect(threshold.max).toBe('100');
    await waitFor(() => expect(agreementQueries().at(-1)?.get('threshold')).toBe('90'));
    fireEvent.change(threshold, { target: { value: '75' } });
    await waitFor(() => expect(agreementQueries().at(-1)?.get('threshold')).toBe('75'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Method' }), { target: { value: 'frequency' } });
    expect(screen.queryByRole('spinbutton', { name: /Minimum overlap/ })).toBeNull();
    await waitFor(() => expect(agreementQueries().at(-1)?.get('method')).toBe('frequency'));
    expect(agreementQueries().at(-1)!.has('threshold')).toBe(false);
  });

  it('shows each figure to three decimals, and "—" with its reason where one is not defined', async () => {
    view();
    await tick('ana');
    await tick('tomás');
    const table = await screen.findByRole('table', { name: /Unitized α \(Krippendorff\) per code: ana and tomás on 12 documents/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Code', '|uα']);
    const row = (code: string) => table.querySelector(`tr[data-code="${code}"]`)!;
    expect(row('Vínculo').querySelector('td')!.textContent).toBe('0.812');
    expect(row('Vínculo/Risa').querySelector('td')!.textContent).toBe('−0.050');
    const missing = row('Quiebre').querySelector('[data-reason]')!;
    expect(missing.textContent).toBe('—');
    expect(missing.getAttribute('title')).toBe('nobody used the code');
    const notes = screen.getByRole('list', { name: /not defined/ });
    expect(within(notes).getAllByRole('listitem').map((n) => n.textContent)).toEqual([
      'Not defined: nobody used the code.', 'Not defined: no two coders coded overlapping text.',
    ]);
    expect(document.getElementById(row('Quiebre').querySelector('td')!.getAttribute('aria-describedby')!)!.textContent).toBe('Not defined: nobody used the code.');
    // The overall figures, the undefined one with its own footnote.
    const overall = document.querySelector('.agreement-overall')!;
    expect(overall.querySelector('[data-figure="unitizedAlpha"] dd')!.textContent).toBe('0.771');
    expect(overall.querySelector('[data-figure="codingAlpha"] [data-reason]')!.getAttribute('title')).toBe('no two coders coded overlapping text');
    expect(screen.getByText(unitized.reading)).toBeTruthy();
    // The formula names its source.
    const formula = document.querySelector('details.agreement-formula')!;
    expect(formula.querySelector('summary')!.textContent).toBe('Formula');
    expect(formula.textContent).toContain('Krippendorff, K., Mathet, Y., Bouvry, S., & Widlöcher, A. (2016)');
  });

  it('copies a methods paragraph built from the figures, and shows it to copy by hand', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    view();
    await tick('ana');
    await tick('tomás');
    fireEvent.click(await screen.findByRole('button', { name: 'Copy methods paragraph' }));
    await screen.findByText('Copied to the clipboard.');
    const paragraph = (screen.getByRole('textbox', { name: 'Methods paragraph' }) as HTMLTextAreaElement);
    expect(paragraph.readOnly).toBe(true);
    expect(writeText).toHaveBeenCalledWith(paragraph.value);
    expect(paragraph.value).toBe(
      'Intercoder agreement between ana and tomás was assessed on 12 documents with Krippendorff\'s unitized alpha '
      + '(Krippendorff, Mathet, Bouvry & Widlöcher, 2016) over 3 codes; overall |uα = .810, uα = .771 and Cuα = .900; '
      + 'cuα was not defined (no two coders coded overlapping text). Per code, |uα ranged from −.050 (Vínculo/Risa) to .812 (Vínculo). '
      + '|uα was not defined for 1 code.',
    );
  });

  it('says how a clipboard that refuses can be worked around', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn(async () => { throw new Error('denied'); }) } });
    view();
    await tick('ana');
    await tick('tomás');
    fireEvent.click(await screen.findByRole('button', { name: 'Copy methods paragraph' }));
    expect(await screen.findByText(/select the paragraph below and copy it/)).toBeTruthy();
  });

  it('shows the server\'s sentence when it refuses, as during blind coding', async () => {
    const sentence = 'The project is in blind coding: only its owners see agreement until the coding is revealed.';
    server.answer = { status: 403, body: { error: sentence } };
    view();
    await tick('ana');
    await tick('tomás');
    expect((await screen.findByRole('alert')).textContent).toBe(sentence);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('asks again when the project changes elsewhere, keeping the figures on screen', async () => {
    view();
    await tick('ana');
    await tick('tomás');
    await screen.findByRole('table');
    const before = agreementQueries().length;
    server.answer = { status: 200, body: { ...unitized, codes: [unitized.codes[0]!] } };
    act(() => server.live());
    expect(screen.getByRole('table')).toBeTruthy();
    await waitFor(() => expect(agreementQueries().length).toBe(before + 1), { timeout: 2000 });
    await waitFor(() => expect(document.querySelector('tr[data-code="Quiebre"]')).toBeNull());
  });
});

describe('methodsParagraph', () => {
  it('writes coefficients without a leading zero', () => {
    expect(coefficient(0.8123)).toBe('.812');
    expect(coefficient(-0.2)).toBe('−.200');
    expect(coefficient(1)).toBe('1.000');
  });

  it('reports MAXQDA\'s segment agreement with its counts, threshold, κ and the segments left out', () => {
    expect(methodsParagraph(overlap)).toBe(
      'Intercoder agreement between ana and tomás was assessed on 3 documents with MAXQDA\'s segment agreement at a minimum overlap of 75% '
      + '(MAXQDA, 2022, 2024) over 1 code: 8 of 10 coded segments (80.0%) agreed with one of the other coder\'s, κ = .600 with chance taken '
      + 'as 1/q for q codes (Brennan & Prediger, 1981). 2 coded segments whose text was not found again after their document changed were left out.',
    );
  });

  it('reports character κ beside the share of agreeing characters', () => {
    const characters: AgreementResponse = {
      ...unitized, method: 'characters', coders: ['ana', 'ben', 'carla'], documents: 1, columns: ['agreement', 'kappa'],
      codes: [{ code: 'Vínculo', figures: { agreement: { value: 0.97, reason: null }, kappa: { value: null, reason: 'neither coder used the code here' } } }],
      overall: { figures: { agreement: { value: 0.972, reason: null }, kappa: { value: 0.652, reason: null } } },
    };
    expect(methodsParagraph(characters)).toBe(
      'Intercoder agreement between ana, ben and carla was assessed on 1 document with character-level Cohen\'s kappa (Cohen, 1960), each '
      + 'character a unit as in NVivo\'s coding comparison, over 1 code; the coders agreed on 97.2% of the characters, and κ averaged over '
      + 'codes and documents, weighted by document length, was .652. κ was not defined for 1 code.',
    );
  });
});
