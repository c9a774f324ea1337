/** The project's models: open one, create one (free or paradigm layout), rename or delete one. */
import { useState } from 'react';
import { projectPath } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import { useCommand, useProject } from '../../project.js';
import { ConfirmDialog } from '../codes/ConfirmDialog.js';
import type { ModelSummary } from './models-api.js';
import { NewModelForm } from './NewModelForm.js';
import { RenameInput } from '../codes/RenameInput.js';

const quoted = (s: string) => `“${s}”`;

export function ModelList({ projectId, models }: { projectId: string; models: readonly ModelSummary[] }) {
  const run = useCommand();
  const { canCode } = useProject();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ModelSummary | null>(null);

  const create = async (name: string, layout: ModelSummary['layout']) => {
    const made = await run('model.create', { name, layout }, `Created the model ${quoted(name.trim())}.`);
    if (made) window.location.hash = hrefOf({ view: 'models', projectId, modelId: made.id });
    return made !== undefined;
  };
  const rename = async (m: ModelSummary, name: string | null) => {
    setRenaming(null);
    if (name === null || name.trim() === '' || name.trim() === m.name) return;
    await run('model.edit', { model: m.name, name, version: m.version }, `Renamed the model ${quoted(m.name)} to ${quoted(name.trim())}.`);
  };
  const remove = async (m: ModelSummary) => {
    setDeleting(null);
    await run('model.delete', { model: m.name }, `Deleted the model ${quoted(m.name)}; its relations stay in the project. Ctrl+Z brings it back.`);
  };

  return (
    <>
      {canCode && <NewModelForm onCreate={create} />}
      {models.length === 0
        ? <p className="status">No models yet.{canCode ? ' Create one above, then add codes and draw their relations.' : ''}</p>
        : (
          <table className="listing model-list">
            <caption className="meta">Diagrams of codes and their relations; a relation drawn on one model belongs to the project and shows on every model holding both codes.</caption>
            <thead><tr><th scope="col">Model</th><th scope="col">Layout</th><th scope="col" className="num">Nodes</th>{canCode && <th scope="col"><span className="visually-hidden">Actions</span></th>}</tr></thead>
            <tbody>
              {models.map((m) => (
                <tr key={m.id} data-model={m.name}>
                  <th scope="row">
                    {renaming === m.id
                      ? <RenameInput name={m.name} onDone={(name) => void rename(m, name)} />
                      : <a href={hrefOf({ view: 'models', projectId, modelId: m.id })}>{m.name}</a>}
                    {m.description && <span className="meta model-description">{m.description}</span>}
                  </th>
                  <td>{m.layout === 'paradigm' ? 'paradigm' : 'free'}</td>
                  <td className="num">{m.nodes}</td>
                  {canCode && (
                    <td className="model-actions">
                      <button type="button" aria-label={`Rename ${m.name}`} onClick={() => setRenaming(m.id)}>Rename</button>
                      <button type="button" className="danger" aria-label={`Delete ${m.name}`} onClick={() => setDeleting(m)}>Delete</button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      <p className="model-relations-table">
        The relations table for a methods appendix, with the evidence quoted:{' '}
        <a href={`${projectPath(projectId)}/relations.csv?evidence=quotes`} download>CSV</a>
        {' · '}
        <a href={`${projectPath(projectId)}/relations.md?evidence=quotes`} download>Markdown</a>
      </p>
      {deleting && (
        <ConfirmDialog title={`Delete the model ${quoted(deleting.name)}?`} onCancel={() => setDeleting(null)}
          choices={[{ label: 'Delete model', tone: 'danger', onChoose: () => void remove(deleting) }]}>
          <p>
            Its {deleting.nodes} {deleting.nodes === 1 ? 'node goes' : 'nodes go'} with it; the codes and their relations stay in the
            project. Ctrl+Z brings the model back.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
