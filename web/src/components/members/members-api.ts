/** The project's team as the server lists it, and the roles a member can hold. */
import { projectPath, request } from '../../api.js';

export type MemberRole = 'owner' | 'coder' | 'viewer';

/** One member: the e-mail is null when the account has none. */
export interface Member { name: string; email: string | null; role: MemberRole }

export const MEMBER_ROLES: readonly { role: MemberRole; label: string }[] = [
  { role: 'owner', label: 'Owner' },
  { role: 'coder', label: 'Coder' },
  { role: 'viewer', label: 'Viewer' },
];

export const roleLabel = (role: string): string => MEMBER_ROLES.find((r) => r.role === role)?.label ?? role;

/** Every member may read the team, sorted by name. */
export const fetchMembers = (projectId: string) => request<Member[]>('GET', `${projectPath(projectId)}/members`);
