// @vitest-environment happy-dom
/** The Analysis view as a whole: the frequency table, the shared scope, report links and live reloads. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalysisView } from '../../../../web/src/components/analysis/AnalysisView.js';
import { hrefOf } from '../../../../web/src/lib/route.js';
import { formatSegmentQuery, NO_FILTERS } from '../../../../web/src/lib/segment-query.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { fakeServer, frequency, queriesOf, type FakeServer } from './analysis-server.js';

let server: FakeServer;
beforeEach(() => {
  server = fakeServer();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = () => render(<ProjectProvider projectId="p1"><AnalysisView projectId="p1" /></ProjectProvider>);

describe('AnalysisView', () => {
  it('lists every code in tree order with its cases and written label, linking to its segments', async () => {
    view();
    const table = await screen.findByRole('table', { name: /Cases each code applies to/ });
    const rows = table.querySelectorAll('tbody tr[data-code]');
    expect([...rows].map((r) => r.getAttribute('data-code'))).toEqual(frequency.rows.map((r) => r.code));
    const humor = table.querySelector('tr[data-code="Desencadenantes/Humor 😊"]')!;
    expect(humor.querySelector('[data-label]')!.textContent).toBe('general');
    expect(humor.querySelector('[data-label]')!.className).toContain('freq-general');
    expect(within(humor as HTMLElement).getByText('13 / 13')).toBeTruthy();
    expect(within(humor as HTMLElement).getByRole('link', { name: 'Humor 😊' }).getAttribute('href'))
      .toBe(hrefOf({ view: 'segments', projectId: 'p1', query: formatSegmentQuery({ ...NO_FILTERS, codes: ['Desencadenantes/Humor 😊'] }) }));
    const rupturas = table.querySelector('tr[data-code="Desencadenantes/Rupturas\\\\/impasse"]')!;
    expect(within(rupturas as HTMLElement).getByRole('link').textContent).toBe('Rupturas/impasse');
    expect(rupturas.querySelector('[data-label]')!.textContent).toBe('none');
    expect(screen.getByText(/Labels follow the project's own ranges for 13 cases: general 13–14/)).toBeTruthy();
    expect(queriesOf(server, 'frequency')).toEqual(['kind=interview']);
  });

  it('says when the project\'s ranges do not fit and shows the server\'s refusal in the panel', async () => {
    server.answers.frequency = {
      ...frequency, n: 9,
      ranges: { source: 'hill', ranges: { general: [8, 9], typical: [5, 7], variant: [2, 4], rare: null }, ignored: frequency.ranges.ranges },
    };
    view();
    expect(await screen.findByText(/The project's own ranges \(general 13–14, .*\) do not fit 9 cases, so labels follow Hill et al\. \(2005\)/)).toBeTruthy();
    cleanup();
    server.answers.frequency = new Error('The project has no documents of kind session.');
    view();
    const frequencyPanel = (await screen.findByRole('heading', { name: 'Frequency labels' })).closest('section')!;
    expect((await within(frequencyPanel).findByRole('alert')).textContent).toBe('The project has no documents of kind session.');
  });

  it('re-queries every panel for the chosen documents and coder, and the links carry them', async () => {
    view();
    await screen.findByRole('table', { name: /Cases each code applies to/ });
    fireEvent.change(screen.getByRole('combobox', { name: 'Documents' }), { target: { value: 'session' } });
    const coder = screen.getByRole('combobox', { name: 'Coder' }) as HTMLSelectElement;
    await waitFor(() => expect([...coder.options].map((o) => o.value)).toEqual(['', 'Ana María', 'owner']));
    fireEvent.change(coder, { target: { value: 'Ana María' } });
    const scope = 'kind=session&coder=Ana%20Mar%C3%ADa';
    await waitFor(() => expect(queriesOf(server, 'frequency').at(-1)).toBe(scope));
    await waitFor(() => expect(queriesOf(server, 'saturation').at(-1)).toBe(scope));
    await waitFor(() => expect(queriesOf(server, 'matrix').at(-1)).toBe(`cols=cases&measure=codings&${scope}`));

    expect(screen.getByRole('link', { name: 'Table I as Word' }).getAttribute('href')).toBe(`/api/projects/p1/reports/table.docx?${scope}`);
    expect(screen.getByRole('link', { name: 'Codebook as Excel' }).getAttribute('href')).toBe(`/api/projects/p1/reports/codebook.xlsx?${scope}`);
    expect(screen.getAllByRole('link', { name: /^(Table I|Codebook) as / })).toHaveLength(10);
    fireEvent.change(screen.getByRole('spinbutton', { name: /Example quotes per category/ }), { target: { value: '3' } });
    expect(screen.getByRole('link', { name: 'Table I as Markdown' }).getAttribute('href')).toBe(`/api/projects/p1/reports/table.md?quotes=3&${scope}`);
    expect(screen.getByRole('link', { name: 'Codebook as Markdown' }).getAttribute('href')).toBe(`/api/projects/p1/reports/codebook.md?${scope}`);

    // With a coder chosen, a code's link shows that coder's segments.
    await waitFor(() => expect(document.querySelector('tr[data-code="Desencadenantes"] a')!.getAttribute('href'))
      .toBe(hrefOf({ view: 'segments', projectId: 'p1', query: formatSegmentQuery({ ...NO_FILTERS, codes: ['Desencadenantes'], coders: ['Ana María'] }) })));
  });

  it('reloads when the project changes elsewhere, keeping the table on screen meanwhile', async () => {
    view();
    await screen.findByRole('table', { name: /Cases each code applies to/ });
    server.answers.frequency = { ...frequency, rows: frequency.rows.map((r) => (r.id === 'c3' ? { ...r, cases: 2, label: 'variant' } : r)) };
    act(() => server.live());
    expect(screen.queryByText('Loading…')).toBeNull();
    await waitFor(() => expect(document.querySelector('tr[data-code="Desencadenantes/Rupturas\\\\/impasse"] [data-label]')!.textContent).toBe('variant'));
    expect(queriesOf(server, 'frequency')).toEqual(['kind=interview', 'kind=interview']);
  });
});
