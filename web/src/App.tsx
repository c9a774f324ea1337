/** The workbench shell: a header and the view named by the address's hash. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useAuth } from './auth.js';
import { AccountMenu } from './components/auth/AccountMenu.js';
import { LoginPage } from './components/auth/LoginPage.js';
import { CodeSystem } from './components/codes/CodeSystem.js';
import { DocumentList } from './components/DocumentList.js';
import { DocumentPage } from './components/DocumentPage.js';
import { HistoryView } from './components/history/HistoryView.js';
import { MembersView } from './components/members/MembersView.js';
import { MemosView } from './components/memos/MemosView.js';
import { ProjectList } from './components/ProjectList.js';
import { ProjectShell } from './components/ProjectShell.js';
import { SearchView } from './components/search/SearchView.js';
import { SegmentsView } from './components/segments/SegmentsView.js';
import { parseRoute, type Route } from './lib/route.js';
import { ProjectProvider } from './project.js';

// Its own chunk: the charting library (Observable Plot, d3) loads only when the tab is opened.
const AnalysisView = lazy(() => import('./components/analysis/AnalysisView.js'));
// Its own chunk too: only those comparing coders open it.
const AgreementView = lazy(() => import('./components/agreement/AgreementView.js'));

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

function ProjectView({ route }: { route: Exclude<Route, { view: 'projects' }> }) {
  const { projectId } = route;
  switch (route.view) {
    case 'documents': return <DocumentList projectId={projectId} />;
    case 'document': return <DocumentPage key={route.documentId} projectId={projectId} documentId={route.documentId} at={route.at} />;
    case 'codes': return <CodeSystem projectId={projectId} codeId={route.codeId} />;
    case 'segments': return <SegmentsView projectId={projectId} query={route.query} />;
    case 'search': return <SearchView projectId={projectId} q={route.q ?? ''} />;
    case 'memos': return <MemosView projectId={projectId} memoId={route.memoId} />;
    case 'analysis': return (
      <Suspense fallback={<p className="status" role="status">Loading…</p>}><AnalysisView projectId={projectId} /></Suspense>
    );
    case 'agreement': return (
      <Suspense fallback={<p className="status" role="status">Loading…</p>}><AgreementView projectId={projectId} /></Suspense>
    );
    case 'members': return <MembersView projectId={projectId} />;
    case 'history': return <HistoryView projectId={projectId} />;
  }
}

/** The view the address names, once someone is logged in. */
function Workbench({ route }: { route: Route }) {
  if (route.view === 'projects') return <ProjectList />;
  return (
    <ProjectProvider key={route.projectId} projectId={route.projectId}>
      <ProjectShell route={route}>
        <ProjectView route={route} />
      </ProjectShell>
    </ProjectProvider>
  );
}

export function App() {
  const route = useRoute();
  const { auth, loggedIn, loggedOut, check } = useAuth();
  return (
    <>
      <header className="top">
        <a className="brand" href="#/">Sparks</a>
        {auth.state === 'in' && (
          <AccountMenu me={auth.me} onLoggedOut={loggedOut} onPasswordChanged={() => loggedIn({ ...auth.me, hasPassword: true })} />
        )}
      </header>
      <main className="main">
        {auth.state === 'checking' && <p className="status" role="status">Loading…</p>}
        {auth.state === 'failed' && (
          <p className="status error" role="alert">{auth.message} <button type="button" onClick={check}>Try again</button></p>
        )}
        {/* No view shows while logged out; the address stays, so logging in opens the same view again. */}
        {auth.state === 'out' && <LoginPage onLoggedIn={loggedIn} />}
        {auth.state === 'in' && <Workbench route={route} />}
      </main>
    </>
  );
}
