/**
 * The project's team: everyone sees who works on it and in which role, the coding phase and who
 * codes which document; owners also change roles, remove members, add people who have an account
 * on this server, change the phase and assign documents. Each change is undoable and logged, and
 * the lists reload on the live feed like every other view.
 */
import { useEffect, useState } from 'react';
import { useCommand, useProject, useProjectResource } from '../../project.js';
import { Loaded } from '../Status.js';
import { AddMemberForm } from './AddMemberForm.js';
import { AssignmentsSection } from './AssignmentsSection.js';
import { MemberRow } from './MemberRow.js';
import { fetchMembers, roleLabel, type Member, type MemberRole } from './members-api.js';
import { PhaseSection } from './PhaseSection.js';
import { fetchTeam } from './team-api.js';
import './members.css';

export function MembersView({ projectId }: { projectId: string }) {
  const members = useProjectResource(() => fetchMembers(projectId), [projectId]);
  const team = useProjectResource(() => fetchTeam(projectId), [projectId]);
  const { role, canManage } = useProject();
  return (
    <section className="members-view" aria-labelledby="members-title">
      <h1 id="members-title">Members</h1>
      <p className="meta">Owners manage the members and the project's settings; coders code, write memos and edit codes; viewers read.</p>
      {canManage && (
        <p className="meta members-help">
          People need an account on this Sparks server first; an administrator adds one with <code>sparks user add NAME --email E</code>.
        </p>
      )}
      {/* Said only once the role is known, so an owner never sees it flash by. */}
      {role !== null && !canManage && <p className="members-note">Only the project's owners can add or remove members.</p>}
      <Loaded resource={members}>{(list) => <MembersTable members={list} manage={canManage} />}</Loaded>
      {canManage && <AddMemberForm members={members.state === 'ready' ? members.data : []} />}
      <Loaded resource={team}>
        {(setup) => (
          <>
            <PhaseSection phase={setup.phase} manage={canManage} />
            {/* The coder columns come from the team table; until it loads only assigned names show. */}
            <AssignmentsSection assignments={setup.assignments} members={members.state === 'ready' ? members.data : []} manage={canManage} />
          </>
        )}
      </Loaded>
    </section>
  );
}

function MembersTable({ members, manage }: { members: readonly Member[]; manage: boolean }) {
  const { me } = useProject();
  const run = useCommand();
  // A chosen role shows at once and until the reloaded list carries it (or the server refuses it).
  const [chosen, setChosen] = useState<Record<string, MemberRole>>({});
  useEffect(() => setChosen({}), [members]);

  const changeRole = async (member: Member, next: MemberRole) => {
    setChosen((c) => ({ ...c, [member.name]: next }));
    const done = await run('member.add', { user: member.name, role: next }, `${member.name} is now ${roleLabel(next).toLowerCase()}.`);
    if (done === undefined) {
      setChosen((c) => {
        const rest = { ...c };
        delete rest[member.name];
        return rest;
      });
    }
  };
  const remove = (member: Member) => run('member.remove', { user: member.name }, `${member.name} was removed from the project.`);

  if (members.length === 0) return <p className="status">This project has no members.</p>;
  return (
    <table className="listing members-table">
      <thead>
        <tr>
          <th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th>
          {manage && <th scope="col"><span className="visually-hidden">Actions</span></th>}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <MemberRow key={m.name} member={m} role={chosen[m.name] ?? m.role} you={m.name === me?.name} manage={manage}
            onRole={(next) => void changeRole(m, next)} onRemove={() => remove(m)} />
        ))}
      </tbody>
    </table>
  );
}
