/** The documents of one project (case, kind, turns, length, codings), and importing more. */
import { api } from '../api.js';
import { hrefOf } from '../lib/route.js';
import { useProject, useProjectResource } from '../project.js';
import { ImportZone } from './documents/ImportZone.js';
import { Loaded } from './Status.js';

const numbers = new Intl.NumberFormat();

export function DocumentList({ projectId }: { projectId: string }) {
  const { refresh } = useProject();
  const documents = useProjectResource(() => api.documents(projectId), [projectId]);
  const cases = useProjectResource(() => api.cases(projectId), [projectId]);
  return (
    <section aria-labelledby="documents-title">
      <nav className="crumbs" aria-label="Breadcrumbs"><a href={hrefOf({ view: 'projects' })}>Projects</a></nav>
      <h1 id="documents-title">Documents</h1>
      <ImportZone projectId={projectId} cases={cases.state === 'ready' ? cases.data.map((c) => c.label) : undefined} onImported={refresh} />
      <Loaded resource={documents}>
        {(list) => list.length === 0
          ? <p className="status">No documents yet; choose Import files… or drop transcripts anywhere on this page.</p>
          : (
            <table className="listing">
              <thead>
                <tr>
                  <th scope="col">Name</th><th scope="col">Case</th><th scope="col">Kind</th>
                  <th scope="col" className="num">Turns</th><th scope="col" className="num">Length</th><th scope="col" className="num">Codings</th>
                </tr>
              </thead>
              <tbody>
                {list.map((d) => (
                  <tr key={d.id}>
                    <th scope="row"><a href={hrefOf({ view: 'document', projectId, documentId: d.id })}>{d.name}</a></th>
                    <td>{d.case ?? '—'}</td>
                    <td>{d.kind}</td>
                    <td className="num">{numbers.format(d.turns)}</td>
                    <td className="num">{numbers.format(d.length)} chars</td>
                    <td className="num">{numbers.format(d.codings)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </Loaded>
    </section>
  );
}
