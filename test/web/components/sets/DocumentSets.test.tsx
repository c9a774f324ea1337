// @vitest-environment happy-dom
/**
 * Sets in the Documents view: each set of documents below the list, every document (and memo) a
 * link; nothing for a reader without such sets; coders make sets, add documents and take them out.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SetsResponse } from '../../../../src/contract/sets.js';
import type { DocumentListing } from '../../../../web/src/api.js';
import { DocumentList } from '../../../../web/src/components/DocumentList.js';
import { ProjectProvider } from '../../../../web/src/project.js';
import { stubSetsServer, type SentCommand } from './sets-server.js';

const documents: DocumentListing[] = [{
  id: 'd1', name: 'Entrevista María', kind: 'interview', case: null, sequence: 1, length: 100, format: 'txt', originalName: 'm.txt', turns: 0, codings: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
}];
let sets: SetsResponse;
let role: string;
let commands: SentCommand[];

beforeEach(() => {
  role = 'viewer';
  commands = stubSetsServer({ '/documents': () => documents, '/sets': () => sets }, () => role);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const show = async () => {
  render(<ProjectProvider projectId="p1"><DocumentList projectId="p1" /></ProjectProvider>);
  await screen.findByRole('table');
};

describe('document sets', () => {
  it('lists each set of documents with its description, documents and memos as links', async () => {
    sets = [
      { id: 's1', name: 'Images', description: 'Fotos de la sesión', members: [
        { type: 'document', id: 'd1', name: 'Entrevista María' }, { type: 'memo', id: 'm1', name: 'Sobre las fotos' },
      ] },
      { id: 's2', name: 'Breakfast food', description: '', members: [{ type: 'code', id: 'c1', name: 'Coke' }] },
    ];
    await show();
    const section = await screen.findByRole('region', { name: 'Document sets' });
    expect(section.textContent).toContain('Sets group documents');
    // A reader gets no controls that change sets.
    expect(within(section).queryByRole('button')).toBeNull();
    // Sets of codes belong to the code system.
    expect(within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Images']);
    const images = within(section).getByRole('article', { name: 'Images' });
    expect(images.textContent).toContain('Fotos de la sesión');
    const docs = within(images).getByRole('list', { name: 'Images 1 document' });
    expect(within(docs).getByRole('link', { name: 'Entrevista María' }).getAttribute('href')).toBe('#/projects/p1/documents/d1');
    expect(within(images).getByRole('link', { name: 'Sobre las fotos' }).getAttribute('href')).toBe('#/projects/p1/memos/m1');
  });

  it('shows a reader nothing for a project without sets of documents', async () => {
    sets = [{ id: 's2', name: 'Breakfast food', description: '', members: [{ type: 'code', id: 'c1', name: 'Coke' }] }];
    await show();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('region', { name: 'Document sets' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Document sets' })).toBeNull();
  });

  it('lets a coder make a set, add a document to an empty set and take one out', async () => {
    role = 'coder';
    sets = [
      { id: 's1', name: 'Images', description: '', members: [{ type: 'document', id: 'd1', name: 'Entrevista María' }] },
      { id: 's3', name: 'Vacío', description: '', members: [] },
    ];
    const user = userEvent.setup();
    await show();
    const section = await screen.findByRole('region', { name: 'Document sets' });
    await within(section).findByRole('button', { name: 'Take Entrevista María out of Images' });
    await user.type(within(section).getByRole('textbox', { name: 'New set' }), 'Sesiones{Enter}');
    const empty = within(section).getByRole('article', { name: 'Vacío' });
    // Only documents not in the set are offered.
    expect(within(section).queryByRole('combobox', { name: 'Add a document to Images' })).toBeNull();
    await user.selectOptions(within(empty).getByRole('combobox', { name: 'Add a document to Vacío' }), 'd1');
    await user.click(within(empty).getByRole('button', { name: 'Add' }));
    await user.click(within(section).getByRole('button', { name: 'Take Entrevista María out of Images' }));
    expect(commands).toEqual([
      { name: 'set.create', payload: { name: 'Sesiones' } },
      { name: 'set.add', payload: { set: 's3', members: [{ type: 'document', id: 'd1' }] } },
      { name: 'set.remove', payload: { set: 's1', members: [{ type: 'document', id: 'd1' }] } },
    ]);
  });
});
