/** Adds someone with an account on this server, by user name, in the chosen role (coder unless changed). */
import { useState, type FormEvent } from 'react';
import { useCommand } from '../../project.js';
import { MEMBER_ROLES, roleLabel, type Member, type MemberRole } from './members-api.js';

export function AddMemberForm({ members }: { members: readonly Member[] }) {
  const run = useCommand();
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole>('coder');
  const [busy, setBusy] = useState(false);
  const user = name.trim();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!user || busy) return;
    // Adding a member again changes their role: the message says which happened.
    const known = members.some((m) => m.name === user);
    const label = roleLabel(role).toLowerCase();
    setBusy(true);
    const done = await run('member.add', { user, role }, known ? `${user} is now ${label}.` : `${user} was added as ${label}.`);
    setBusy(false);
    if (done !== undefined) setName('');
  };

  return (
    <form className="members-add" aria-labelledby="members-add-title" onSubmit={(e) => void submit(e)}>
      <h2 id="members-add-title">Add a member</h2>
      <label>User name{' '}
        <input type="text" name="user" autoComplete="off" spellCheck={false} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>Role{' '}
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
          {MEMBER_ROLES.map((r) => <option key={r.role} value={r.role}>{r.label}</option>)}
        </select>
      </label>
      <button type="submit" disabled={!user || busy}>Add</button>
    </form>
  );
}
