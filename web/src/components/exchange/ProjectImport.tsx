/**
 * "Import from ATLAS.ti, NVivo, MAXQDA…" on the list of projects: a REFI-QDA project file (.qdpx,
 * or a bare .qde) becomes a new project, with an optional name of its own. The whole file goes in
 * one step on the server, so a refused file leaves nothing behind.
 */
import { useState, type FormEvent } from 'react';
import { PROJECT_FILE_TYPES, type ProjectImportResponse } from '../../../../src/contract/exchange.js';
import { ApiError } from '../../api.js';
import { ImportReport } from './ImportReport.js';
import { uploadFile, type ExchangeUploader } from './upload.js';
import { countsSentence } from './words.js';
import './exchange.css';

export interface ProjectImportProps {
  /** Sends the file; the real one unless a test passes a fake. */
  upload?: ExchangeUploader;
  /** Called once the new project exists, so the list can show it. */
  onImported?: () => void;
}

export function ProjectImport({ upload = uploadFile, onImported }: ProjectImportProps) {
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  /** Percent sent, null while the server reads the file, undefined when idle. */
  const [progress, setProgress] = useState<number | null | undefined>(undefined);
  const [result, setResult] = useState<ProjectImportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = progress !== undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!file) {
      setError('Choose a .qdpx or .qde file exported from the other program, then choose Import project.');
      return;
    }
    setError(null);
    setResult(null);
    setProgress(0);
    try {
      const fields: Record<string, string> = name.trim() ? { name: name.trim() } : {};
      setResult(await upload<ProjectImportResponse>('/api/projects/import', file, fields, setProgress));
      onImported?.();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <details className="exchange-import">
      <summary>Import from ATLAS.ti, NVivo, MAXQDA…</summary>
      <p className="meta exchange-hint">
        In the other program, export the whole project as REFI-QDA (a .qdpx file); Sparks makes a new project of it.
      </p>
      <form className="exchange-form" aria-label="Import a project from another program" onSubmit={(e) => void submit(e)}>
        <label>
          Project file (.qdpx or .qde)
          <input type="file" accept={PROJECT_FILE_TYPES} disabled={busy} onChange={(e) => { setFile(e.target.files?.[0] ?? null); setError(null); }} />
        </label>
        <label>
          <span>Name of the new project <span className="meta">(optional)</span></span>
          <input value={name} maxLength={200} placeholder="The name in the file" disabled={busy} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Importing…' : 'Import project'}</button>
      </form>
      <div aria-live="polite">
        {busy && (progress === null
          ? <p className="status">Reading the project and storing it; a large project takes a minute…</p>
          : <p className="status">
            <progress max={100} value={progress} aria-label={`Sending ${file?.name ?? 'the file'}`} /> Sending… {progress}%
          </p>)}
        {result && <ImportReport project={result.project} summary={countsSentence(result.counts)} warnings={result.warnings} />}
      </div>
      {error && <p className="status error" role="alert">{error}</p>}
    </details>
  );
}
