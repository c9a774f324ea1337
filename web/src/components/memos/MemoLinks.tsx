/** What a memo is linked to: each link opens its object; when `editable`, links can be added and removed. */
import { useState } from 'react';
import type { MemoListing } from '../../api.js';
import { hrefOf } from '../../lib/route.js';
import { useCommand } from '../../project.js';
import { LinkPicker, type PickKind, type PickOption } from './LinkPicker.js';

type Link = MemoListing['links'][number];

const NOUN: Record<string, string> = { code: 'Code', document: 'Document', case: 'Case', segment: 'Passage', memo: 'Memo' };

/** Where a link leads in the app: codes to the code system, segments to their place in the document; cases nowhere yet. */
export function hrefOfLink(projectId: string, link: Link): string | null {
  switch (link.type) {
    case 'code': return hrefOf({ view: 'codes', projectId, codeId: link.id });
    case 'document': return hrefOf({ view: 'document', projectId, documentId: link.id });
    case 'segment': return link.documentId
      ? hrefOf({ view: 'document', projectId, documentId: link.documentId, ...(link.start === undefined ? {} : { at: link.start }) })
      : null;
    case 'memo': return hrefOf({ view: 'memos', projectId, memoId: link.id });
    default: return null;
  }
}

export function MemoLinks({ projectId, memo, editable }: { projectId: string; memo: MemoListing; editable: boolean }) {
  const run = useCommand();
  const [picking, setPicking] = useState(false);
  const linked = new Set(memo.links.map((l) => `${l.type}:${l.id}`));

  const add = async (type: PickKind, option: PickOption) => {
    setPicking(false);
    await run('memo.link', { memo: memo.id, links: [{ type, ref: option.ref }] }, `Linked to ${option.label}.`);
  };
  const remove = (link: Link) => run('memo.unlink', { memo: memo.id, link: link.linkId }, `Link to ${link.label} removed; Undo brings it back.`);

  return (
    <section className="memo-links" aria-labelledby={`links-${memo.id}`}>
      <h2 id={`links-${memo.id}`}>Linked to</h2>
      {memo.links.length === 0
        ? <p className="status">{editable ? 'Nothing yet: link this memo to the codes, documents or cases it is about.' : 'Nothing.'}</p>
        : (
          <ul className="memo-link-list">
            {memo.links.map((link) => {
              const href = hrefOfLink(projectId, link);
              return (
                <li key={link.linkId}>
                  <span className="badge">{NOUN[link.type] ?? link.type}</span>{' '}
                  {href ? <a href={href}>{link.label}</a> : <span>{link.label}</span>}{' '}
                  {editable && (
                    <button type="button" className="memo-link-remove" onClick={() => void remove(link)} aria-label={`Remove the link to ${link.label}`}>
                      Remove
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      {!editable ? null : picking
        ? <LinkPicker projectId={projectId} linked={linked} onPick={(t, o) => void add(t, o)} onClose={() => setPicking(false)} />
        : <button type="button" onClick={() => setPicking(true)}>Add a link…</button>}
    </section>
  );
}
