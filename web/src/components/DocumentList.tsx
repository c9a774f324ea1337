/** The documents of one project (case, kind, turns, length, codings), finding them by name, and (for coders) importing more. */
import { useMemo, useState } from 'react';
import { api, type DocumentListing } from '../api.js';
import { fold } from '../lib/picker-filter.js';
import { hrefOf } from '../lib/route.js';
import { useProject, useProjectResource } from '../project.js';
import { DocumentTable } from './documents/DocumentTable.js';
import { ImportZone } from './documents/ImportZone.js';
import { DocumentSets } from './sets/DocumentSets.js';
import { Loaded } from './Status.js';

const numbers = new Intl.NumberFormat();
const NO_DOCUMENTS: readonly DocumentListing[] = [];

/** Documents whose name, case or kind contains every typed word, ignoring case and accents. */
export function filterDocuments(list: readonly DocumentListing[], query: string): readonly DocumentListing[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return list;
  return list.filter((d) => {
    const text = fold(`${d.name} ${d.case ?? ''} ${d.kind}`);
    return words.every((w) => text.includes(w));
  });
}

export function DocumentList({ projectId }: { projectId: string }) {
  const { refresh, canCode } = useProject();
  const documents = useProjectResource(() => api.documents(projectId), [projectId]);
  const cases = useProjectResource(() => api.cases(projectId), [projectId]);
  const [query, setQuery] = useState('');
  return (
    <section aria-labelledby="documents-title">
      <nav className="crumbs" aria-label="Breadcrumbs"><a href={hrefOf({ view: 'projects' })}>Projects</a></nav>
      <h1 id="documents-title">Documents</h1>
      <ImportZone projectId={projectId} cases={cases.state === 'ready' ? cases.data.map((c) => c.label) : undefined} onImported={refresh}
        canImport={canCode} />
      <Loaded resource={documents}>
        {(list) => list.length === 0
          ? <p className="status">No documents yet{canCode ? '; choose Import files… or drop transcripts anywhere on this page' : ''}.</p>
          : <FilteredDocuments projectId={projectId} list={list} query={query} onQuery={setQuery} />}
      </Loaded>
      <DocumentSets projectId={projectId} documents={documents.state === 'ready' ? documents.data : NO_DOCUMENTS} />
    </section>
  );
}

function FilteredDocuments({ projectId, list, query, onQuery }: { projectId: string; list: readonly DocumentListing[]; query: string; onQuery: (q: string) => void }) {
  const shown = useMemo(() => filterDocuments(list, query), [list, query]);
  return (
    <>
      <div className="documents-toolbar">
        <label htmlFor="document-filter">Find documents</label>
        <input id="document-filter" type="search" value={query} placeholder="Name, case or kind, e.g. sesion T4"
          onChange={(e) => onQuery(e.target.value)} />
        <span className="meta" role="status">
          {shown.length === list.length ? `${numbers.format(list.length)} documents` : `${numbers.format(shown.length)} of ${numbers.format(list.length)} documents`}
        </span>
      </div>
      {shown.length === 0
        ? <p className="status">No document's name, case or kind contains “{query.trim()}”; clear the box to see them all.</p>
        : <DocumentTable projectId={projectId} documents={shown} />}
    </>
  );
}
