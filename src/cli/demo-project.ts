/**
 * The demo project a newcomer finds on the first start: the moments-of-meeting template with the
 * fictional six-interview study, its cases, two coders' codings and memos. Everything goes through
 * the same commands as real work, so the demo's log and undo behave like any project's.
 */
import { createHash } from 'node:crypto';
import { COMMANDS } from '../core/commands/index.js';
import type { Command } from '../core/commands/index.js';
import { findQuote } from '../core/quote.js';
import { canonicalize } from '../core/text.js';
import { detectTurns } from '../formats/turns.js';
import { execute } from '../store/execute.js';
import { localOwner, type Store } from '../store/store.js';
import { demoStudy } from '../templates/demo/index.js';
import { mom } from '../templates/index.js';

export const DEMO_PROJECT = 'Moments of meeting (demo)';

/** Create the demo project unless a project of that name exists; returns whether it was created. */
export async function ensureDemoProject(store: Store): Promise<boolean> {
  const existing = await store.adapter.db.selectFrom('project').select('id').where('name', '=', DEMO_PROJECT).executeTakeFirst();
  if (existing) return false;
  const owner = await localOwner(store);
  const run = <P, R>(command: Command<P, R>, payload: P, actorId = owner.id, projectId: string | null = project?.id ?? null) =>
    execute(store, command, { actorId, projectId, payload });
  let project: { id: string } | undefined;
  project = await run(COMMANDS.createProject, { name: DEMO_PROJECT });
  await run(COMMANDS.applyTemplate, { template: mom });
  const coderIds = new Map<string, string>();
  for (const c of demoStudy.coders) {
    const user = await store.adapter.db.selectFrom('user').select('id').where('name', '=', c.name).executeTakeFirst()
      ?? await run(COMMANDS.addUser, { name: c.name, email: c.email }, owner.id, null);
    coderIds.set(c.name, user.id);
    await run(COMMANDS.addMember, { user: c.name, role: 'coder' });
  }
  for (const c of demoStudy.cases) await run(COMMANDS.addCase, { label: c.label, attributes: c.attributes });
  const texts = new Map<string, string>();
  for (const interview of demoStudy.interviews) {
    const text = canonicalize(interview.text);
    texts.set(interview.name, text);
    const original = new TextEncoder().encode(interview.text);
    await run(COMMANDS.importDocument, {
      name: interview.name, kind: 'interview', case: interview.case, text, turns: detectTurns(text), original,
      originalName: `${interview.name}.txt`, mime: 'text/plain', format: 'txt', contentHash: createHash('sha256').update(original).digest('hex'),
    });
  }
  for (const c of demoStudy.codings) {
    const { start, end } = findQuote(texts.get(c.interview)!, c.quote, c.interview);
    await run(COMMANDS.applyCode, { document: c.interview, start, end, code: c.code, coder: c.coder }, coderIds.get(c.coder)!);
  }
  for (const m of demoStudy.memos) {
    await run(COMMANDS.addMemo, { title: m.title, body: m.body, type: m.type, links: m.links }, coderIds.get(m.author) ?? owner.id);
  }
  return true;
}
