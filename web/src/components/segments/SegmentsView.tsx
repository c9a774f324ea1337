/** Placeholder until the view lands. */
export function SegmentsView(_props: { projectId: string; query?: string | undefined; memoId?: string | undefined }) {
  return <h1>Segments</h1>;
}
