/**
 * Autosave without a save button: edits go to the server after a short pause and when the editor
 * is left, and are kept in localStorage until the server confirms them, so a reload or a closed
 * tab loses nothing. Values changed elsewhere (another tab, the command line) replace only the
 * fields the user has not changed since the last save.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';
type Fields = Record<string, string>;

export interface AutosaveOptions<F extends Fields> {
  /** The values on the server, and when they were last written (ISO time): a change of either is a new server copy. */
  server: F;
  serverAt: string;
  /** Where unsaved values wait in localStorage. */
  draftKey: string;
  /** Sends the changed fields; resolves to whether the server took them. */
  save(changes: Partial<F>): Promise<boolean>;
  /** Sends the changed fields as the page closes, without waiting for an answer. */
  saveOnUnload(changes: Partial<F>): void;
  delay?: number;
}

export interface Autosave<F extends Fields> {
  values: F;
  status: SaveStatus;
  set(field: keyof F & string, value: string): void;
  /** Save now (on blur, before leaving). */
  flush(): Promise<void>;
  /** Drop unsaved changes for good (the memo is being deleted). */
  discard(): void;
}

export const AUTOSAVE_DELAY = 800;

function diff<F extends Fields>(values: F, base: F): Partial<F> {
  return Object.fromEntries(Object.entries(values).filter(([k, v]) => base[k] !== v)) as Partial<F>;
}
const isEmpty = (o: object) => Object.keys(o).length === 0;

function readDraft<F extends Fields>(key: string, server: F): F | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<F>;
    const merged = { ...server };
    for (const k of Object.keys(server)) if (typeof draft[k] === 'string') (merged as Fields)[k] = draft[k];
    if (isEmpty(diff(merged, server))) {
      localStorage.removeItem(key);
      return null;
    }
    return merged;
  } catch {
    return null;
  }
}
function writeDraft(key: string, values: Fields | null): void {
  try {
    if (values) localStorage.setItem(key, JSON.stringify(values));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the pause-and-save path still runs.
  }
}

export function useAutosave<F extends Fields>(options: AutosaveOptions<F>): Autosave<F> {
  const opts = useRef(options);
  opts.current = options;
  const saved = useRef<F>(options.server);
  const [values, setValues] = useState<F>(() => readDraft(options.draftKey, options.server) ?? options.server);
  const current = useRef(values);
  const [status, setStatus] = useState<SaveStatus>(() => (isEmpty(diff(current.current, saved.current)) ? 'saved' : 'pending'));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  const discarded = useRef(false);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (discarded.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const changes = diff(current.current, saved.current);
    if (isEmpty(changes)) {
      writeDraft(opts.current.draftKey, null);
      setStatus('saved');
      return;
    }
    inFlight.current = true;
    setStatus('saving');
    let ok = false;
    try {
      ok = await opts.current.save(changes);
    } finally {
      inFlight.current = false;
    }
    if (discarded.current) return;
    if (!ok) {
      again.current = false;
      setStatus('error');
      return;
    }
    saved.current = { ...saved.current, ...changes };
    const left = !isEmpty(diff(current.current, saved.current));
    if (!left) writeDraft(opts.current.draftKey, null);
    setStatus(left ? 'pending' : 'saved');
    if (again.current) {
      again.current = false;
      await flush();
    }
  }, []);

  const set = useCallback((field: keyof F & string, value: string) => {
    if (discarded.current) return;
    current.current = { ...current.current, [field]: value };
    setValues(current.current);
    writeDraft(opts.current.draftKey, current.current);
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), opts.current.delay ?? AUTOSAVE_DELAY);
  }, [flush]);

  const discard = useCallback(() => {
    discarded.current = true;
    clearTimeout(timer.current);
    writeDraft(opts.current.draftKey, null);
  }, []);

  // A new server copy replaces the fields the user has not changed since the last save.
  const serverKey = JSON.stringify([options.server, options.serverAt]);
  useEffect(() => {
    // No check that the copy is newer: undo puts an older `updatedAt` back, and that text must show.
    const { server } = opts.current;
    const next: Fields = { ...current.current };
    for (const k of Object.keys(server)) if (current.current[k] === saved.current[k]) next[k] = server[k]!;
    saved.current = server;
    if (!isEmpty(diff(next as F, current.current))) {
      current.current = next as F;
      setValues(current.current);
    }
  }, [serverKey]);

  // A restored draft is sent soon; leaving the editor sends what is pending.
  useEffect(() => {
    if (!isEmpty(diff(current.current, saved.current))) timer.current = setTimeout(() => void flush(), opts.current.delay ?? AUTOSAVE_DELAY);
    const onUnload = () => {
      const changes = diff(current.current, saved.current);
      if (!discarded.current && !isEmpty(changes)) opts.current.saveOnUnload(changes);
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      clearTimeout(timer.current);
      const changes = diff(current.current, saved.current);
      if (discarded.current || isEmpty(changes)) return;
      const { save, draftKey } = opts.current;
      void save(changes).then((ok) => ok && writeDraft(draftKey, null));
    };
  }, [flush]);

  return { values, status, set, flush, discard };
}
