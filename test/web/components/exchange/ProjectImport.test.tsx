// @vitest-environment happy-dom
/** "Import from ATLAS.ti, NVivo, MAXQDA…" on the list of projects: progress, the result with its link, warnings, refusals. */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProjectImportResponse } from '../../../../src/contract/exchange.js';
import { ApiError } from '../../../../web/src/api.js';
import { ProjectImport } from '../../../../web/src/components/exchange/ProjectImport.js';
import type { ExchangeUploader, OnProgress } from '../../../../web/src/components/exchange/upload.js';

afterEach(cleanup);

interface Call { url: string; file: File; fields: Record<string, string>; progress: OnProgress; finish(r: unknown): void; fail(e: Error): void }

function fakeUploader() {
  const calls: Call[] = [];
  const upload = vi.fn((url: string, file: File, fields: Record<string, string>, progress: OnProgress) => new Promise((finish, fail) => {
    calls.push({ url, file, fields, progress, finish, fail });
  })) as unknown as ExchangeUploader;
  return { calls, upload };
}

const COUNTS = { coders: 2, codes: 31, documents: 4, segments: 120, codings: 1, memos: 3, cases: 0, attributes: 0, relations: 0, models: 0, sets: 0 };
const qdpx = (name = 'oltás.qdpx') => new File(['PK…'], name, { type: 'application/zip' });

async function open() {
  const user = userEvent.setup();
  const onImported = vi.fn();
  const fake = fakeUploader();
  render(<ProjectImport upload={fake.upload} onImported={onImported} />);
  await user.click(screen.getByText('Import from ATLAS.ti, NVivo, MAXQDA…'));
  return { user, onImported, ...fake };
}

describe('ProjectImport', () => {
  it('sends the file with its name, shows progress, then the new project as a link with the counts and the warnings', async () => {
    const { user, onImported, calls } = await open();
    const input = screen.getByLabelText('Project file (.qdpx or .qde)');
    expect(input.getAttribute('accept')).toBe('.qdpx,.qde');
    await user.upload(input, qdpx());
    await user.type(screen.getByLabelText(/Name of the new project/), '  Oltás 2026 ');
    await user.click(screen.getByRole('button', { name: 'Import project' }));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('/api/projects/import');
    expect(calls[0]!.file.name).toBe('oltás.qdpx');
    expect(calls[0]!.fields).toEqual({ name: 'Oltás 2026' });
    expect((screen.getByRole('button', { name: 'Importing…' }) as HTMLButtonElement).disabled).toBe(true);
    act(() => calls[0]!.progress(40));
    expect(screen.getByRole('progressbar', { name: 'Sending oltás.qdpx' }).getAttribute('value')).toBe('40');
    act(() => calls[0]!.progress(null));
    expect(screen.getByText(/Reading the project and storing it/)).toBeTruthy();
    const response: ProjectImportResponse = {
      project: { id: 'p9', name: 'Oltás 2026' }, counts: COUNTS,
      warnings: ['The set "Fontos" lists a code the file does not define; it was left out of the set.', 'The audio of "Interjú 3" was not imported.'],
    };
    await act(async () => calls[0]!.finish(response));
    const report = screen.getByRole('region', { name: 'Import result' });
    expect(within(report).getByRole('link', { name: 'Oltás 2026' }).getAttribute('href')).toBe('#/projects/p9');
    expect(report.textContent).toContain('4 documents, 31 codes, 1 coding, 3 memos, 0 cases, 0 relations, 0 models; 2 coders joined as members.');
    expect(within(report).getByRole('heading', { name: 'Not brought across, or changed on the way' })).toBeTruthy();
    expect(within(report).getAllByRole('listitem').map((li) => li.textContent)).toEqual(response.warnings);
    expect(onImported).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Import project' })).toBeTruthy();
  });

  it('says when everything came across, and sends no name when none is typed', async () => {
    const { user, calls } = await open();
    await user.upload(screen.getByLabelText('Project file (.qdpx or .qde)'), qdpx('project.qde'));
    await user.click(screen.getByRole('button', { name: 'Import project' }));
    expect(calls[0]!.fields).toEqual({});
    await act(async () => calls[0]!.finish({ project: { id: 'p1', name: 'Skyloom' }, counts: { ...COUNTS, coders: 1, sets: 2 }, warnings: [] }));
    expect(screen.getByText('Everything in the file was brought across.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Import result' }).textContent).toContain('0 models, 2 sets; 1 coder joined as a member.');
  });

  it('asks for a file first, and shows the server\'s sentence when the file is refused', async () => {
    const { user, onImported, calls } = await open();
    await user.click(screen.getByRole('button', { name: 'Import project' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a .qdpx or .qde file exported from the other program, then choose Import project.');
    expect(calls).toHaveLength(0);
    await user.upload(screen.getByLabelText('Project file (.qdpx or .qde)'), qdpx('evil.qdpx'));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Import project' }));
    const sentence = 'evil.qdpx holds an entry named "../evil.txt" that points outside the archive; export the project again from the other program.';
    await act(async () => calls[0]!.fail(new ApiError(400, sentence)));
    expect(screen.getByRole('alert').textContent).toBe(sentence);
    expect(screen.queryByRole('region', { name: 'Import result' })).toBeNull();
    expect(onImported).not.toHaveBeenCalled();
  });
});
