/**
 * Calm lines under the tabs: when the user may only read, so controls missing elsewhere are not a
 * puzzle; and during blind coding, so others' codings missing everywhere are not one either.
 */
import { useProject, useProjectResource } from '../project.js';
import { fetchTeam } from './members/team-api.js';

export function RoleNote() {
  const { projectId, role, roleProblem, retryRole } = useProject();
  // Reloaded on every change, so the line comes and goes as an owner changes the phase.
  const team = useProjectResource(() => fetchTeam(projectId), [projectId]);
  // A failed load says nothing here: the views show their own errors, and this line is only a reminder.
  const blind = team.state === 'ready' && team.data.phase === 'independent';
  let note = null;
  if (role === 'viewer') {
    note = <p className="role-note" role="note">You can read this project; its owner can give you the coder role to code.</p>;
  } else if (roleProblem) {
    note = (
      <p className="role-note" role="note">
        Changes are off until Sparks knows your role in this project: {roleProblem}{' '}
        <button type="button" onClick={retryRole}>Try again</button>
      </p>
    );
  }
  return (
    <>
      {note}
      {blind && (
        <p className="role-note" role="note">
          Blind coding: you see only your own codings until an owner moves the project to comparison.
        </p>
      )}
    </>
  );
}
