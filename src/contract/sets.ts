/**
 * A project's sets: named groups of codes, documents and memos, as ATLAS.ti, NVivo and MAXQDA keep
 * them; they come with projects and codebooks imported from those programs. Every member may read them:
 *
 *   GET /api/projects/:projectId/sets   →  SetsResponse
 *
 * The web app imports the types only.
 */
import type { SetView } from '../store/queries/sets.js';

export type { SetView } from '../store/queries/sets.js';

/** One member of a set; a code is named by its path, a document by its name, a memo by its title. */
export type SetMember = SetView['members'][number];
export type SetMemberType = SetMember['type'];

/** Every set of the project by name, each with its members (by kind, then name). */
export type SetsResponse = SetView[];
