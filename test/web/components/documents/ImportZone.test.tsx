// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportFieldsInput, ImportFileResult } from '../../../../src/contract/imports.js';
import { ImportZone } from '../../../../web/src/components/documents/ImportZone.js';
import { advance } from '../../../../web/src/components/documents/use-import-queue.js';
import type { UploadEvents, Uploader } from '../../../../web/src/lib/upload.js';

afterEach(cleanup);

interface Call { file: File; fields: ImportFieldsInput; events: UploadEvents; finish(r: ImportFileResult): void; fail(e: Error): void }

/** An uploader whose every call the test drives by hand. */
function fakeUploader() {
  const calls: Call[] = [];
  const upload: Uploader = vi.fn((_projectId, file, fields, events) => new Promise<ImportFileResult>((resolve, reject) => {
    calls.push({ file, fields, events, finish: resolve, fail: reject });
  }));
  return { calls, upload };
}

const pdf = (name: string) => new File(['%PDF-1.4 …'], name, { type: 'application/pdf' });
const rowOf = (name: string) => screen.getByText(name).closest('li')!;

describe('ImportZone', () => {
  it('moves each file through progress, reading and its link, one file at a time, with the batch\'s case and kind', async () => {
    const { calls, upload } = fakeUploader();
    const onImported = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<ImportZone projectId="p1" cases={['T1 María']} upload={upload} onImported={onImported} />);
    expect(container.querySelector('input[type=file]')!.getAttribute('accept')).toBe('.txt,.md,.docx,.odt,.pdf,.vtt,.srt');
    await user.type(screen.getByLabelText(/Case/), 'T1 María');
    await user.selectOptions(screen.getByLabelText('Kind'), 'session');
    await user.upload(container.querySelector<HTMLInputElement>('input[type=file]')!, [pdf('Entrevista Núñez.pdf'), pdf('Sesión 2.pdf')]);

    expect(calls).toHaveLength(1);
    expect(calls[0]!.fields).toEqual({ case: 'T1 María', kind: 'session' });
    expect(within(rowOf('Sesión 2.pdf')).getByText('Waiting…')).toBeTruthy();
    act(() => calls[0]!.events.onProgress(40));
    const first = rowOf('Entrevista Núñez.pdf');
    expect(within(first).getByRole('progressbar', { name: 'Sending Entrevista Núñez.pdf' }).getAttribute('value')).toBe('40');
    expect(within(first).getByText(/40%/)).toBeTruthy();
    act(() => calls[0]!.events.onSent());
    expect(within(first).getByText('Reading…')).toBeTruthy();
    act(() => calls[0]!.events.onProgress(100)); // a late progress event does not undo "Reading…"
    expect(within(first).getByText('Reading…')).toBeTruthy();
    await act(async () => calls[0]!.finish({ name: 'Entrevista Núñez.pdf', ok: true, documentId: 'd1', document: 'Entrevista Núñez' }));
    expect(within(first).getByRole('link', { name: 'Entrevista Núñez' }).getAttribute('href')).toBe('#/projects/p1/documents/d1');
    expect(onImported).toHaveBeenCalledOnce();
    expect(screen.getByText('Entrevista Núñez.pdf imported as Entrevista Núñez.')).toBeTruthy();

    expect(calls).toHaveLength(2);
    await act(async () => calls[1]!.finish({ name: 'Sesión 2.pdf', ok: false, error: 'Sesión 2.pdf is a scan without text; import a PDF with a text layer.' }));
    expect(within(rowOf('Sesión 2.pdf')).getByText('Sesión 2.pdf is a scan without text; import a PDF with a text layer.')).toBeTruthy();
    expect(onImported).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Clear this list' }));
    expect(screen.queryByRole('list', { name: 'Files to import' })).toBeNull();
  });

  it('imports files dropped anywhere on the page, and shows the server\'s sentence when an upload is refused', async () => {
    const { calls, upload } = fakeUploader();
    render(<ImportZone projectId="p1" cases={[]} upload={upload} />);
    const dataTransfer = { types: ['Files'], files: [pdf('P1.pdf')], dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Drop the files to import them into this project')).toBeTruthy();
    fireEvent.drop(window, { dataTransfer });
    expect(screen.queryByText('Drop the files to import them into this project')).toBeNull();
    expect(calls.map((c) => c.file.name)).toEqual(['P1.pdf']);
    expect(calls[0]!.fields).toEqual({ case: undefined, kind: 'interview' });
    await act(async () => calls[0]!.fail(new Error('You are not a member of this project; ask its owner to add you.')));
    expect(within(rowOf('P1.pdf')).getByText('You are not a member of this project; ask its owner to add you.')).toBeTruthy();
  });

  it('shows nothing to a reader, and refuses dropped files without sending them or letting the browser open them', () => {
    const { calls, upload } = fakeUploader();
    const { container } = render(<ImportZone projectId="p1" cases={[]} upload={upload} canImport={false} />);
    expect(container.innerHTML).toBe('');
    const dataTransfer = { types: ['Files'], files: [pdf('P1.pdf')], dropEffect: 'copy' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.queryByText('Drop the files to import them into this project')).toBeNull();
    // Handled (default prevented) rather than left to the browser, which would open the file.
    expect(fireEvent.dragOver(window, { dataTransfer })).toBe(false);
    expect(fireEvent.drop(window, { dataTransfer })).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses an unknown case before sending anything, and a file over the size limit without sending it', async () => {
    const { calls, upload } = fakeUploader();
    const user = userEvent.setup();
    const { container } = render(<ImportZone projectId="p1" cases={['T1']} upload={upload} />);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    await user.type(screen.getByLabelText(/Case/), 'T9');
    await user.upload(input, pdf('P1.pdf'));
    expect(screen.getByRole('alert').textContent).toBe('There is no case "T9" in this project; choose one of its cases or leave the case empty.');
    expect(calls).toHaveLength(0);
    await user.clear(screen.getByLabelText(/Case/));
    const huge = pdf('Enorme.pdf');
    Object.defineProperty(huge, 'size', { value: 101 * 1024 * 1024 });
    await user.upload(input, huge);
    expect(within(rowOf('Enorme.pdf')).getByText('Enorme.pdf is larger than the 100 MB Sparks imports; split it into smaller files and import those.')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });
});

describe('advance', () => {
  it('never moves a row backwards', () => {
    const row = { id: 1, name: 'a.txt', phase: 'uploading' as const, percent: 50 };
    expect(advance(row, { phase: 'uploading', percent: 30 })).toBe(row);
    expect(advance(row, { phase: 'uploading', percent: 70 })).toMatchObject({ percent: 70 });
    const done = advance(row, { phase: 'done', documentId: 'd', document: 'a' });
    expect(advance(done, { phase: 'error', message: 'x' })).toBe(done);
  });
});
