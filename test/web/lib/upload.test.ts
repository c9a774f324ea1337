// @vitest-environment happy-dom
/** The XMLHttpRequest uploader: the form it sends, its progress, and how it reports answers. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importForm, uploadTranscript } from '../../../web/src/lib/upload.js';

/** A stand-in XMLHttpRequest the test answers by hand. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  body: FormData | null = null;
  status = 0;
  responseText = '';
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader() {}
  send(body: FormData) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

afterEach(() => vi.unstubAllGlobals());

const file = new File(['T: hola\nP: ¿qué tal? 😊\n'], 'Sesión 1.txt');

describe('uploadTranscript', () => {
  it('sends the fields before the file and reports progress, then the file\'s result', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const progress: number[] = [];
    const sent = vi.fn();
    const result = uploadTranscript('p 1', file, { case: 'T1', kind: 'session' }, { onProgress: (p) => progress.push(p), onSent: sent });
    const xhr = FakeXhr.last;
    expect([xhr.method, xhr.url]).toEqual(['POST', '/api/projects/p%201/documents']);
    expect([...xhr.body!.keys()]).toEqual(['case', 'kind', 'files']);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 3 });
    xhr.upload.onprogress?.({ lengthComputable: false, loaded: 2, total: 0 });
    xhr.upload.onload?.();
    expect(progress).toEqual([33]);
    expect(sent).toHaveBeenCalledOnce();
    xhr.answer(200, { files: [{ name: 'Sesión 1.txt', ok: true, documentId: 'd1', document: 'Sesión 1' }] });
    expect(await result).toEqual({ name: 'Sesión 1.txt', ok: true, documentId: 'd1', document: 'Sesión 1' });
  });

  it('rejects with the server\'s sentence when the whole upload is refused', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const result = uploadTranscript('p1', file, {}, { onProgress: () => {}, onSent: () => {} });
    FakeXhr.last.answer(403, { error: 'You are not a member of this project; ask its owner to add you.' });
    await expect(result).rejects.toThrow('You are not a member of this project; ask its owner to add you.');
    const offline = uploadTranscript('p1', file, {}, { onProgress: () => {}, onSent: () => {} });
    FakeXhr.last.onerror?.();
    await expect(offline).rejects.toThrow(/Sparks is not answering/);
  });

  it('leaves out empty fields', () => {
    expect([...importForm(file, { case: '' }).keys()]).toEqual(['files']);
  });
});
