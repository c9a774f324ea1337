/** Placeholder until the view lands. */
export function MemosView(_props: { projectId: string; query?: string | undefined; memoId?: string | undefined }) {
  return <h1>Memos</h1>;
}
