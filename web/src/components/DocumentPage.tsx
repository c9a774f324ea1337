/** One document: its transcript with highlights and the coding margin. */
import { api } from '../api.js';
import { hrefOf } from '../lib/route.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './Status.js';
import { Transcript } from './Transcript.js';

async function load(projectId: string, documentId: string) {
  const [doc, codes] = await Promise.all([api.document(projectId, documentId), api.codes(projectId)]);
  return { doc, codes: new Map(codes.map((c) => [c.id, c])) };
}

export function DocumentPage({ projectId, documentId }: { projectId: string; documentId: string; at?: number | undefined }) {
  const data = useResource(() => load(projectId, documentId), [projectId, documentId]);
  return (
    <section className="document" aria-labelledby="document-title">
      <nav className="crumbs" aria-label="Breadcrumbs">
        <a href={hrefOf({ view: 'projects' })}>Projects</a> › <a href={hrefOf({ view: 'documents', projectId })}>Documents</a>
      </nav>
      <Loaded resource={data}>
        {({ doc, codes }) => {
          const orphaned = doc.segments.filter((s) => s.orphaned).length;
          return (
            <>
              <h1 id="document-title">{doc.name}</h1>
              <p className="meta">
                {doc.case ? `Case ${doc.case} · ` : ''}{doc.kind} · {doc.turns.length} turns · {doc.segments.length} coded segments
                {orphaned > 0 ? ` · ${orphaned} orphaned, to review` : ''}
              </p>
              <Transcript doc={doc} codes={codes} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
