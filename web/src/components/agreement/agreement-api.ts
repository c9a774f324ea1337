/** The agreement endpoints, typed by the shared contract; the query string is built in one place for the JSON and the CSV. */
import type { AgreementMethod, AgreementResponse } from '../../../../src/contract/agreement.js';
import { projectPath, request } from '../../api.js';

export type { AgreementMethod, AgreementResponse };

/** What the controls ask for; `codes` and `docs` empty mean every code and every document. */
export interface AgreementChoice {
  coders: readonly string[];
  method: AgreementMethod;
  codes: readonly string[];
  docs: readonly string[];
  /** As typed (overlap only); empty leaves the server's default. */
  threshold: string;
}

/** The server splits lists at commas, so a comma inside a name is written `\,`. */
export const joinNames = (names: readonly string[]) => names.map((n) => n.replaceAll(',', '\\,')).join(',');

/** The query string for a choice, or null while fewer than two coders are chosen (nothing to compare). */
export function agreementQuery(c: AgreementChoice): string | null {
  if (c.coders.length < 2) return null;
  const params = new URLSearchParams({ coders: joinNames(c.coders), method: c.method });
  if (c.codes.length > 0) params.set('codes', joinNames(c.codes));
  if (c.docs.length > 0) params.set('docs', joinNames(c.docs));
  if (c.method === 'overlap' && c.threshold.trim() !== '') params.set('threshold', c.threshold.trim());
  return params.toString();
}

/** Splits a typed list at commas not written as `\,`, as the server does. */
export function splitTyped(text: string): string[] {
  return text.split(/(?<!\\),/).map((s) => s.replaceAll('\\,', ',').trim()).filter((s) => s.length > 0);
}

export const fetchAgreement = (projectId: string, query: string) =>
  request<AgreementResponse>('GET', `${projectPath(projectId)}/analysis/agreement?${query}`);

export const agreementCsvUrl = (projectId: string, query: string) => `${projectPath(projectId)}/analysis/agreement.csv?${query}`;

/** A member as the members endpoint lists them. */
export interface TeamMember { name: string; email: string | null; role: string }

export const fetchTeam = (projectId: string) => request<TeamMember[]>('GET', `${projectPath(projectId)}/members`);
