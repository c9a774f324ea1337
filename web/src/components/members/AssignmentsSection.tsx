/**
 * Which coders code which documents: a table of documents × coders. Owners tick a box to give one
 * document to one coder (or untick to take it back); everyone else reads the same table. A filter
 * by document name and a cap on the rows drawn keep large archives quick.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { fold } from '../../lib/picker-filter.js';
import { useCommand } from '../../project.js';
import type { Member } from './members-api.js';
import type { DocumentAssignment } from './team-api.js';

/** Rows drawn at most; the filter finds the rest. */
export const MAX_ROWS = 200;

const key = (document: string, coder: string) => `${document}\u0000${coder}`;

interface AssignmentsProps {
  assignments: readonly DocumentAssignment[];
  members: readonly Member[];
  manage: boolean;
}

export function AssignmentsSection({ assignments, members, manage }: AssignmentsProps) {
  const run = useCommand();
  const titleId = useId();
  const filterId = useId();
  const [query, setQuery] = useState('');
  // A ticked box shows at once and until the reloaded set-up carries it (or the server refuses it).
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  useEffect(() => setChosen({}), [assignments]);

  // Columns: members who may code, and anyone still holding an assignment after losing that role, so nothing is hidden.
  const coders = useMemo(() => {
    const names = members.filter((m) => m.role === 'coder' || m.role === 'owner').map((m) => m.name);
    const extra = new Set(assignments.flatMap((a) => a.coders).filter((c) => !names.includes(c)));
    return [...names, ...[...extra].sort()].map((name) => ({ name, codes: names.includes(name) }));
  }, [members, assignments]);
  const given = useMemo(() => new Set(assignments.flatMap((a) => a.coders.map((c) => key(a.document, c)))), [assignments]);
  const matching = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return words.length === 0 ? assignments : assignments.filter((a) => words.every((w) => fold(a.document).includes(w)));
  }, [assignments, query]);
  const shown = matching.slice(0, MAX_ROWS);

  const toggle = async (document: string, coder: string, on: boolean) => {
    const k = key(document, coder);
    setChosen((c) => ({ ...c, [k]: on }));
    const payload = { documents: [document], coders: [coder] };
    const done = on
      ? await run('document.assign', payload, `${document} is now assigned to ${coder}.`)
      : await run('document.unassign', payload, `${document} is no longer assigned to ${coder}.`);
    if (done === undefined) {
      setChosen((c) => {
        const rest = { ...c };
        delete rest[k];
        return rest;
      });
    }
  };

  return (
    <section className="members-assignments" aria-labelledby={titleId}>
      <h2 id={titleId}>Assignments</h2>
      <p className="meta">
        A document given to nobody is open to every coder.
        {manage ? ' Tick a box to give a document to a coder.' : ' Only the project\u2019s owners can change the assignments.'}
      </p>
      {assignments.length === 0 && <p className="status">This project has no documents yet.</p>}
      {assignments.length > 0 && coders.length === 0 && <p className="status">This project has no coders yet.</p>}
      {assignments.length > 0 && coders.length > 0 && (
        <>
          <p className="members-filter">
            <label htmlFor={filterId}>Find documents</label>{' '}
            <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </p>
          {matching.length === 0
            ? <p className="status">No document matches “{query.trim()}”.</p>
            : (
              <table className="listing members-assign-table">
                <thead>
                  <tr>
                    <th scope="col">Document</th>
                    {coders.map((c) => (
                      <th scope="col" key={c.name}>{c.name}{!c.codes && <span className="meta"> (not a coder)</span>}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((a) => (
                    <tr key={a.document} data-document={a.document}>
                      <th scope="row">{a.document}</th>
                      {coders.map((c) => {
                        const k = key(a.document, c.name);
                        return (
                          <td key={c.name}>
                            <input type="checkbox" aria-label={`${a.document}: ${c.name}`} disabled={!manage}
                              checked={chosen[k] ?? given.has(k)} onChange={(e) => void toggle(a.document, c.name, e.target.checked)} />
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          {matching.length > shown.length && (
            <p className="meta" role="status">Showing {shown.length} of {matching.length} documents; type part of a name to find the others.</p>
          )}
        </>
      )}
    </section>
  );
}
