/**
 * Sending one REFI-QDA file (a project or a codebook) to the server. XMLHttpRequest rather than
 * fetch, because only it reports how much of a large project has been sent.
 */
import { sendForm } from '../../lib/upload.js';

/** What an upload reports while it runs: percent sent (0–100), then null once the server is reading the file. */
export type OnProgress = (percent: number | null) => void;

/** Sends `file` (as the field `file`) with text `fields` to `url`; resolves to the server's JSON answer. */
export type ExchangeUploader = <T>(url: string, file: File, fields: Record<string, string>, onProgress: OnProgress) => Promise<T>;

export const uploadFile: ExchangeUploader = async <T>(url: string, file: File, fields: Record<string, string>, onProgress: OnProgress) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', file, file.name);
  return await sendForm(url, form, { onProgress, onSent: () => onProgress(null) }, 'try again') as T;
};
