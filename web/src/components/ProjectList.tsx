/** The projects the user may open, with their size at a glance, and a form to start a new one. */
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { createProjectBody } from '../../../src/contract/project.js';
import { api, ApiError, request } from '../api.js';
import { hrefOf } from '../lib/route.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './Status.js';
import { ProjectDownload, useExportable } from './exchange/ProjectDownload.js';
import { ProjectImport } from './exchange/ProjectImport.js';

export function ProjectList() {
  // Moves on after an import from another program, so the new project shows in the list.
  const [version, setVersion] = useState(0);
  const projects = useResource(() => api.projects(), [], version);
  const exportable = useExportable(version);
  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title">Projects</h1>
      <NewProjectForm />
      <ProjectImport onImported={() => setVersion((v) => v + 1)} />
      <Loaded resource={projects}>
        {(list) => list.length === 0
          ? <p className="status">No projects yet; create one above.</p>
          : (
            <table className="listing">
              <thead>
                <tr><th scope="col">Name</th><th scope="col" className="num">Documents</th><th scope="col" className="num">Codes</th><th scope="col" className="num">Codings</th>{exportable.size > 0 && <th scope="col">Other programs</th>}</tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.id}>
                    <th scope="row"><a href={hrefOf({ view: 'documents', projectId: p.id })}>{p.name}</a></th>
                    <td className="num">{p.documents}</td>
                    <td className="num">{p.codes}</td>
                    <td className="num">{p.codings}</td>
                    {exportable.size > 0 && <td>{exportable.has(p.id) && <ProjectDownload project={p} />}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </Loaded>
    </section>
  );
}

/** Creates a project and opens it; the server's sentence explains a refusal (such as a name in use). */
function NewProjectForm() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body: z.infer<typeof createProjectBody> = { name: name.trim() };
    if (!body.name) {
      setError('Type a name for the new project, then choose Create project.');
      return;
    }
    setBusy(true);
    try {
      const project = await request<{ id: string }>('POST', '/api/projects', body);
      window.location.hash = hrefOf({ view: 'documents', projectId: project.id });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <form className="new-project" aria-label="New project" onSubmit={(e) => void submit(e)}>
      <label>
        Name of a new project{' '}
        <input value={name} onChange={(e) => { setName(e.target.value); setError(null); }} aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-project-error' : undefined} maxLength={200} />
      </label>{' '}
      <button type="submit" className="primary" disabled={busy}>Create project</button>
      {error && <p id="new-project-error" className="status error" role="alert">{error}</p>}
    </form>
  );
}
