/**
 * The codes a user applied most recently in a project, newest first, so the picker can offer
 * them before anything is typed. Kept in localStorage (in memory when it is unavailable).
 */

const MAX = 8;
const memory = new Map<string, string[]>();
const keyOf = (projectId: string, user: string) => `sparks:recent-codes:${projectId}:${user}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Ids of the codes this user applied last in this project, newest first. */
export function recentCodes(projectId: string, user: string): string[] {
  const key = keyOf(projectId, user);
  try {
    const raw = storage()?.getItem(key);
    if (raw) {
      const ids = JSON.parse(raw) as unknown;
      if (Array.isArray(ids)) return ids.filter((id): id is string => typeof id === 'string').slice(0, MAX);
    }
  } catch {
    // A corrupt or blocked entry: fall back to this tab's memory.
  }
  return memory.get(key) ?? [];
}

/** Records that this user just applied a code. */
export function rememberCode(projectId: string, user: string, codeId: string): void {
  const key = keyOf(projectId, user);
  const ids = [codeId, ...recentCodes(projectId, user).filter((id) => id !== codeId)].slice(0, MAX);
  memory.set(key, ids);
  try {
    storage()?.setItem(key, JSON.stringify(ids));
  } catch {
    // Storage full or disabled: memory is enough for this session.
  }
}
