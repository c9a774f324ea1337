/** Hash routes of the app: #/, #/projects/ID, #/projects/ID/documents/ID. */

export type Route =
  | { view: 'projects' }
  | { view: 'documents'; projectId: string }
  | { view: 'document'; projectId: string; documentId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'projects' && parts[1]) {
    if (parts[2] === 'documents' && parts[3]) return { view: 'document', projectId: parts[1], documentId: parts[3] };
    return { view: 'documents', projectId: parts[1] };
  }
  return { view: 'projects' };
}

export function hrefOf(route: Route): string {
  const e = encodeURIComponent;
  switch (route.view) {
    case 'projects': return '#/';
    case 'documents': return `#/projects/${e(route.projectId)}`;
    case 'document': return `#/projects/${e(route.projectId)}/documents/${e(route.documentId)}`;
  }
}
