/** The projects the user may open, with their size at a glance. */
import { api } from '../api.js';
import { hrefOf } from '../lib/route.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './Status.js';

export function ProjectList() {
  const projects = useResource(() => api.projects(), []);
  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title">Projects</h1>
      <Loaded resource={projects}>
        {(list) => list.length === 0
          ? <p className="status">No projects yet; create one with <code>sparks project create NAME</code>.</p>
          : (
            <table className="listing">
              <thead>
                <tr><th scope="col">Name</th><th scope="col" className="num">Documents</th><th scope="col" className="num">Codes</th><th scope="col" className="num">Codings</th></tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.id}>
                    <th scope="row"><a href={hrefOf({ view: 'documents', projectId: p.id })}>{p.name}</a></th>
                    <td className="num">{p.documents}</td>
                    <td className="num">{p.codes}</td>
                    <td className="num">{p.codings}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </Loaded>
    </section>
  );
}
