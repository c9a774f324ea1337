/**
 * A project's frame: its tabs, undo and redo (for those who may change the project), the help
 * panel, the notice line, a note for readers, and the view of the route.
 */
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { PROJECT_TABS, hrefOf, tabOf, type ProjectTab, type Route } from '../lib/route.js';
import { isTyping, shortcutOf } from '../lib/shortcuts.js';
import { useCommand, useProject } from '../project.js';
import { HelpPanel } from './HelpPanel.js';
import { NoticeLine } from './NoticeLine.js';
import { RoleNote } from './RoleNote.js';

// Its own chunk: the diagram library loads only when the Models tab is opened.
const ModelsView = lazy(() => import('./models/ModelsView.js'));

export function ProjectShell({ route, children }: { route: Route & { projectId: string }; children: ReactNode }) {
  const { projectId, canCode } = useProject();
  const run = useCommand();
  const [help, setHelp] = useState(false);
  const current = tabOf(route);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = shortcutOf(e);
      if (!action || (isTyping(e.target) && action !== 'help-close')) return;
      // A reader's Ctrl+Z is left to the browser: there is nothing of theirs to undo.
      if ((action === 'undo' || action === 'redo') && !canCode) return;
      if (action === 'undo') void run('undo', {}, 'Undone.');
      else if (action === 'redo') void run('redo', {}, 'Redone.');
      else if (action === 'help') setHelp(true);
      else if (action === 'help-close') setHelp(false);
      else if (action.startsWith('tab:')) window.location.hash = hrefOf({ view: action.slice(4) as ProjectTab, projectId } as Route);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, projectId, canCode]);

  return (
    <>
      <nav className="tabs" aria-label="Project views">
        <a className="tab-home" href={hrefOf({ view: 'projects' })}>All projects</a>
        {PROJECT_TABS.map(({ tab, label }) => (
          <a key={tab} className="tab" href={hrefOf({ view: tab, projectId } as Route)} aria-current={current === tab ? 'page' : undefined}>
            {label}
          </a>
        ))}
        <span className="tab-tools">
          {canCode && <>
            <button type="button" onClick={() => void run('undo', {}, 'Undone.')} title="Undo your last change (Ctrl+Z)">Undo</button>
            <button type="button" onClick={() => void run('redo', {}, 'Redone.')} title="Redo what you undid (Ctrl+Shift+Z)">Redo</button>
          </>}
          <button type="button" onClick={() => setHelp(true)} title="Keyboard shortcuts (?)" aria-haspopup="dialog">Help</button>
        </span>
      </nav>
      <RoleNote />
      <NoticeLine />
      {route.view === 'models'
        ? <Suspense fallback={<p className="status" role="status">Loading…</p>}><ModelsView projectId={projectId} modelId={route.modelId} /></Suspense>
        : children}
      {help && <HelpPanel onClose={() => setHelp(false)} canChange={canCode} />}
    </>
  );
}
