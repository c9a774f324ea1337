/** What importing a read project needs beside it: each source's content hash and speaker turns. */
import { createHash } from 'node:crypto';
import type { SourceExtras } from '../../core/refi-import/documents.js';
import type { RefiProject } from '../../core/refi.js';
import { detectTurns } from '../turns.js';

export function sourceExtras(project: RefiProject): Record<string, SourceExtras> {
  const out: Record<string, SourceExtras> = {};
  for (const s of project.sources) {
    const bytes = s.original?.bytes ?? new TextEncoder().encode(s.text);
    out[s.guid] = { contentHash: createHash('sha256').update(bytes).digest('hex'), turns: s.text ? detectTurns(s.text) : [] };
  }
  return out;
}
