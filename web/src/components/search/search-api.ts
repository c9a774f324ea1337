/** The search endpoints, typed by the shared contract and the store's result types. */
import type { AutocodeBody, AutocodeResult, SearchPage } from '../../../../src/contract/search.js';
import { projectPath, request } from '../../api.js';

export const SEARCH_PAGE = 50;

export function fetchSearch(projectId: string, q: string, offset = 0, limit = SEARCH_PAGE): Promise<SearchPage> {
  const params = new URLSearchParams({ q, offset: String(offset), limit: String(limit) });
  return request<SearchPage>('GET', `${projectPath(projectId)}/search?${params.toString()}`);
}

export function autocode(projectId: string, body: AutocodeBody): Promise<AutocodeResult> {
  return request<AutocodeResult>('POST', `${projectPath(projectId)}/search/autocode`, body);
}
