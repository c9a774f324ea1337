/**
 * A project's sets: named groups of codes, documents and memos, as ATLAS.ti, NVivo and MAXQDA keep
 * them. Every member may read them; coders make and change them through the command endpoint, as
 * every other change to a project (so each change is logged, undoable and sent to the live feed):
 *
 *   GET  /api/projects/:projectId/sets                    →  SetsResponse
 *   POST /api/projects/:projectId/commands/set.create     CreateSetRequest  →  a SetChange
 *   POST /api/projects/:projectId/commands/set.edit       EditSetRequest    →  the set
 *   POST /api/projects/:projectId/commands/set.delete     DeleteSetRequest  →  a SetChange (the memberships removed)
 *   POST /api/projects/:projectId/commands/set.add        SetMembersRequest →  a SetChange (the memberships added)
 *   POST /api/projects/:projectId/commands/set.remove     SetMembersRequest →  a SetChange (the memberships removed)
 *
 * A set is named by its id or its name; members by their type and id. Readers are refused with 403.
 * The web app imports the types only.
 */
import type { CommandPayload } from './project.js';
import type { SetView } from '../store/queries/sets.js';

export type { SetView } from '../store/queries/sets.js';
export type { SetChange } from '../core/commands/sets.js';

/** One member of a set; a code is named by its path, a document by its name, a memo by its title. */
export type SetMember = SetView['members'][number];
export type SetMemberType = SetMember['type'];

/** Every set of the project by name, each with its members (by kind, then name). */
export type SetsResponse = SetView[];

export type CreateSetRequest = CommandPayload<'set.create'>;
export type EditSetRequest = CommandPayload<'set.edit'>;
export type DeleteSetRequest = CommandPayload<'set.delete'>;
export type SetMembersRequest = CommandPayload<'set.add'>;
