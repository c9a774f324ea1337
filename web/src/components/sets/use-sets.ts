/** The project's sets, reloaded with the project's other data. */
import type { SetView } from '../../../../src/contract/sets.js';
import { api } from '../../api.js';
import { useProjectResource } from '../../project.js';

const NONE: readonly SetView[] = [];

/**
 * Sets are an extra beside the codes and documents: while they load, or when the server cannot
 * send them, the views show none rather than a second "Loading…" or error line.
 */
export function useSets(projectId: string): readonly SetView[] {
  const sets = useProjectResource(() => api.sets(projectId), [projectId]);
  return sets.state === 'ready' ? sets.data : NONE;
}
