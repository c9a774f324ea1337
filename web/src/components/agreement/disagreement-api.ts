/** The disagreements endpoint, typed by the server's own query, and the small wording the browser shares. */
import type { DisagreementPlace, Disagreements } from '../../../../src/store/queries/disagreements.js';
import { projectPath, request } from '../../api.js';
import { joinNames } from './agreement-api.js';

export type { DisagreementPlace, Disagreements };
export type PlaceCoding = DisagreementPlace['byCoder'][string][number];

/** The query string: coders (and documents, when filtered), with commas inside names escaped as the server expects. */
export function disagreementsQuery(coders: readonly string[], docs: readonly string[]): string {
  const params = new URLSearchParams({ coders: joinNames(coders) });
  if (docs.length > 0) params.set('docs', joinNames(docs));
  return params.toString();
}

export const fetchDisagreements = (projectId: string, query: string) =>
  request<Disagreements>('GET', `${projectPath(projectId)}/disagreements?${query}`);

/** Identifies a place across reloads, so its open form and typed memo survive a live change. */
export const placeKey = (p: Pick<DisagreementPlace, 'document' | 'start' | 'end'>) => `${p.document}\u0000${p.start}\u0000${p.end}`;

/** "P1, 120–180": the name a place is announced and listed by. */
export const placeLabel = (p: Pick<DisagreementPlace, 'document' | 'start' | 'end'>) => `${p.document}, ${p.start}–${p.end}`;

/** A coding's own span, worth showing only when it is not the place's. */
export const spanDiffers = (c: PlaceCoding, p: DisagreementPlace) => c.start !== p.start || c.end !== p.end;

/** "3 open, 1 resolved". */
export const countsLine = (d: Pick<Disagreements, 'open' | 'resolved'>) => `${d.open} open, ${d.resolved} resolved`;
