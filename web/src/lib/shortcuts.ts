/** The workbench's keyboard shortcuts, in one place so the help panel lists exactly what works. */
import { PROJECT_TABS } from './route.js';

export type ShortcutAction = 'undo' | 'redo' | 'help' | 'help-close' | `tab:${string}`;

/** `changes`: the shortcut changes the project, so a reader (viewer) is not shown it. */
export const SHORTCUTS: readonly { keys: string; does: string; changes?: true }[] = [
  { keys: 'Select text, then type', does: 'Open the code picker at the selection and filter codes by name', changes: true },
  { keys: 'Enter', does: 'In the code picker: apply the highlighted code, or create a code with the typed name', changes: true },
  { keys: '↑ / ↓', does: 'In the code picker or a list: move between entries' },
  { keys: 'Alt+V', does: 'In the code picker: in-vivo coding (a new code named by the selected words)', changes: true },
  { keys: 'Escape', does: 'Close the picker, a details box or this panel' },
  { keys: '→ / ←', does: 'In the code tree: open or close a category, or go to its first sub-code or its parent' },
  { keys: 'Home / End, Enter, F2', does: 'In the code tree: first or last code, select the code, rename it' },
  { keys: 'Ctrl+Z', does: 'Undo your last change', changes: true },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', does: 'Redo what you undid', changes: true },
  { keys: `Alt+1 … Alt+${Math.min(PROJECT_TABS.length, 9)}${PROJECT_TABS.length > 9 ? ', Alt+0' : ''}`, does: PROJECT_TABS.map((t) => t.label).join(', ') },
  { keys: 'Delete', does: 'In a model: take the selected nodes or frames off the model (what a frame holds stays), or delete the selected relations', changes: true },
  { keys: '?', does: 'Show this list' },
  { keys: 'Tab / Shift+Tab', does: 'Move between controls; the focused one is outlined' },
];


export function shortcutOf(e: KeyboardEvent): ShortcutAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (mod && !e.altKey && key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (mod && !e.altKey && key === 'y') return 'redo';
  if (e.key === 'Escape') return 'help-close';
  // Alt+1 … Alt+9 open the first nine tabs, Alt+0 the tenth, as the digits lie on the keyboard.
  const digit = !mod && e.altKey && /^Digit[0-9]$/.test(e.code) ? Number(e.code.slice(5)) : null;
  const tab = digit === null ? undefined : PROJECT_TABS[digit === 0 ? 9 : digit - 1];
  if (tab) return `tab:${tab.tab}`;
  if (!mod && !e.altKey && e.key === '?') return 'help';
  return null;
}

/** Whether a key press belongs to a text field (whose own undo and typing win). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
    || (target.tagName === 'INPUT' && !['button', 'checkbox', 'radio', 'submit'].includes((target as HTMLInputElement).type));
}
