/**
 * The team's coding set-up, for every member:
 *
 *   GET /api/projects/:projectId/team   →  TeamView
 *
 * The web app imports the types only.
 */
import type { Phase } from '../core/phases.js';

export type { Phase } from '../core/phases.js';

/** One document and the coders it is given to; none means it is open to every coder. */
export interface DocumentAssignment { document: string; coders: string[] }

/** The coding phase, and every document (in the documents list's order) with its coders, by name. */
export interface TeamView { phase: Phase; assignments: DocumentAssignment[] }
