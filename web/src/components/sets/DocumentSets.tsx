/** The Documents view's "Document sets" section, below the list: sets of documents, with the memos they also hold. */
import { KindSets } from './KindSets.js';
import { useSets } from './use-sets.js';

export function DocumentSets({ projectId, documents }: { projectId: string; documents: readonly { id: string; name: string }[] }) {
  const sets = useSets(projectId);
  return (
    <KindSets projectId={projectId} kind="document" title="Document sets" sets={sets} candidates={documents} listed={['document', 'memo']}
      intro="Sets group documents, for example by participant, by phase of the study or by kind of file." />
  );
}
