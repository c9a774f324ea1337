/** One member in the team table; for owners, a role select and a Remove button that asks first. */
import { useId, useState } from 'react';
import { MEMBER_ROLES, roleLabel, type Member, type MemberRole } from './members-api.js';

interface MemberRowProps {
  member: Member;
  /** The role to show: the stored one, or the one just chosen while it is saved. */
  role: MemberRole;
  you: boolean;
  manage: boolean;
  onRole(role: MemberRole): void;
  onRemove(): Promise<unknown>;
}

export function MemberRow({ member, role, you, manage, onRole, onRemove }: MemberRowProps) {
  const nameId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    await onRemove();
    setBusy(false);
    setConfirming(false);
  };
  return (
    <tr data-member={member.name}>
      <th scope="row" id={nameId}>{member.name}{you && <span className="meta"> (you)</span>}</th>
      <td>{member.email ?? <span className="meta" aria-label="No e-mail">—</span>}</td>
      <td>
        {manage
          ? (
            <select aria-label={`Role of ${member.name}`} value={role} onChange={(e) => onRole(e.target.value as MemberRole)}>
              {MEMBER_ROLES.map((r) => <option key={r.role} value={r.role}>{r.label}</option>)}
            </select>
          )
          : roleLabel(role)}
      </td>
      {manage && (
        <td className="members-actions">
          {confirming
            ? (
              <div role="group" aria-label={`Confirm removing ${member.name}`} className="members-confirm">
                <p>Remove {member.name} from the project? Their codings and memos stay.</p>
                <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>Yes, remove</button>{' '}
                <button type="button" autoFocus onClick={() => setConfirming(false)}>Keep</button>
              </div>
            )
            : <button type="button" className="danger" aria-describedby={nameId} onClick={() => setConfirming(true)}>Remove</button>}
        </td>
      )}
    </tr>
  );
}
