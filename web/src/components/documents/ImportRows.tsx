/** The list of files being imported, each with its progress, then its document or its problem. */
import { hrefOf } from '../../lib/route.js';
import type { ImportRow } from './use-import-queue.js';

export function ImportRows({ projectId, rows, onClear }: { projectId: string; rows: readonly ImportRow[]; onClear(): void }) {
  const finished = rows.filter((r) => r.phase === 'done' || r.phase === 'error').length;
  return (
    <div className="import-rows">
      <ul aria-label="Files to import">
        {rows.map((row) => (
          <li key={row.id} className={`import-row import-${row.phase}`}>
            <span className="import-name">{row.name}</span>
            <RowState projectId={projectId} row={row} />
          </li>
        ))}
      </ul>
      {finished === rows.length && <button type="button" onClick={onClear}>Clear this list</button>}
    </div>
  );
}

function RowState({ projectId, row }: { projectId: string; row: ImportRow }) {
  switch (row.phase) {
    case 'waiting':
      return <span className="import-state">Waiting…</span>;
    case 'uploading':
      return (
        <span className="import-state">
          <progress max={100} value={row.percent} aria-label={`Sending ${row.name}`} /> {row.percent}%
        </span>
      );
    case 'reading':
      return <span className="import-state">Reading…</span>;
    case 'done':
      return (
        <span className="import-state">
          Imported as <a href={hrefOf({ view: 'document', projectId, documentId: row.documentId })}>{row.document}</a>
        </span>
      );
    case 'error':
      return <span className="import-state import-error">{row.message}</span>;
  }
}
