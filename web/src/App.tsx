/** The workbench shell: a header and the view named by the address's hash. */
import { useEffect, useState } from 'react';
import { DocumentList } from './components/DocumentList.js';
import { DocumentPage } from './components/DocumentPage.js';
import { ProjectList } from './components/ProjectList.js';
import { parseRoute, type Route } from './lib/route.js';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App() {
  const route = useRoute();
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">Sparks</a>
      </header>
      <main className="main">
        {route.view === 'projects' && <ProjectList />}
        {route.view === 'documents' && <DocumentList key={route.projectId} projectId={route.projectId} />}
        {route.view === 'document' && <DocumentPage key={route.documentId} projectId={route.projectId} documentId={route.documentId} />}
      </main>
    </>
  );
}
