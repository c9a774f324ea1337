/** Sending a memo's last edit while the page closes, when an ordinary request would be cut off. */
import { projectPath } from '../../api.js';

/** Posts `memo.edit` with `keepalive`, so the browser finishes the request after the tab is gone. */
export function sendEditOnUnload(projectId: string, payload: Record<string, unknown>): void {
  try {
    void fetch(`${projectPath(projectId)}/commands/memo.edit`, {
      method: 'POST',
      credentials: 'same-origin',
      keepalive: true,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    }).catch(() => undefined);
  } catch {
    // The draft stays in localStorage and is sent the next time the memo opens.
  }
}
