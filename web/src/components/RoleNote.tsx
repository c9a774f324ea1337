/** One calm line under the tabs when the user may only read, so controls missing elsewhere are not a puzzle. */
import { useProject } from '../project.js';

export function RoleNote() {
  const { role, roleProblem, retryRole } = useProject();
  if (role === 'viewer') {
    return <p className="role-note" role="note">You can read this project; its owner can give you the coder role to code.</p>;
  }
  if (roleProblem) {
    return (
      <p className="role-note" role="note">
        Changes are off until Sparks knows your role in this project: {roleProblem}{' '}
        <button type="button" onClick={retryRole}>Try again</button>
      </p>
    );
  }
  return null;
}
