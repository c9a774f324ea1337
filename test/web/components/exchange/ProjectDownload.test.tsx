// @vitest-environment happy-dom
/** The project list with its import control, and the .qdpx download offered on the rows the caller owns. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProjectList } from '../../../../web/src/components/ProjectList.js';

let owned: string[] = [];

beforeEach(() => {
  const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    if (url === '/api/projects/exportable') return json(owned);
    if (url === '/api/projects') {
      return json([
        { id: 'p1', name: 'Estudio', createdAt: '', cases: 6, documents: 7, codes: 45, codings: 293, memos: 2 },
        { id: 'p2', name: 'Ajeno', createdAt: '', cases: 0, documents: 1, codes: 2, codings: 3, memos: 0 },
      ]);
    }
    return json([]);
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the REFI-QDA download on the project list', () => {
  it('is offered on the rows of projects the caller owns, and only there', async () => {
    owned = ['p1'];
    render(<ProjectList />);
    const row = (await screen.findByRole('link', { name: 'Estudio' })).closest('tr')!;
    const link = await within(row).findByRole('link', { name: 'Download as REFI-QDA (.qdpx)' });
    expect(link.getAttribute('href')).toBe('/api/projects/p1/export.qdpx');
    expect(link.hasAttribute('download')).toBe(true);
    // The same file for programs that expect Windows line ends.
    expect(within(row).getByRole('link', { name: 'with Windows line ends' }).getAttribute('href')).toBe('/api/projects/p1/export.qdpx?lineEnds=crlf');
    expect(screen.getByRole('columnheader', { name: 'Other programs' })).toBeTruthy();
    const other = screen.getByRole('link', { name: 'Ajeno' }).closest('tr')!;
    expect(within(other).queryByRole('link', { name: /Download/ })).toBeNull();
    expect(screen.getByText('Import from ATLAS.ti, NVivo, MAXQDA…')).toBeTruthy();
  });

  it('adds no column for someone who owns none of the projects', async () => {
    owned = [];
    render(<ProjectList />);
    await screen.findByRole('link', { name: 'Estudio' });
    expect(screen.queryByRole('columnheader', { name: 'Other programs' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Download as REFI-QDA/ })).toBeNull();
  });
});
