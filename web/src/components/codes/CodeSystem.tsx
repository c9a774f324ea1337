/** Placeholder until the view lands. */
export function CodeSystem(_props: { projectId: string; query?: string | undefined; memoId?: string | undefined }) {
  return <h1>Code system</h1>;
}
