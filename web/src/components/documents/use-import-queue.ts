/**
 * The files waiting, uploading and imported: each row moves waiting → uploading (percent) →
 * reading → done or error, one file at a time so the progress shown is that file's own.
 */
import { useCallback, useRef, useState } from 'react';
import { tooLargeMessage, type ImportFieldsInput } from '../../../../src/contract/imports.js';
import { MAX_FILE_BYTES } from '../../../../src/formats/limits.js';
import type { Uploader } from '../../lib/upload.js';

export type ImportPhase =
  | { phase: 'waiting' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'reading' }
  | { phase: 'done'; documentId: string; document: string }
  | { phase: 'error'; message: string };

/** One file of the import list. */
export type ImportRow = { id: number; name: string } & ImportPhase;

const RANK: Record<ImportPhase['phase'], number> = { waiting: 0, uploading: 1, reading: 2, done: 3, error: 3 };

/** The row after an event, which never moves back (a late progress event cannot undo "Reading…"). */
export function advance(row: ImportRow, next: ImportPhase): ImportRow {
  if (RANK[next.phase] < RANK[row.phase] || RANK[row.phase] === 3) return row;
  if (next.phase === 'uploading' && row.phase === 'uploading' && next.percent < row.percent) return row;
  return { id: row.id, name: row.name, ...next };
}

interface Queued { id: number; file: File; fields: ImportFieldsInput }

export interface ImportQueue {
  rows: readonly ImportRow[];
  /** The latest file to finish, in words, for screen readers. */
  announcement: string;
  add(files: readonly File[], fields: ImportFieldsInput): void;
  /** Forget the rows that are done or failed. */
  clearFinished(): void;
}

export function useImportQueue(projectId: string, upload: Uploader, onImported?: () => void): ImportQueue {
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const queue = useRef<Queued[]>([]);
  const running = useRef(false);
  const nextId = useRef(0);
  // The worker outlives renders; it reads the current props through this.
  const current = useRef({ projectId, upload, onImported });
  current.current = { projectId, upload, onImported };

  const move = useCallback((id: number, next: ImportPhase) => setRows((rs) => rs.map((r) => (r.id === id ? advance(r, next) : r))), []);

  const uploadOne = useCallback(async (item: Queued): Promise<ImportPhase> => {
    if (item.file.size > MAX_FILE_BYTES) return { phase: 'error', message: tooLargeMessage(item.file.name, MAX_FILE_BYTES) };
    move(item.id, { phase: 'uploading', percent: 0 });
    try {
      const result = await current.current.upload(current.current.projectId, item.file, item.fields, {
        onProgress: (percent) => move(item.id, { phase: 'uploading', percent }),
        onSent: () => move(item.id, { phase: 'reading' }),
      });
      if (result.ok && result.documentId) return { phase: 'done', documentId: result.documentId, document: result.document ?? result.name };
      return { phase: 'error', message: result.error ?? `${item.file.name} was not imported; try again.` };
    } catch (err) {
      return { phase: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }, [move]);

  const work = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let item = queue.current.shift(); item; item = queue.current.shift()) {
        const outcome = await uploadOne(item);
        move(item.id, outcome);
        setAnnouncement(outcome.phase === 'done' ? `${item.file.name} imported as ${outcome.document}.` : outcome.phase === 'error' ? outcome.message : '');
        if (outcome.phase === 'done') current.current.onImported?.();
      }
    } finally {
      running.current = false;
    }
  }, [move, uploadOne]);

  const add = useCallback((files: readonly File[], fields: ImportFieldsInput) => {
    const items = files.map((file) => ({ id: ++nextId.current, file, fields }));
    queue.current.push(...items);
    setRows((rs) => [...rs, ...items.map((i): ImportRow => ({ id: i.id, name: i.file.name, phase: 'waiting' }))]);
    void work();
  }, [work]);

  const clearFinished = useCallback(() => setRows((rs) => rs.filter((r) => RANK[r.phase] < 3)), []);

  return { rows, announcement, add, clearFinished };
}
