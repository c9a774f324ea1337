/**
 * Where the compared coders agree there is nothing to discuss, but the consensus layer needs those
 * codings too, or analyses on it would count only the disagreements the team resolved.
 */
import { useState } from 'react';
import { useCommand, useProject } from '../../project.js';

export function AgreedPlaces({ agreed, coders, docs, onTaken }: {
  agreed: number; coders: readonly string[]; docs: readonly string[]; onTaken: () => void;
}) {
  const run = useCommand();
  const { canCode } = useProject();
  const [busy, setBusy] = useState(false);
  if (agreed === 0) return null;
  const places = agreed === 1 ? '1 place where the coders agree is' : `${agreed} places where the coders agree are`;
  const take = async () => {
    setBusy(true);
    const done = await run('consensus.agree', { coders: [...coders], ...(docs.length ? { documents: [...docs] } : {}) },
      `Took ${agreed === 1 ? 'the agreed place' : `the ${agreed} agreed places`} into the consensus layer; Ctrl+Z undoes it.`);
    setBusy(false);
    if (done) onTaken();
  };
  return (
    <p className="disagreements-agreed" data-testid="agreed-places">
      {places} not in the consensus layer yet.{' '}
      {canCode && <button type="button" disabled={busy} onClick={() => void take()}>Take the agreed places</button>}
    </p>
  );
}
