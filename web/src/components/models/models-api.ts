/** The relations and models reads, typed by the shared contract; changes go through the command endpoint. */
import type {
  ModelNodeView, ModelSummary, ModelView, NodeStyle, RelationTypeView, RelationView,
} from '../../../../src/contract/models.js';
import { projectPath, request } from '../../api.js';

export type { ModelNodeView, ModelSummary, ModelView, NodeStyle, RelationTypeView, RelationView };

const modelPath = (projectId: string, modelId: string) => `${projectPath(projectId)}/models/${encodeURIComponent(modelId)}`;

export const fetchModels = (projectId: string) => request<ModelSummary[]>('GET', `${projectPath(projectId)}/models`);

export const fetchModel = (projectId: string, modelId: string) => request<ModelView>('GET', modelPath(projectId, modelId));

/** The model as a self-contained SVG figure, drawn by the server (the same as `sparks model export`). */
export const modelSvgUrl = (projectId: string, modelId: string) => `${modelPath(projectId, modelId)}.svg`;

/** A file name for a download: the model's name without characters file systems refuse. */
export function fileNameOf(name: string, extension: string): string {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${base || 'model'}.${extension}`;
}

/** The SVG figure's text, for drawing it into a PNG; the server's sentence when it refuses. */
export async function fetchModelSvg(projectId: string, modelId: string): Promise<string> {
  const res = await fetch(modelSvgUrl(projectId, modelId), { credentials: 'same-origin' }).catch(() => null);
  if (!res) throw new Error('Sparks is not answering; check that `sparks serve` is still running.');
  if (!res.ok) {
    const error = ((await res.json().catch(() => null)) as { error?: unknown } | null)?.error;
    throw new Error(typeof error === 'string' ? error : `The server answered ${res.status}.`);
  }
  return res.text();
}
