// @vitest-environment happy-dom
/** The matrix panel: heat-map cells, empty cells, one table per group, and the query its controls build. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatrixResult } from '../../../../web/src/api.js';
import { MAX_COLUMNS, MatrixPanel } from '../../../../web/src/components/analysis/MatrixPanel.js';
import { DEFAULT_SCOPE } from '../../../../web/src/lib/analysis-query.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { fakeServer, matrix, queriesOf, type FakeServer } from './analysis-server.js';

let server: FakeServer;
beforeEach(() => {
  server = fakeServer();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const panel = () => render(<ProjectProvider projectId="p1"><MatrixPanel projectId="p1" scope={DEFAULT_SCOPE} /></ProjectProvider>);
const cell = (row: string, col: string, root: ParentNode = document) => root.querySelector<HTMLElement>(`td.heat-cell[data-row="${row}"][data-col="${col}"]`);

const cooccurrence: MatrixResult = {
  columns: 'codes', measure: 'cooccurrence', by: 'género', within: 40,
  rows: matrix.rows,
  cols: matrix.rows,
  panels: [
    { group: 'mujer', cases: 7, cells: [[null, null], [null, 2]] },
    { group: 'hombre', cases: 6, cells: [[null, null], [null, 0]] },
  ],
};

describe('MatrixPanel', () => {
  it('prints every cell, shading it by its share of the largest', async () => {
    panel();
    await waitFor(() => expect(cell('c1', 'k1')).not.toBeNull());
    expect(cell('c1', 'k1')!.textContent).toBe('4');
    expect(cell('c1', 'k1')!.style.background).toContain('0.9');
    expect(cell('c2', 'k1')!.getAttribute('data-value')).toBe('3');
    expect(cell('c2', 'k2')!.textContent).toBe('0');
    expect(cell('c2', 'k2')!.style.background).toBe('');
    const humor = screen.getByRole('rowheader', { name: 'Humor 😊' });
    expect(humor.style.paddingLeft).toBe('1.5rem');
    expect(humor.title).toBe('Desencadenantes/Humor 😊');
    expect(screen.getByRole('columnheader', { name: 'T2' })).toBeTruthy();
    expect(screen.getByText(/Codings of each code, and of the codes below it, in each case\./)).toBeTruthy();
    expect(queriesOf(server, 'matrix')).toEqual(['cols=cases&measure=codings&kind=interview']);
  });

  it('offers the same matrix as CSV, and shows at most MAX_COLUMNS columns of a very wide one', async () => {
    const wide = MAX_COLUMNS + 5;
    server.answers.matrix = {
      ...matrix, columns: 'documents',
      cols: Array.from({ length: wide }, (_, j) => ({ id: `d${j}`, label: `Entrevista ${j + 1}` })),
      panels: [{ group: null, cases: 3, cells: matrix.rows.map(() => Array.from({ length: wide }, (_, j) => j % 3)) }],
    };
    panel();
    await waitFor(() => expect(cell('c1', 'd0')).not.toBeNull());
    expect(cell('c1', `d${MAX_COLUMNS - 1}`)).not.toBeNull();
    expect(cell('c1', `d${MAX_COLUMNS}`)).toBeNull();
    expect(screen.getByRole('note').textContent).toContain(`first ${MAX_COLUMNS} of ${wide} documents`);
    const csv = screen.getByRole('link', { name: 'Download as CSV' });
    expect(csv.getAttribute('href')).toBe('/api/projects/p1/analysis/matrix.csv?cols=cases&measure=codings&kind=interview');
  });

  it('shows co-occurrence split by an attribute as one table per group, with empty cells as —', async () => {
    server.answers.matrix = cooccurrence;
    panel();
    const mujer = await screen.findByRole('heading', { name: /género: mujer/ });
    expect(mujer.textContent).toBe('género: mujer (7 cases)');
    expect(screen.getByRole('heading', { name: /género: hombre/ })).toBeTruthy();
    const groups = document.querySelectorAll('section.matrix-panel');
    expect([...groups].map((g) => g.getAttribute('data-group'))).toEqual(['mujer', 'hombre']);
    const empty = cell('c1', 'c2', groups[0]!)!;
    expect(empty.hasAttribute('data-null')).toBe(true);
    expect(empty.textContent).toContain('—');
    expect(cell('c2', 'c2', groups[0]!)!.textContent).toBe('2');
    expect(cell('c2', 'c2', groups[1]!)!.textContent).toBe('0');
    expect(screen.getAllByRole('columnheader', { name: 'Humor 😊' })).toHaveLength(2);
  });

  it('builds its query from the controls, waiting for typing to settle', async () => {
    panel();
    await waitFor(() => expect(cell('c1', 'k1')).not.toBeNull());
    fireEvent.change(screen.getByRole('combobox', { name: 'Count' }), { target: { value: 'presence' } });
    await waitFor(() => expect(queriesOf(server, 'matrix').at(-1)).toBe('cols=cases&measure=presence&kind=interview'));

    expect(screen.queryByRole('textbox', { name: /Numeric bands/ })).toBeNull();
    const split = screen.getByRole('combobox', { name: 'Split by' }) as HTMLSelectElement;
    await waitFor(() => expect([...split.options].map((o) => o.value)).toEqual(['', 'años de experiencia', 'género', 'orientación']));
    fireEvent.change(split, { target: { value: 'años de experiencia' } });
    const by = 'by=a%C3%B1os%20de%20experiencia';
    await waitFor(() => expect(queriesOf(server, 'matrix').at(-1)).toBe(`cols=cases&measure=presence&${by}&kind=interview`));
    const bands = screen.getByRole('textbox', { name: /Numeric bands/ });
    fireEvent.change(bands, { target: { value: '20,' } });
    expect(bands.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(bands, { target: { value: '20,30' } });
    await waitFor(() => expect(queriesOf(server, 'matrix').at(-1)).toBe(`cols=cases&measure=presence&${by}&bands=20%2C30&kind=interview`));

    fireEvent.change(screen.getByRole('combobox', { name: 'Columns' }), { target: { value: 'codes' } });
    expect(screen.queryByRole('combobox', { name: 'Count' })).toBeNull();
    fireEvent.change(screen.getByRole('spinbutton', { name: /Within/ }), { target: { value: '40' } });
    await waitFor(() => expect(queriesOf(server, 'matrix').at(-1)).toBe(`cols=codes&${by}&bands=20%2C30&within=40&kind=interview`));
  });

  it('shows the server\'s refusal in the panel', async () => {
    server.answers.matrix = new Error('No case has the attribute “edad”.');
    panel();
    expect((await screen.findByRole('alert')).textContent).toBe('No case has the attribute “edad”.');
  });
});
