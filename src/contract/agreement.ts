/**
 * The intercoder agreement API. Queries are checked here; the web app imports the types only.
 *
 *   GET /api/projects/:projectId/analysis/agreement?coders=A,B&method=&codes=&docs=&threshold=
 *   GET /api/projects/:projectId/analysis/agreement.csv?…   (the same, per code, as CSV)
 *
 * `coders`, `codes` and `docs` are comma-separated names (`\,` for a comma inside a name); a code
 * path selects the code and every code below it.
 */
import { z } from 'zod';
import { AGREEMENT_METHODS, type ProjectAgreement } from '../analysis/agreement/project.js';

export type { AgreementMethod, CodeAgreement, Counts, FigureKey, Figures, ProjectAgreement } from '../analysis/agreement/project.js';
export type { Estimate } from '../analysis/agreement/reliability-data.js';

const list = (what: string) => z.string({ error: `${what} must be names separated by commas` }).trim().min(1, `${what} must not be empty`);

export const agreementQuery = z.object({
  coders: z.string({ error: 'coders is required: name two or more coders separated by commas, such as coders=ana,ben' }).trim()
    .min(1, 'coders must name two or more coders separated by commas, such as coders=ana,ben'),
  method: z.enum(AGREEMENT_METHODS, { error: `method must be one of ${AGREEMENT_METHODS.join(', ')}` }).default('unitized'),
  codes: list('codes').optional(),
  docs: list('docs').optional(),
  threshold: z.coerce.number({ error: 'threshold must be a whole percentage from 1 to 100' })
    .int('threshold must be a whole percentage from 1 to 100').min(1, 'threshold must be a whole percentage from 1 to 100')
    .max(100, 'threshold must be a whole percentage from 1 to 100').optional(),
});
export type AgreementQueryInput = z.input<typeof agreementQuery>;

/** What the agreement endpoint sends: the figures, and how many orphaned segments were left out. */
export type AgreementResponse = ProjectAgreement & { orphanedSegments: number };

/** `GET …/disagreements`: the coders compared and, optionally, the documents. */
export const disagreementsQuery = agreementQuery.pick({ coders: true, docs: true });
