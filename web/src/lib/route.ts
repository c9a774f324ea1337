/**
 * Hash routes of the app: #/, #/projects/ID[/documents|codes|segments|memos|analysis|models|agreement|members|history],
 * #/projects/ID/documents/DOC[?at=OFFSET], #/projects/ID/memos/MEMO, #/projects/ID/segments?QUERY,
 * #/projects/ID/search?q=WORDS, #/projects/ID/models/MODEL.
 */

export type ProjectTab = 'documents' | 'codes' | 'segments' | 'search' | 'memos' | 'analysis' | 'models' | 'agreement' | 'members' | 'history';

/** A project's tabs in order: the navigation shows them so, and Alt+1… opens them so. */
export const PROJECT_TABS: readonly { tab: ProjectTab; label: string }[] = [
  { tab: 'documents', label: 'Documents' },
  { tab: 'codes', label: 'Code system' },
  { tab: 'segments', label: 'Segments' },
  { tab: 'search', label: 'Search' },
  { tab: 'memos', label: 'Memos' },
  { tab: 'analysis', label: 'Analysis' },
  { tab: 'models', label: 'Models' },
  { tab: 'agreement', label: 'Agreement' },
  { tab: 'members', label: 'Members' },
  { tab: 'history', label: 'History' },
];

export type Route =
  | { view: 'projects' }
  | { view: 'documents'; projectId: string }
  | { view: 'document'; projectId: string; documentId: string; at?: number }
  | { view: 'codes'; projectId: string; codeId?: string }
  | { view: 'segments'; projectId: string; query?: string }
  | { view: 'search'; projectId: string; q?: string }
  | { view: 'memos'; projectId: string; memoId?: string }
  | { view: 'analysis'; projectId: string }
  | { view: 'models'; projectId: string; modelId?: string }
  | { view: 'agreement'; projectId: string }
  | { view: 'members'; projectId: string }
  | { view: 'history'; projectId: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2) as [string, string?];
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const params = new URLSearchParams(query);
  if (parts[0] !== 'projects' || !parts[1]) return { view: 'projects' };
  const projectId = parts[1];
  switch (parts[2]) {
    case 'documents': {
      if (!parts[3]) return { view: 'documents', projectId };
      const at = Number(params.get('at'));
      return params.has('at') && Number.isInteger(at) && at >= 0
        ? { view: 'document', projectId, documentId: parts[3], at }
        : { view: 'document', projectId, documentId: parts[3] };
    }
    case 'codes': return parts[3] ? { view: 'codes', projectId, codeId: parts[3] } : { view: 'codes', projectId };
    case 'segments': return query ? { view: 'segments', projectId, query } : { view: 'segments', projectId };
    case 'search': return params.get('q') ? { view: 'search', projectId, q: params.get('q')! } : { view: 'search', projectId };
    case 'memos': return parts[3] ? { view: 'memos', projectId, memoId: parts[3] } : { view: 'memos', projectId };
    case 'analysis': return { view: 'analysis', projectId };
    case 'models': return parts[3] ? { view: 'models', projectId, modelId: parts[3] } : { view: 'models', projectId };
    case 'agreement': return { view: 'agreement', projectId };
    case 'members': return { view: 'members', projectId };
    case 'history': return { view: 'history', projectId };
    default: return { view: 'documents', projectId };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function hrefOf(route: Route): string {
  const e = encodeURIComponent;
  const p = (r: { projectId: string }) => `#/projects/${e(r.projectId)}`;
  switch (route.view) {
    case 'projects': return '#/';
    case 'documents': return p(route);
    case 'document': return `${p(route)}/documents/${e(route.documentId)}${route.at === undefined ? '' : `?at=${route.at}`}`;
    case 'codes': return `${p(route)}/codes${route.codeId ? `/${e(route.codeId)}` : ''}`;
    case 'segments': return `${p(route)}/segments${route.query ? `?${route.query}` : ''}`;
    case 'search': return `${p(route)}/search${route.q ? `?q=${e(route.q)}` : ''}`;
    case 'memos': return `${p(route)}/memos${route.memoId ? `/${e(route.memoId)}` : ''}`;
    case 'analysis': return `${p(route)}/analysis`;
    case 'models': return `${p(route)}/models${route.modelId ? `/${e(route.modelId)}` : ''}`;
    case 'agreement': return `${p(route)}/agreement`;
    case 'members': return `${p(route)}/members`;
    case 'history': return `${p(route)}/history`;
  }
}

/** The tab a route belongs to, for the project's navigation. */
export function tabOf(route: Route): ProjectTab | null {
  switch (route.view) {
    case 'projects': return null;
    case 'document': return 'documents';
    default: return route.view;
  }
}
