/** The project's history: who did what, when, and what was undone; the grounded-theory audit trail. */
import { api } from '../../api.js';
import { describeEvent } from '../../lib/describe-event.js';
import { useCommand, useProject, useProjectResource } from '../../project.js';
import { Loaded } from '../Status.js';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function HistoryView({ projectId }: { projectId: string }) {
  const events = useProjectResource(() => api.events(projectId), [projectId]);
  const { me, canCode } = useProject();
  const run = useCommand();
  return (
    <section aria-labelledby="history-title">
      <h1 id="history-title">History</h1>
      <p className="meta">
        Every change to this project, newest first.
        {canCode && <>
          {' '}Undo and redo act on your own latest change.{' '}
          <button type="button" onClick={() => void run('undo', {}, 'Undone.')}>Undo mine</button>{' '}
          <button type="button" onClick={() => void run('redo', {}, 'Redone.')}>Redo mine</button>
        </>}
      </p>
      <Loaded resource={events}>
        {(list) => list.length === 0 ? <p className="status">Nothing has happened in this project yet.</p> : (
          <ol className="history" aria-label="Changes, newest first">
            {[...list].reverse().map((e) => (
              <li key={e.seq} className={e.undone ? 'history-item undone' : 'history-item'}>
                <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
                <span className="history-actor">{e.actor === me?.name ? `${e.actor} (you)` : e.actor}</span>
                <span className="history-what">{describeEvent(e.command, e.payload)}</span>
                {e.undone && <span className="badge">undone</span>}
              </li>
            ))}
          </ol>
        )}
      </Loaded>
    </section>
  );
}
