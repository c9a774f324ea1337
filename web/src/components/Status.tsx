/** What a view shows while its data load, or when they cannot. */
import type { ReactNode } from 'react';
import type { Resource } from '../use-resource.js';

export function Loaded<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  if (resource.state === 'loading') return <p className="status" role="status">Loading…</p>;
  if (resource.state === 'error') return <p className="status error" role="alert">{resource.message}</p>;
  return <>{children(resource.data)}</>;
}
