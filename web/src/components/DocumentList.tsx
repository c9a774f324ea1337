/** The documents of one project: case, kind, length and codings. */
import { api } from '../api.js';
import { hrefOf } from '../lib/route.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './Status.js';

const words = new Intl.NumberFormat();

export function DocumentList({ projectId }: { projectId: string }) {
  const documents = useResource(() => api.documents(projectId), [projectId]);
  return (
    <section aria-labelledby="documents-title">
      <nav className="crumbs" aria-label="Breadcrumbs"><a href={hrefOf({ view: 'projects' })}>Projects</a></nav>
      <h1 id="documents-title">Documents</h1>
      <Loaded resource={documents}>
        {(list) => list.length === 0
          ? <p className="status">No documents yet; import transcripts with <code>sparks import PROJECT FILE…</code>.</p>
          : (
            <table className="listing">
              <thead>
                <tr>
                  <th scope="col">Name</th><th scope="col">Case</th><th scope="col">Kind</th>
                  <th scope="col" className="num">Length</th><th scope="col" className="num">Codings</th>
                </tr>
              </thead>
              <tbody>
                {list.map((d) => (
                  <tr key={d.id}>
                    <th scope="row"><a href={hrefOf({ view: 'document', projectId, documentId: d.id })}>{d.name}</a></th>
                    <td>{d.case ?? '—'}</td>
                    <td>{d.kind}</td>
                    <td className="num">{words.format(d.length)} chars</td>
                    <td className="num">{d.codings}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </Loaded>
    </section>
  );
}
