/** `sparks search`: full-text search of a project's transcripts, or auto-coding of every hit. */
import type { Command as Cli } from 'commander';
import { AUTOCODE_UNITS, type AutocodeUnit } from '../../core/search-match.js';
import { parseCondition } from '../../contract/segment-conditions.js';
import type { AttributeCondition } from '../../store/queries/segments.js';
import { autocodeSearch } from '../../store/queries/search-autocode.js';
import { searchText, type SearchHit } from '../../store/queries/search.js';
import { action, collect } from '../context.js';
import { usage } from '../errors.js';

interface SearchCliOptions { doc: string[]; caseAttr: string[]; code?: string; limit: string; codeHits?: string; unit: string }

export function registerSearch(program: Cli): void {
  program.command('search <project> <query>')
    .description('search the transcripts ("exact phrase", prefix*, OR, -word, parentheses; accents optional)')
    .option('--doc <name>', 'only this document (repeat for several)', collect, [])
    .option('--case-attr <condition>', 'case attribute condition such as years>=10 (repeat: all must hold)', collect, [])
    .option('--code <path>', 'only inside segments coded with this code or a code below it')
    .option('--limit <n>', 'passages to show', '50')
    .option('--code-hits <path>', 'apply this code to every hit instead of listing them')
    .option('--unit <unit>', 'with --code-hits: what to code around each hit: match, sentence or turn', 'match')
    .option('--json', 'print JSON')
    .action(action(async (ctx, project: string, query: string, o: SearchCliOptions) => {
      const attributes: AttributeCondition[] = o.caseAttr.map((raw) => {
        const c = parseCondition(raw);
        if (!c) throw usage(`The condition "${raw}" is not of the form key=value (or with !=, <, <=, >, >= instead of =).`);
        return c;
      });
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1) throw usage('--limit must be a whole number of at least 1.');
      if (!AUTOCODE_UNITS.includes(o.unit as AutocodeUnit)) throw usage('--unit must be match, sentence or turn.');
      const projectId = await ctx.projectId(project);
      const options = { documents: o.doc, attributes, code: o.code ?? null };
      if (o.codeHits) {
        const r = await autocodeSearch(ctx.store, projectId, ctx.actor.id, { query, options, code: o.codeHits, unit: o.unit as AutocodeUnit });
        ctx.print({ applied: r.applied, skipped: r.skipped, hits: r.hits }, () =>
          `Coded ${r.applied} passage${r.applied === 1 ? '' : 's'} with ${o.codeHits} (${r.hits} hits; ${r.skipped} already coded). \`sparks undo ${project}\` reverts it.`);
        return;
      }
      const page = await searchText(ctx.store, projectId, query, { ...options, limit });
      ctx.print(page, () => page.hits.length === 0 ? 'Nothing matches.' : [
        ...page.hits.map(line),
        page.total > limit ? `${page.total} passages match; the first ${limit} are shown (--limit N for more).` : `${page.total} passage${page.total === 1 ? '' : 's'} match.`,
      ]);
    }));
}

/** `Entrevista 3 (T7) 120–126  …before [match] after…` on one line. */
function line(h: SearchHit): string {
  const flat = (s: string) => s.replace(/\s+/gu, ' ');
  return `${h.document}${h.case ? ` (${h.case})` : ''} ${h.start}–${h.end}  ${flat(h.before)}[${flat(h.text)}]${flat(h.after)}`;
}
