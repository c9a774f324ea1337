// @vitest-environment happy-dom
/** The code system's codebook controls: the export link, the import button, its result and the tree's reload. */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../web/src/api.js';
import { CodebookExchange } from '../../../../web/src/components/exchange/CodebookExchange.js';
import type { ExchangeUploader } from '../../../../web/src/components/exchange/upload.js';

afterEach(cleanup);

function fakeUploader() {
  const calls: { url: string; file: File; finish(r: unknown): void; fail(e: Error): void }[] = [];
  const upload = vi.fn((url: string, file: File) => new Promise((finish, fail) => calls.push({ url, file, finish, fail }))) as unknown as ExchangeUploader;
  return { calls, upload };
}
const qdc = (name = 'libro de códigos.qdc') => new File(['<CodeBook/>'], name, { type: 'application/xml' });

describe('CodebookExchange', () => {
  it('imports a codebook through a keyboard-reachable button, says what it did and reloads the codes', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    const { calls, upload } = fakeUploader();
    const { container } = render(<CodebookExchange projectId="p1" hasCodes canImport onImported={onImported} upload={upload} />);
    const link = screen.getByRole('link', { name: 'Export codebook (.qdc)' });
    expect(link.getAttribute('href')).toBe('/api/projects/p1/codebook.qdc');
    expect(link.hasAttribute('download')).toBe(true);
    const button = screen.getByRole('button', { name: 'Import codebook (.qdc)…' });
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(button);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.getAttribute('accept')).toBe('.qdc');
    await user.upload(input, qdc());
    expect(calls[0]!.url).toBe('/api/projects/p1/codebook');
    expect(calls[0]!.file.name).toBe('libro de códigos.qdc');
    expect((screen.getByRole('button', { name: 'Importing the codebook…' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => calls[0]!.finish({ added: 12, kept: 3, updated: 1, sets: 2, warnings: ['The code "Risa" had a colour Sparks cannot read; it was left without one.'] }));
    const report = screen.getByRole('region', { name: 'Codebook import result' });
    expect(within(report).getByText('Added 12 codes from the codebook; 4 codes were there already, 1 of them gained a colour or definition; 2 sets of codes gained members.')).toBeTruthy();
    expect(within(report).getByRole('heading', { name: 'Not brought across, or changed on the way' })).toBeTruthy();
    expect(within(report).getByRole('listitem').textContent).toBe('The code "Risa" had a colour Sparks cannot read; it was left without one.');
    expect(onImported).toHaveBeenCalledOnce();
  });

  it('shows the server\'s sentence when a codebook is refused, and nothing changes', async () => {
    const user = userEvent.setup();
    const onImported = vi.fn();
    const { calls, upload } = fakeUploader();
    const { container } = render(<CodebookExchange projectId="p1" hasCodes={false} canImport onImported={onImported} upload={upload} />);
    expect(screen.queryByRole('link', { name: 'Export codebook (.qdc)' })).toBeNull();
    await user.upload(container.querySelector<HTMLInputElement>('input[type=file]')!, qdc('oltas.qdc'));
    await act(async () => calls[0]!.fail(new ApiError(400, 'oltas.qdc is a zip archive, not a REFI-QDA codebook; if it is a .qdpx project, import it as a project instead.')));
    expect(screen.getByRole('alert').textContent).toBe('oltas.qdc is a zip archive, not a REFI-QDA codebook; if it is a .qdpx project, import it as a project instead.');
    expect(onImported).not.toHaveBeenCalled();
    await act(async () => {
      await user.upload(container.querySelector<HTMLInputElement>('input[type=file]')!, qdc('bien.qdc'));
    });
    await act(async () => calls[1]!.finish({ added: 1, kept: 0, updated: 0, sets: 0, warnings: [] }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Added 1 code from the codebook.')).toBeTruthy();
    expect(screen.getByText('Everything in the file was brought across.')).toBeTruthy();
  });

  it('offers readers the export alone, and nothing when there are no codes', () => {
    const { rerender } = render(<CodebookExchange projectId="p1" hasCodes canImport={false} />);
    expect(screen.getByRole('link', { name: 'Export codebook (.qdc)' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<CodebookExchange projectId="p1" hasCodes={false} canImport={false} />);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
