/** The typed client of the Sparks JSON API. Only types come from the server code; nothing of it is bundled. */
import type { CodeListing } from '../../src/store/queries/codes.js';
import type { FrequencyResponse, MatrixResult, ReportFormat, ReportKind, SaturationResponse } from '../../src/contract/analysis.js';
import type { z } from 'zod';
import type { CommandName, CommandPayload, CommandResult, LiveEvent, loginBody, Me, passwordBody } from '../../src/contract/project.js';
import type { ExportableProjects } from '../../src/contract/exchange.js';
import type { SetsResponse } from '../../src/contract/sets.js';
import type { EventListing } from '../../src/store/queries/events.js';
import type { DocumentView } from '../../src/store/queries/document-view.js';
import type { CaseListing, DocumentListing, MemoListing } from '../../src/store/queries/listings.js';
import type { ProjectSummary } from '../../src/store/queries/projects.js';
import type { roleIn } from '../../src/store/queries/access.js';

export type { CaseListing, CodeListing, DocumentListing, DocumentView, EventListing, MemoListing, ProjectSummary };
export type { CommandName, CommandPayload, CommandResult, LiveEvent, Me };
export type { FrequencyResponse, MatrixResult, ReportFormat, ReportKind, SaturationResponse };
/** What the caller may do in a project: `admin` is a server administrator, who may do everything. */
export type ProjectRole = NonNullable<Awaited<ReturnType<typeof roleIn>>>;

/**
 * A failed request, with the server's one-sentence explanation and the rest of its answer: a 409
 * (an edit made on an outdated copy) carries `current`, the object as it is stored now.
 */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly body: unknown = null) {
    super(message);
  }

  /** The stored object a refused edit collided with, when the server sent it. */
  get current(): unknown {
    return this.status === 409 ? (this.body as { current?: unknown } | null)?.current : undefined;
  }
}

/**
 * Told when a request answers 401 (the session ended or expired), so the app can show the login page.
 * A request started before the latest login is ignored: its 401 speaks of the old session.
 */
const unauthorizedListeners = new Set<() => void>();
let sessionEpoch = 0;
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

/** One JSON request to the API, with the server's explanation as the error when it refuses. */
export async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const epoch = sessionEpoch;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'Sparks is not answering; check that `sparks serve` is still running.');
  }
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const error = (data as { error?: unknown } | null)?.error;
    // A refused login is a 401 too, but its sentence (wrong password) is the one to show.
    if (res.status === 401 && path !== '/api/login') {
      if (epoch === sessionEpoch) unauthorizedListeners.forEach((listener) => listener());
      throw new ApiError(401, 'You are not logged in; log in, or open the address `sparks start` printed.');
    }
    throw new ApiError(res.status, typeof error === 'string' ? error : `The server answered ${res.status}.`, data);
  }
  return data as T;
}

export const projectPath = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;

/** Logs in by name (or e-mail) and password; the server sets the session cookie. */
export async function login(name: string, password: string): Promise<Me> {
  const body: z.infer<typeof loginBody> = { name, password };
  const me = await request<Me>('POST', '/api/login', body);
  sessionEpoch++;
  return me;
}

export const logout = () => request<{ ok: true }>('POST', '/api/logout');

/** Other sessions of the user end; this one stays. */
export function changePassword(current: string, next: string): Promise<{ ok: true }> {
  const body: z.infer<typeof passwordBody> = { current, next };
  return request('POST', '/api/password', body);
}

export const api = {
  me: () => request<Me>('GET', '/api/me'),
  projects: () => request<ProjectSummary[]>('GET', '/api/projects'),
  /** The projects the caller may download whole as REFI-QDA (.qdpx): those they own. */
  exportable: () => request<ExportableProjects>('GET', '/api/projects/exportable'),
  documents: (projectId: string) => request<DocumentListing[]>('GET', `${projectPath(projectId)}/documents`),
  document: (projectId: string, documentId: string) =>
    request<DocumentView>('GET', `${projectPath(projectId)}/documents/${encodeURIComponent(documentId)}`),
  role: (projectId: string) => request<{ role: ProjectRole }>('GET', `${projectPath(projectId)}/role`),
  codes: (projectId: string) => request<CodeListing[]>('GET', `${projectPath(projectId)}/codes`),
  cases: (projectId: string) => request<CaseListing[]>('GET', `${projectPath(projectId)}/cases`),
  memos: (projectId: string) => request<MemoListing[]>('GET', `${projectPath(projectId)}/memos`),
  /** The project's sets: named groups of codes, documents and memos, made in Sparks or brought in with an imported project. */
  sets: (projectId: string) => request<SetsResponse>('GET', `${projectPath(projectId)}/sets`),
  events: (projectId: string, limit = 500) => request<EventListing[]>('GET', `${projectPath(projectId)}/events?limit=${limit}`),
  /** Run a command; its name and payload are checked against the commands' own schemas at compile time. */
  command: <N extends CommandName>(projectId: string, name: N, payload: CommandPayload<N>) =>
    request<CommandResult<N>>('POST', `${projectPath(projectId)}/commands/${encodeURIComponent(name)}`, payload),
  /** The analysis panels; each takes its query string as `web/src/lib/analysis-query.ts` builds it. */
  analysis: {
    frequency: (projectId: string, query: string) => request<FrequencyResponse>('GET', `${projectPath(projectId)}/analysis/frequency?${query}`),
    saturation: (projectId: string, query: string) => request<SaturationResponse>('GET', `${projectPath(projectId)}/analysis/saturation?${query}`),
    matrix: (projectId: string, query: string) => request<MatrixResult>('GET', `${projectPath(projectId)}/analysis/matrix?${query}`),
  },
};

/** Address of a report download, from its path as `reportPath` in `lib/analysis-query.ts` builds it. */
export const reportUrl = (projectId: string, path: string) => `${projectPath(projectId)}/${path}`;
