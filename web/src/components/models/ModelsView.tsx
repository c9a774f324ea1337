/**
 * The Models tab: the project's models, or one model in the editor. Its own chunk, loaded when the
 * tab opens: the diagram library and its layout engine are large.
 */
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { api } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import { useProject, useProjectResource } from '../../project.js';
import { useResource } from '../../use-resource.js';
import { Loaded } from '../Status.js';
import { ModelList } from './ModelList.js';
import { tick } from './model-flow.js';
import { fetchModel, fetchModels } from './models-api.js';
import { ModelWorkspace } from './ModelWorkspace.js';
import { PARADIGM_NOTE } from './NewModelForm.js';
import './models.css';

/** Commands that change no code, so the code list need not be read again after them. */
const DIAGRAM_ONLY = /^(model|relation|relationType)\./;

export default function ModelsView({ projectId, modelId }: { projectId: string; modelId?: string | undefined }) {
  return modelId ? <ModelEditor key={modelId} projectId={projectId} modelId={modelId} /> : <ModelIndex projectId={projectId} />;
}

function ModelIndex({ projectId }: { projectId: string }) {
  const models = useProjectResource(() => fetchModels(projectId), [projectId]);
  return (
    <section className="models-view" aria-labelledby="models-title">
      <h1 id="models-title">Models</h1>
      <p className="meta">
        Draw how your categories relate — for axial coding, the paradigm model: conditions lead to a phenomenon, which has consequences.
      </p>
      <Loaded resource={models}>{(list) => <ModelList projectId={projectId} models={list} />}</Loaded>
    </section>
  );
}

function ModelEditor({ projectId, modelId }: { projectId: string; modelId: string }) {
  // Every change in the project reloads the model (its counts follow coding); the code and memo
  // lists only follow changes that are not to relations or models, so a drag does not reload them.
  const view = useProjectResource(async () => {
    // When the read started: the editor keeps changes answered after it (see `settle`).
    const readAt = tick();
    return { ...(await fetchModel(projectId, modelId)), readAt };
  }, [projectId, modelId]);
  const { recent } = useProject();
  const codesVersion = useMemo(() => recent.findLast((e) => !DIAGRAM_ONLY.test(e.command))?.seq ?? 0, [recent]);
  const codes = useResource(() => api.codes(projectId), [projectId], codesVersion);
  const memos = useResource(() => api.memos(projectId), [projectId], codesVersion);
  return (
    <section className="models-view model-editor" aria-labelledby="model-title">
      <p className="crumbs"><a href={hrefOf({ view: 'models', projectId })}>All models</a></p>
      <Loaded resource={view}>
        {(v) => (
          <>
            <h1 id="model-title">{v.model.name}</h1>
            {v.model.description && <p className="meta">{v.model.description}</p>}
            {v.model.layout === 'paradigm' && <p className="meta">{PARADIGM_NOTE}</p>}
            <ReactFlowProvider>
              <ModelWorkspace projectId={projectId} view={v} readAt={v.readAt} codes={codes.state === 'ready' ? codes.data : null}
                memos={memos.state === 'ready' ? memos.data : null} />
            </ReactFlowProvider>
          </>
        )}
      </Loaded>
    </section>
  );
}
