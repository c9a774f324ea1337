/**
 * The code system's codebook controls: "Export codebook (.qdc)" for every member once there are
 * codes, and "Import codebook (.qdc)…" for coders, which adds the codebook's codes to the tree
 * (codes already there are kept) and says what it did.
 */
import { useRef, useState } from 'react';
import { CODEBOOK_FILE_TYPES, codebookPath, type CodebookImportResponse } from '../../../../src/contract/exchange.js';
import { ApiError, projectPath } from '../../api.js';
import { Warnings } from './ImportReport.js';
import { uploadFile, type ExchangeUploader } from './upload.js';
import { codebookSentence } from './words.js';
import './exchange.css';

export interface CodebookExchangeProps {
  projectId: string;
  /** The export link shows only when there is a codebook to export. */
  hasCodes: boolean;
  /** Coders and owners may import; readers see the export link alone. */
  canImport: boolean;
  /** Called after an import, so the code tree reloads. */
  onImported?: () => void;
  upload?: ExchangeUploader;
}

export function CodebookExchange({ projectId, hasCodes, canImport, onImported, upload = uploadFile }: CodebookExchangeProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CodebookImportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (file: File | undefined) => {
    if (!file || busy) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await upload<CodebookImportResponse>(`${projectPath(projectId)}/codebook`, file, {}, () => undefined));
      onImported?.();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  if (!hasCodes && !canImport) return null;
  return (
    <div className="codebook-exchange" role="group" aria-label="Codebook for other programs">
      {hasCodes && <a href={codebookPath(projectId)} download title="The code tree, with colours and definitions, for ATLAS.ti, NVivo, MAXQDA and other programs">
        Export codebook (.qdc)
      </a>}
      {canImport && <>
        <button type="button" disabled={busy} onClick={() => input.current?.click()}
          title="Adds the codes of a codebook from another program; codes the project has already are kept">
          {busy ? 'Importing the codebook…' : 'Import codebook (.qdc)…'}
        </button>
        <input ref={input} className="codebook-input" type="file" accept={CODEBOOK_FILE_TYPES} tabIndex={-1} aria-hidden="true"
          data-testid="codebook-input" onChange={(e) => { void send(e.target.files?.[0]); e.target.value = ''; }} />
      </>}
      <div className="codebook-result" aria-live="polite">
        {result && (
          <section className="exchange-report" aria-label="Codebook import result">
            <p>{codebookSentence(result)}</p>
            <Warnings warnings={result.warnings} headingId={`codebook-warnings-${projectId}`} />
          </section>
        )}
      </div>
      {error && <p className="status error" role="alert">{error}</p>}
    </div>
  );
}
