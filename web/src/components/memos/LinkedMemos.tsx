/** Memos linked to one object (a code, document, case or segment), shown beside it. Placeholder until the memos view lands. */
export interface LinkedMemosProps {
  /** What the memos are linked to. */
  type: 'code' | 'document' | 'case' | 'segment';
  /** The object's id (memo links store ids). */
  id: string;
  /** How commands address the object: a code's path, a document's name, a case's label, a segment's id. */
  refName: string;
}

export function LinkedMemos(_props: LinkedMemosProps) {
  return null;
}
