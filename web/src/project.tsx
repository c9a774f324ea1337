/**
 * The open project: who is working and in which role, a version that moves on every change (from
 * this tab, another tab, another user or the command line, via the live feed), command sending,
 * and the notice line.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, ApiError, type CommandName, type CommandPayload, type CommandResult, type LiveEvent, type Me, type ProjectRole } from './api.js';
import { useResource, type Resource } from './use-resource.js';

export interface Notice { kind: 'info' | 'error'; text: string; id: number }

interface ProjectState {
  projectId: string;
  me: Me | null;
  /** The caller's role here; null while it loads, or when it could not be loaded. */
  role: ProjectRole | null;
  /** May code, write memos and edit codes. False until the role is known: controls appear, never vanish. */
  canCode: boolean;
  /** May change the project's settings and members. */
  canManage: boolean;
  /** Why the role could not be loaded (changes stay off meanwhile); `retryRole` asks again. */
  roleProblem: string | null;
  retryRole(): void;
  /** Moves on every change to the project; views reload their data when it does. */
  version: number;
  /** The latest events seen, newest last (for the history panel and live hints). */
  recent: readonly LiveEvent[];
  notice: Notice | null;
  notify(kind: Notice['kind'], text: string): void;
  refresh(): void;
}

/** What each role may do, as the server enforces it (it refuses the rest with a 403 anyway). */
export const canCodeAs = (role: ProjectRole | null): boolean => role === 'coder' || role === 'owner' || role === 'admin';
export const canManageAs = (role: ProjectRole | null): boolean => role === 'owner' || role === 'admin';

const ProjectContext = createContext<ProjectState | null>(null);

export function useProject(): ProjectState {
  const state = useContext(ProjectContext);
  if (!state) throw new Error('useProject needs a ProjectProvider above it.');
  return state;
}

/** Loads data that reloads whenever the project changes, keeping the old data on screen meanwhile. */
export function useProjectResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const { version } = useProject();
  return useResource(load, deps, version);
}

/** How a caller takes over a refused edit: a 409 goes to `onConflict` with the object as stored now. */
export interface RunOptions<N extends CommandName> {
  onConflict?(current: CommandResult<N>, message: string): void;
}

/**
 * Sends a command as the logged-in user. Resolves to its result, or to undefined after showing
 * the server's one-sentence explanation when it was refused. An edit refused because someone
 * else changed the object meanwhile (409) also reloads the views, whose copy is outdated; with
 * `onConflict` the caller shows it instead of the notice line.
 */
export type RunCommand = <N extends CommandName>(
  name: N, payload: CommandPayload<N>, done?: string, options?: RunOptions<N>,
) => Promise<CommandResult<N> | undefined>;

export function useCommand(): RunCommand {
  const { projectId, notify, refresh } = useProject();
  return useCallback(async <N extends CommandName>(name: N, payload: CommandPayload<N>, done?: string, options?: RunOptions<N>) => {
    try {
      const result = await api.command(projectId, name, payload);
      if (done) notify('info', done);
      refresh();
      return result;
    } catch (err) {
      const current = err instanceof ApiError ? err.current : undefined;
      if (current !== undefined && current !== null) {
        refresh();
        if (options?.onConflict) {
          options.onConflict(current as CommandResult<N>, (err as ApiError).message);
          return undefined;
        }
      }
      notify('error', err instanceof ApiError ? err.message : String(err));
      return undefined;
    }
  }, [projectId, notify, refresh]);
}

const MAX_RECENT = 200;

export function ProjectProvider({ projectId, children }: { projectId: string; children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const [recent, setRecent] = useState<LiveEvent[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const me = useResource(() => api.me(), []);
  // Once per project (App keys this provider by it); a failed load is asked again only on request.
  const [roleAttempt, setRoleAttempt] = useState(0);
  const roleResource = useResource(() => api.role(projectId), [projectId], roleAttempt);
  const retryRole = useCallback(() => setRoleAttempt((n) => n + 1), []);
  const role = roleResource.state === 'ready' ? roleResource.data.role : null;
  const roleProblem = roleResource.state === 'error' ? roleResource.message : null;
  const noticeId = useRef(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const notify = useCallback((kind: Notice['kind'], text: string) => setNotice({ kind, text, id: ++noticeId.current }), []);

  useEffect(() => {
    const source = new EventSource(`/api/projects/${encodeURIComponent(projectId)}/live`);
    source.onmessage = (message: MessageEvent<string>) => {
      const events = JSON.parse(message.data) as LiveEvent[];
      setRecent((r) => [...r, ...events].slice(-MAX_RECENT));
      refresh();
    };
    // After a lost connection (a restarted server) the feed resumes from now: reload to catch up.
    // The first opening has nothing to catch up on: the views are loading already.
    let opened = false;
    source.onopen = () => {
      if (opened) refresh();
      opened = true;
    };
    return () => source.close();
  }, [projectId, refresh]);

  const value = useMemo<ProjectState>(() => ({
    projectId, me: me.state === 'ready' ? me.data : null, role, canCode: canCodeAs(role), canManage: canManageAs(role),
    roleProblem, retryRole, version, recent, notice, notify, refresh,
  }), [projectId, me, role, roleProblem, retryRole, version, recent, notice, notify, refresh]);
  return <ProjectContext.Provider value={value}>{children}</ProjectContext.Provider>;
}
