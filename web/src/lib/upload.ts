/**
 * Uploading transcripts to `POST /api/projects/:id/documents`. XMLHttpRequest rather than fetch,
 * because only it reports how much of the upload has been sent.
 */
import type { ImportFieldsInput, ImportFileResult, ImportResponse } from '../../../src/contract/imports.js';
import { ApiError, projectPath } from '../api.js';

/** What an upload reports while it runs. */
export interface UploadEvents {
  /** Percent of the file sent so far, 0–100. */
  onProgress(percent: number): void;
  /** The whole file has been sent; the server is now reading it. */
  onSent(): void;
}

/**
 * Sends one file with the batch's fields and resolves to what became of it; rejects with an
 * `ApiError` carrying the server's sentence when the whole upload is refused.
 */
export type Uploader = (projectId: string, file: File, fields: ImportFieldsInput, events: UploadEvents) => Promise<ImportFileResult>;

/** The form the server expects: the fields first, then the file. */
export function importForm(file: File, fields: ImportFieldsInput): FormData {
  const form = new FormData();
  if (fields.case) form.append('case', fields.case);
  if (fields.kind) form.append('kind', fields.kind);
  form.append('files', file, file.name);
  return form;
}

/**
 * POST a multipart form with XMLHttpRequest, reporting progress; resolves to the server's JSON
 * answer, rejects with an `ApiError` carrying its sentence. `what` finishes the sentences this
 * side writes ("import the file again").
 */
export function sendForm(url: string, form: FormData, events: UploadEvents, what: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) events.onProgress(Math.min(100, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.upload.onload = () => events.onSent();
    xhr.onerror = () => reject(new ApiError(0, `Sparks is not answering; check that it is still running, then ${what}.`));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText) as unknown;
      } catch {
        // an answer that is not JSON is reported by its status below
      }
      if (xhr.status === 401) return reject(new ApiError(401, 'You are not logged in; log in, or open the address `sparks start` printed.'));
      const error = (data as { error?: unknown } | null)?.error;
      if (xhr.status < 200 || xhr.status >= 300) {
        return reject(new ApiError(xhr.status, typeof error === 'string' ? error : `The server answered ${xhr.status}; nothing was imported.`));
      }
      resolve(data);
    };
    xhr.send(form);
  });
}

/** The real uploader, over XMLHttpRequest. */
export const uploadTranscript: Uploader = async (projectId, file, fields, events) => {
  const data = await sendForm(`${projectPath(projectId)}/documents`, importForm(file, fields), events, 'import the file again');
  const result = (data as ImportResponse | null)?.files?.[0];
  if (!result) throw new ApiError(200, 'The server gave no answer for this file; reload the page to see whether it was imported.');
  return result;
};
