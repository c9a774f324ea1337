/** `sparks memo …`: reflexive, theoretical and methodological writing linked to the data. */
import type { Command as Cli } from 'commander';
import { COMMANDS } from '../../core/commands/index.js';
import type { LinkRef } from '../../core/commands/memos.js';
import { MEMO_TYPES, type MemoType } from '../../core/types.js';
import { listMemos } from '../../store/queries/listings.js';
import { action, collect } from '../context.js';
import { usage } from '../errors.js';

const LINK_KINDS: Record<string, LinkRef['type']> = { code: 'code', doc: 'document', document: 'document', case: 'case', segment: 'segment', memo: 'memo' };

function parseLink(raw: string): LinkRef {
  const colon = raw.indexOf(':');
  const type = LINK_KINDS[raw.slice(0, colon)];
  if (colon <= 0 || !type) throw usage(`The link "${raw}" must be code:PATH, doc:NAME, case:LABEL, segment:ID or memo:TITLE.`);
  return { type, ref: raw.slice(colon + 1) };
}

function memoType(raw: string | undefined): MemoType | undefined {
  if (raw === undefined) return undefined;
  if (!(MEMO_TYPES as readonly string[]).includes(raw)) throw usage(`--type must be one of ${MEMO_TYPES.join(', ')}.`);
  return raw as MemoType;
}

export function registerMemos(program: Cli): void {
  const memo = program.command('memo').description('memos');
  memo.command('add <project>').description('write a memo').requiredOption('--title <title>', 'title')
    .requiredOption('--body <markdown>', 'text (markdown)').option('--type <type>', MEMO_TYPES.join(' | '), 'free')
    .option('--link <target>', 'link to code:PATH, doc:NAME, case:LABEL, segment:ID or memo:TITLE (repeatable)', collect, [])
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, o: { title: string; body: string; type: string; link: string[] }) => {
      const m = await ctx.run(COMMANDS.addMemo, { title: o.title, body: o.body, type: memoType(o.type)!, links: o.link.map(parseLink) }, project);
      ctx.print(m, () => `Added ${m.type} memo "${m.title}"${m.links.length ? ` linked to ${m.links.length} item(s)` : ''}.`);
    }));
  memo.command('edit <project> <memo>').description('change a memo (by title or id)').option('--title <title>', 'new title')
    .option('--body <markdown>', 'new text').option('--type <type>', MEMO_TYPES.join(' | ')).option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, o: { title?: string; body?: string; type?: string }) => {
      const m = await ctx.run(COMMANDS.editMemo, { memo: ref, title: o.title ?? null, body: o.body ?? null, type: memoType(o.type) ?? null }, project);
      ctx.print(m, () => `Updated memo "${m.title}".`);
    }));
  memo.command('delete <project> <memo>').description('delete a memo (undo restores it)').option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string) => {
      const m = await ctx.run(COMMANDS.deleteMemo, { memo: ref }, project);
      ctx.print(m, () => `Deleted memo "${m.title}".`);
    }));
  memo.command('link <project> <memo> <targets...>').description('link a memo (by title or id) to code:PATH, doc:NAME, case:LABEL, segment:ID or memo:TITLE')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, targets: string[]) => {
      const r = await ctx.run(COMMANDS.addMemoLinks, { memo: ref, links: targets.map(parseLink) }, project);
      ctx.print(r, () => `Linked the memo to ${r.links.length} item(s).`);
    }));
  memo.command('unlink <project> <memo> <target>').description('remove a memo\'s link to code:PATH, doc:NAME, case:LABEL, segment:ID or memo:TITLE')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, ref: string, target: string) => {
      const { type, ref: name } = parseLink(target);
      const r = await ctx.run(COMMANDS.removeMemoLink, { memo: ref, type, target: name }, project);
      ctx.print(r, () => `Removed the link to ${target}.`);
    }));
  memo.command('list <project>').description('list memos').option('--json', 'print JSON')
    .action(action(async (ctx, project: string) => {
      const rows = await listMemos(ctx.store, await ctx.projectId(project));
      ctx.print(rows, () => rows.length === 0 ? 'No memos yet.' : rows.map((m) => `[${m.type}] ${m.title}  — ${m.author}, ${m.updatedAt.slice(0, 10)}`));
    }));
}
