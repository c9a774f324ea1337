/**
 * Autosave without a save button: edits go to the server after a short pause and when the editor
 * is left, and are kept in localStorage until the server confirms them, so a reload or a closed
 * tab loses nothing. Values changed elsewhere (another tab, the command line) replace only the
 * fields the user has not changed since the last save.
 *
 * Each save carries the version of the server copy it was made on. When someone else changed a
 * field the user is changing too, that version is kept, so the server refuses the save (a
 * conflict): saving then pauses, the draft stays, and `resolve` says which version stays.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { diff, isEmpty, readDraft, writeDraft, type Fields } from './draft-store.js';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';
/** A save refused (kept to try again), refused as made on an outdated copy (with the values stored now), or taken (with the new version). */
export type SaveAnswer<F extends Fields> = false | { conflict: F } | { version?: number | undefined };

export interface AutosaveOptions<F extends Fields> {
  /** The values on the server, and when they were last written (ISO time): a change of either is a new server copy. */
  server: F;
  serverAt: string;
  /** The server copy's edit counter; absent, saves apply whatever changed meanwhile. */
  serverVersion?: number | undefined;
  /** Where unsaved values wait in localStorage. */
  draftKey: string;
  /** Sends the changed fields, made on `version` of the server copy. */
  save(changes: Partial<F>, version: number | undefined): Promise<SaveAnswer<F>>;
  /** Sends the changed fields as the page closes, without waiting for an answer. */
  saveOnUnload(changes: Partial<F>, version: number | undefined): void;
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
  /** Ends a conflict: `theirs` (at `version`) becomes the saved copy; the user's values are then saved over it, or replaced by it. */
  resolve(theirs: F, version: number, keepMine: boolean): Promise<void>;
}

export const AUTOSAVE_DELAY = 800;

export function useAutosave<F extends Fields>(options: AutosaveOptions<F>): Autosave<F> {
  const opts = useRef(options);
  opts.current = options;
  const saved = useRef<F>(options.server);
  const [restored] = useState(() => readDraft(options.draftKey, options.server));
  const [values, setValues] = useState<F>(restored?.values ?? options.server);
  const current = useRef(values);
  // The version the saved values were read at; a restored draft keeps the one it was written on.
  const base = useRef<number | undefined>(restored?.version ?? options.serverVersion);
  const [status, setStatus] = useState<SaveStatus>(() => (isEmpty(diff(current.current, saved.current)) ? 'saved' : 'pending'));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);
  const discarded = useRef(false);
  // A conflict is being shown: nothing is sent until it is resolved.
  const held = useRef(false);
  // Someone else changed a field the user is changing: newer versions are not taken until a save settles it.
  const stale = useRef(false);
  const keep = () => writeDraft(opts.current.draftKey, current.current, base.current);
  // Values stored elsewhere replace the fields the user has not changed since the last save.
  const merge = (server: F) => {
    const next: Fields = { ...current.current };
    for (const k of Object.keys(server)) if (current.current[k] === saved.current[k]) next[k] = server[k]!;
    saved.current = server;
    if (!isEmpty(diff(next as F, current.current))) {
      current.current = next as F;
      setValues(current.current);
    }
  };

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (discarded.current || held.current) return;
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
    let answer: SaveAnswer<F> = false;
    try {
      answer = await opts.current.save(changes, base.current);
    } finally {
      inFlight.current = false;
    }
    if (discarded.current) return;
    if (!answer || 'conflict' in answer) {
      again.current = false;
      held.current = !!answer;
      // Their values fill the fields the user left alone; the draft keeps the old version, so a reload compares again.
      if (answer) {
        merge(answer.conflict);
        keep();
      }
      setStatus(answer ? 'conflict' : 'error');
      return;
    }
    stale.current = false;
    if (answer.version !== undefined) base.current = answer.version;
    saved.current = { ...saved.current, ...changes };
    const left = !isEmpty(diff(current.current, saved.current));
    if (left) keep();
    else writeDraft(opts.current.draftKey, null);
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
    keep();
    if (held.current) return;
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), opts.current.delay ?? AUTOSAVE_DELAY);
  }, [flush]);

  const discard = useCallback(() => {
    discarded.current = true;
    clearTimeout(timer.current);
    writeDraft(opts.current.draftKey, null);
  }, []);

  const resolve = useCallback(async (theirs: F, version: number, keepMine: boolean) => {
    held.current = false;
    stale.current = false;
    base.current = version;
    saved.current = theirs;
    if (keepMine) {
      keep();
      await flush();
      return;
    }
    current.current = theirs;
    setValues(theirs);
    writeDraft(opts.current.draftKey, null);
    setStatus('saved');
  }, [flush]);

  // A new server copy replaces the fields the user has not changed since the last save.
  const serverKey = JSON.stringify([options.server, options.serverAt, options.serverVersion]);
  const lastKey = useRef(serverKey);
  useEffect(() => {
    if (lastKey.current === serverKey) return;
    lastKey.current = serverKey;
    // No check that the copy is newer: undo puts an older `updatedAt` back, and that text must show.
    const { server, serverVersion } = opts.current;
    const now: Fields = current.current;
    const was: Fields = saved.current;
    // Someone else changed a field the user is changing too: keep the old version, so the save is refused and compared.
    if (Object.keys(server).some((k) => now[k] !== was[k] && server[k] !== was[k] && server[k] !== now[k])) stale.current = true;
    if (!stale.current && !held.current && serverVersion !== undefined) base.current = serverVersion;
    merge(server);
  }, [serverKey]);

  // A restored draft is sent soon; leaving the editor sends what is pending (not during a conflict).
  useEffect(() => {
    if (!isEmpty(diff(current.current, saved.current))) timer.current = setTimeout(() => void flush(), opts.current.delay ?? AUTOSAVE_DELAY);
    const pending = () => (discarded.current || held.current ? {} : diff(current.current, saved.current));
    const onUnload = () => {
      const changes = pending();
      if (!isEmpty(changes)) opts.current.saveOnUnload(changes, base.current);
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      clearTimeout(timer.current);
      const changes = pending();
      if (isEmpty(changes)) return;
      const { save, draftKey } = opts.current;
      void save(changes, base.current).then((answer) => answer && !('conflict' in answer) && writeDraft(draftKey, null));
    };
  }, [flush]);

  return { values, status, set, flush, discard, resolve };
}
