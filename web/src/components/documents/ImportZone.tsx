/**
 * Importing transcripts from the browser: an "Import files…" button, or files dropped anywhere on
 * the page, with an optional case and a kind for the batch. Each file then shows its own progress.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { IMPORT_EXTENSIONS, IMPORT_KINDS, type ImportFields } from '../../../../src/contract/imports.js';
import { uploadTranscript, type Uploader } from '../../lib/upload.js';
import { ImportRows } from './ImportRows.js';
import { useImportQueue } from './use-import-queue.js';
import './import.css';

const KIND_LABELS: Record<ImportFields['kind'], string> = { interview: 'Interview', session: 'Session', other: 'Other' };

export interface ImportZoneProps {
  projectId: string;
  /** The project's case labels, offered as suggestions and checked before sending; undefined while loading. */
  cases?: readonly string[];
  /** Sends one file; the real one unless a test passes a fake. */
  upload?: Uploader;
  /** Called after each document is imported. */
  onImported?: () => void;
  /** False for readers: nothing shows, and files dropped on the page are refused (not opened by the browser). */
  canImport?: boolean;
}

function hasFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export function ImportZone({ projectId, cases, upload = uploadTranscript, onImported, canImport = true }: ImportZoneProps) {
  const [caseLabel, setCaseLabel] = useState('');
  const [kind, setKind] = useState<ImportFields['kind']>('interview');
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const queue = useImportQueue(projectId, upload, onImported);

  const start = (files: readonly File[]) => {
    if (files.length === 0 || !canImport) return;
    const label = caseLabel.normalize('NFC').trim();
    if (label && cases && !cases.includes(label)) {
      setProblem(`There is no case "${label}" in this project; choose one of its cases or leave the case empty.`);
      return;
    }
    setProblem(null);
    queue.add(files, { case: label || undefined, kind });
  };
  const startRef = useRef(start);
  startRef.current = start;
  const allowed = useRef(canImport);
  allowed.current = canImport;

  // Listening on the window lets files be dropped anywhere, and stops the browser from opening them instead.
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e) || !allowed.current) return;
      depth += 1;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = allowed.current ? 'copy' : 'none';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e) || !allowed.current) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      startRef.current(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!canImport) return null;
  return (
    <div className="import-zone">
      <form className="import-form" aria-label="Import transcripts" onSubmit={(e) => e.preventDefault()}>
        <label>
          Case <span className="meta">(optional)</span>
          <input value={caseLabel} onChange={(e) => setCaseLabel(e.target.value)} list={`${ids}-cases`} autoComplete="off" />
        </label>
        <datalist id={`${ids}-cases`}>{cases?.map((c) => <option key={c} value={c} />)}</datalist>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as ImportFields['kind'])}>
            {IMPORT_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => input.current?.click()}>Import files…</button>
        <input
          ref={input} className="import-input" type="file" multiple accept={IMPORT_EXTENSIONS.join(',')}
          tabIndex={-1} aria-hidden="true" data-testid="import-input"
          onChange={(e) => {
            start(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
        <span className="meta">or drop files anywhere on this page ({IMPORT_EXTENSIONS.join(' ')}).</span>
      </form>
      {problem && <p className="status error" role="alert">{problem}</p>}
      {queue.rows.length > 0 && <ImportRows projectId={projectId} rows={queue.rows} onClear={queue.clearFinished} />}
      <p className="import-announce" aria-live="polite">{queue.announcement}</p>
      {dragging && (
        <div className="import-drop" aria-hidden="true">
          <p>Drop the files to import them into this project</p>
        </div>
      )}
    </div>
  );
}
