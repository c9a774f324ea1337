/** Above the canvas: a new frame, auto-layout, and the figure as SVG or PNG for a paper or a slide. */
import { useState } from 'react';
import { useProject } from '../../project.js';
import { download, svgToPng } from './export-image.js';
import { fetchModelSvg, fileNameOf, modelSvgUrl, type ModelSummary } from './models-api.js';

export function ModelToolbar({ projectId, model, editable, onLayout, onAddFrame }: {
  projectId: string; model: ModelSummary; editable: boolean; onLayout(): Promise<void>; onAddFrame(): Promise<void>;
}) {
  const { notify } = useProject();
  const [busy, setBusy] = useState<'layout' | 'png' | 'frame' | null>(null);
  const png = async () => {
    setBusy('png');
    try {
      const name = fileNameOf(model.name, 'png');
      download(await svgToPng(await fetchModelSvg(projectId, model.id), 2), name);
      notify('info', `Saved the model as ${name}.`);
    } catch (err) {
      notify('error', err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };
  const doing = async (what: 'layout' | 'frame', job: () => Promise<void>) => {
    setBusy(what);
    try {
      await job();
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="model-toolbar" role="toolbar" aria-label="Model tools">
      {editable && (
        <button type="button" onClick={() => void doing('frame', onAddFrame)} disabled={busy !== null}
          title="A titled box to group nodes: what lies inside it moves with it">
          {busy === 'frame' ? 'Adding…' : 'Add frame'}
        </button>
      )}
      {editable && (
        <button type="button" onClick={() => void doing('layout', onLayout)} disabled={busy !== null}
          title={model.layout === 'paradigm' ? 'Arrange the codes in the paradigm model’s columns' : 'Arrange the codes along their relations'}>
          {busy === 'layout' ? 'Arranging…' : 'Auto-layout'}
        </button>
      )}
      <a className="button-link" href={modelSvgUrl(projectId, model.id)} download={fileNameOf(model.name, 'svg')}>Export SVG</a>
      <button type="button" onClick={() => void png()} disabled={busy !== null}>{busy === 'png' ? 'Exporting…' : 'Export PNG'}</button>
    </div>
  );
}
