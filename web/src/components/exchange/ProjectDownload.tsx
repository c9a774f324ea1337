/**
 * The whole project as a REFI-QDA file for ATLAS.ti, NVivo or MAXQDA. Only owners get the link:
 * the file holds every coder's codings, which blind coders must not see (the server refuses others).
 */
import { useMemo } from 'react';
import { exportPath } from '../../../../src/contract/exchange.js';
import { api } from '../../api.js';
import { useResource } from '../../use-resource.js';

/** The ids of the projects the caller may download whole; empty while loading or when that fails. */
export function useExportable(version = 0): ReadonlySet<string> {
  const owned = useResource(() => api.exportable(), [], version);
  return useMemo(() => new Set(owned.state === 'ready' && Array.isArray(owned.data) ? owned.data : []), [owned]);
}

export function ProjectDownload({ project }: { project: { id: string; name: string } }) {
  return (
    // The row's header names the project, so the links' own words need not repeat it.
    <span className="project-download">
      <a href={exportPath(project.id)} download={`${project.name}.qdpx`}
        title="The whole project, every coder's codings included, for ATLAS.ti, NVivo, MAXQDA and other programs">
        Download as REFI-QDA (.qdpx)
      </a>
      <a href={exportPath(project.id, 'crlf')} download={`${project.name}.qdpx`} className="meta"
        title="The same file with Windows line ends: use it if another program shows the codings shifted by one character per line">
        with Windows line ends
      </a>
    </span>
  );
}
