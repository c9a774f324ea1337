// @vitest-environment happy-dom
/** The saturation panel: its sentence in each case, the chart and its numbers, and the parameters. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaturationResponse } from '../../../../web/src/api.js';
import { SaturationPanel } from '../../../../web/src/components/analysis/SaturationPanel.js';
import { DEFAULT_SCOPE } from '../../../../web/src/lib/analysis-query.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { RoleProbe, roleLoaded } from '../role-probe.js';
import { fakeServer, queriesOf, saturated, type FakeServer } from './analysis-server.js';

let server: FakeServer;
beforeEach(() => {
  server = fakeServer();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const panel = () => render(<ProjectProvider projectId="p1"><RoleProbe /><SaturationPanel projectId="p1" scope={DEFAULT_SCOPE} /></ProjectProvider>);
const caption = async () => {
  await waitFor(() => expect(document.querySelector('.saturation-caption')).not.toBeNull());
  return document.querySelector<HTMLElement>('.saturation-caption')!;
};

describe('SaturationPanel', () => {
  it('says where the data saturated, draws the chart with a description, and gives the numbers', async () => {
    panel();
    const text = await caption();
    expect(text.getAttribute('data-state')).toBe('saturated');
    expect(text.getAttribute('data-saturated-at')).toBe('P10');
    expect(text.textContent).toBe("Saturation reached at P10 (10+2): the next 2 documents added 1 new code, 5% of the base's 20.");
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toMatch(/^Chart of codes per document for 12 documents .* the first 4 form the base; the saturating run is P11 to P12\./);
    // Plot draws in an effect, just after the figure appears.
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull());

    const numbers = screen.getByRole('table', { name: 'Codes per document' });
    const p11 = numbers.querySelector('tr[data-doc="P11"]') as HTMLElement;
    expect([...p11.children].map((c) => c.textContent)).toEqual(['P11', 'saturating run', '1', '32']);
    expect(numbers.querySelector('tr[data-doc="P2"] td')!.textContent).toBe('base document');
    expect(within(screen.getByRole('table', { name: /Runs of 2 after the base/ })).getByRole('rowheader', { name: 'P11–P12' })).toBeTruthy();

    // The boxes start from the parameters the server used.
    expect((screen.getByRole('spinbutton', { name: 'Base documents' }) as HTMLInputElement).value).toBe('4');
    expect((screen.getByRole('spinbutton', { name: 'Run length' }) as HTMLInputElement).value).toBe('2');
    expect((screen.getByRole('spinbutton', { name: /Threshold/ }) as HTMLInputElement).value).toBe('0.05');
  });

  it('says plainly when the data did not saturate', async () => {
    server.answers.saturation = { ...saturated, saturatedAt: null, notation: null } satisfies SaturationResponse;
    panel();
    const text = await caption();
    expect(text.getAttribute('data-state')).toBe('not-saturated');
    expect(text.textContent).toBe('The data did not saturate: no run of 2 documents after the base added 5% or less new codes (the base holds 20 codes).');
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/saturating run/);
  });

  it('says how many documents are needed when there are too few', async () => {
    server.answers.saturation = {
      ...saturated, perDocument: saturated.perDocument.slice(0, 3), runs: [], saturatedAt: null, notation: null, base: { documents: 4, codes: 18 },
    } satisfies SaturationResponse;
    panel();
    const text = await caption();
    expect(text.getAttribute('data-state')).toBe('too-few');
    expect(text.textContent).toBe('Needs at least 6 documents (a base of 4 and one run of 2) to judge saturation; there are 3.');
  });

  it('asks again, once typing settles, with the parameters typed', async () => {
    panel();
    await caption();
    expect(queriesOf(server, 'saturation')).toEqual(['kind=interview']);
    const base = screen.getByRole('spinbutton', { name: 'Base documents' });
    fireEvent.change(base, { target: { value: '' } });
    expect(screen.getByText(/Base and run are whole numbers from 1/)).toBeTruthy();
    fireEvent.change(base, { target: { value: '5' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /Threshold/ }), { target: { value: '0.1' } });
    await waitFor(() => expect(queriesOf(server, 'saturation').at(-1)).toBe('base=5&run=2&threshold=0.1&kind=interview'));
    expect(queriesOf(server, 'saturation')).toHaveLength(2);
  });

  it("offers to keep parameters that differ from the project's as its defaults, and sends them", async () => {
    panel();
    await caption();
    const keep = () => screen.queryByRole('button', { name: "Keep as the project's defaults" });
    expect(keep()).toBeNull();
    const base = screen.getByRole('spinbutton', { name: 'Base documents' });
    fireEvent.change(base, { target: { value: '5' } });
    expect(await screen.findByRole('button', { name: "Keep as the project's defaults" })).toBeTruthy();
    // Back to what the project stores, or unusable: nothing to keep.
    fireEvent.change(base, { target: { value: '4' } });
    expect(keep()).toBeNull();
    fireEvent.change(base, { target: { value: '0' } });
    expect(keep()).toBeNull();

    fireEvent.change(base, { target: { value: '6' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /Threshold/ }), { target: { value: '0.1' } });
    fireEvent.click(keep()!);
    await waitFor(() => expect(server.commands).toEqual([
      { name: 'project.settings', payload: { settings: { saturation: { base: 6, run: 2, threshold: 0.1 } } } },
    ]));
    // Now they are the project's: the button goes, and the boxes keep what was typed.
    await waitFor(() => expect(keep()).toBeNull());
    expect((screen.getByRole('spinbutton', { name: 'Base documents' }) as HTMLInputElement).value).toBe('6');
  });

  it("offers a coder other parameters to try, but not to keep as the project's defaults", async () => {
    server.role = 'coder';
    panel();
    await caption();
    await roleLoaded('coder');
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Base documents' }), { target: { value: '5' } });
    expect(screen.queryByRole('button', { name: "Keep as the project's defaults" })).toBeNull();
    await waitFor(() => expect(queriesOf(server, 'saturation').at(-1)).toContain('base=5'));
  });
});
