/** Loads data for a view and reloads it when its inputs change. */
import { useEffect, useState } from 'react';

export type Resource<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

export function useResource<T>(load: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setResource({ state: 'loading' });
    load().then(
      (data) => live && setResource({ state: 'ready', data }),
      (err: unknown) => live && setResource({ state: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return resource;
}
