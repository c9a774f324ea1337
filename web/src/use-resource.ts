/** Loads data for a view and reloads it when its inputs change. */
import { useEffect, useRef, useState } from 'react';

export type Resource<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

/**
 * `deps` name what is loaded: when they change the view shows "Loading…". `version` only says the
 * same data may have changed: the old data stay on screen until the new arrive, so live updates
 * never flicker or lose the reader's place.
 */
export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[], version = 0): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const key = JSON.stringify(deps);
  const loadedKey = useRef<string | null>(null);
  useEffect(() => {
    let live = true;
    if (loadedKey.current !== key) setResource({ state: 'loading' });
    load().then(
      (data) => {
        if (!live) return;
        loadedKey.current = key;
        setResource({ state: 'ready', data });
      },
      (err: unknown) => live && setResource({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  return resource;
}
