/**
 * The API contract for exchanging work with ATLAS.ti, NVivo, MAXQDA and other REFI-QDA tools:
 *
 *   POST /api/projects/import                  a .qdpx (or bare .qde) upload → a new project
 *   GET  /api/projects/exportable              ids of the projects the caller may download whole
 *   GET  /api/projects/:projectId/export.qdpx  the whole project (owners only); `?lineEnds=crlf` for Windows line ends
 *   GET  /api/projects/:projectId/codebook.qdc the code tree as a REFI-QDA codebook (any member)
 *   POST /api/projects/:projectId/codebook     a .qdc upload merged into the code tree (coders)
 *
 * Uploads are multipart/form-data with one file field named `file` (and, for a project, an
 * optional `name` field). The web app takes the constants and types of this module only.
 */
import type { ImportCounts } from '../core/refi-import/state.js';

export type { ImportCounts };

/** File types the project upload accepts, as an `accept` attribute. */
export const PROJECT_FILE_TYPES = '.qdpx,.qde';
/** File types the codebook upload accepts. */
export const CODEBOOK_FILE_TYPES = '.qdc';

/** The answer to a project upload: the new project, what came across, and what did not. */
export interface ProjectImportResponse {
  project: { id: string; name: string };
  counts: ImportCounts;
  /** One sentence each: what was not brought across, or was changed on the way. */
  warnings: string[];
}

/** The answer to a codebook upload: what it did to the code tree and its sets, and what did not come across. */
export interface CodebookImportResponse {
  /** Codes new to the project. */
  added: number;
  /** Codes already there, left as they were. */
  kept: number;
  /** Codes already there that gained a colour or definition. */
  updated: number;
  /** Sets of codes that were made or gained members. */
  sets: number;
  warnings: string[];
}

/** `GET /api/projects/exportable`: the projects whose whole-project download the caller may use. */
export type ExportableProjects = string[];

/** `crlf`: texts with Windows line ends, for a program that shows codings shifted by one character per line. */
export const exportPath = (projectId: string, lineEnds: 'lf' | 'crlf' = 'lf'): string =>
  `/api/projects/${encodeURIComponent(projectId)}/export.qdpx${lineEnds === 'crlf' ? '?lineEnds=crlf' : ''}`;
export const codebookPath = (projectId: string): string => `/api/projects/${encodeURIComponent(projectId)}/codebook.qdc`;
