/**
 * The coding phase: everyone sees which one the project is in and what it means; owners change it.
 * Moving to independent coding asks first, because everyone else's codings then vanish from view.
 */
import { useEffect, useId, useState } from 'react';
import { useCommand } from '../../project.js';
import { PHASE_INFO, phaseInfo, type Phase } from './team-api.js';

export function PhaseSection({ phase, manage }: { phase: Phase; manage: boolean }) {
  const run = useCommand();
  const titleId = useId();
  // The phase just chosen shows at once and until the reloaded set-up carries it (or the server refuses it).
  const [chosen, setChosen] = useState<Phase | null>(null);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    setChosen(null);
    setConfirming(false);
  }, [phase]);
  const shown = chosen ?? phase;

  const send = async (next: Phase) => {
    setConfirming(false);
    setChosen(next);
    const done = await run('project.phase', { phase: next }, `The project is now in the ${phaseInfo(next).label.toLowerCase()} phase.`);
    if (done === undefined) setChosen(null);
  };
  const pick = (next: Phase) => {
    if (next === shown) return;
    if (next === 'independent') setConfirming(true);
    else void send(next);
  };

  return (
    <section className="members-phase" aria-labelledby={titleId}>
      <h2 id={titleId}>Coding phase</h2>
      <p className="members-phase-now">
        <strong>{phaseInfo(shown).label}.</strong> {phaseInfo(shown).explains}
      </p>
      {manage && (
        <fieldset className="members-phases">
          <legend>Change the coding phase</legend>
          {PHASE_INFO.map((p) => (
            <label key={p.phase}>
              <input type="radio" name={`${titleId}-phase`} value={p.phase} checked={shown === p.phase} onChange={() => pick(p.phase)} />{' '}
              {p.label}
            </label>
          ))}
        </fieldset>
      )}
      {confirming && (
        <div role="group" aria-label="Confirm blind coding" className="members-confirm">
          <p>Start blind coding? Each member will see only their own codings; everyone else's disappear from view until an owner moves the project to comparison.</p>
          <button type="button" onClick={() => void send('independent')}>Yes, start blind coding</button>{' '}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>Cancel</button>
        </div>
      )}
    </section>
  );
}
