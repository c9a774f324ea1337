/** `sparks disagreements …` and `sparks resolve …`: where coders differ, and what the team agreed. */
import type { Command as Cli } from 'commander';
import { COMMANDS } from '../../core/commands/index.js';
import { splitNames } from '../../store/queries/agreement.js';
import { disagreementsOf } from '../../store/queries/disagreements.js';
import { action } from '../context.js';
import { usage } from '../errors.js';

interface ListFlags { coders: string; docs?: string; all?: boolean }
interface ResolveFlags { doc?: string; at?: string; coders: string; accept?: string; code?: string[]; none?: boolean; agreed?: boolean; docs?: string; memo?: string }

/** `Path:START-END`, a coding written anew. */
function written(raw: string): { code: string; start: number; end: number } {
  const m = /^(.+):(\d+)-(\d+)$/.exec(raw.trim());
  if (!m) throw usage(`--code takes PATH:START-END, e.g. "Triggers/Humour:120-180"; got "${raw}".`);
  return { code: m[1]!, start: Number(m[2]), end: Number(m[3]) };
}

export function registerConsensus(program: Cli): void {
  program.command('disagreements <project>').description("places where the coders' codings differ, side by side")
    .requiredOption('--coders <names>', 'the coders to compare, separated by commas')
    .option('--docs <names>', 'only these documents, separated by commas')
    .option('--all', 'also list the places already resolved')
    .option('--json', 'print JSON')
    .action(action(async (ctx, projectName: string, o: ListFlags) => {
      const d = await disagreementsOf(ctx.store, await ctx.projectId(projectName), {
        coders: splitNames(o.coders), ...(o.docs ? { documents: splitNames(o.docs) } : {}),
      });
      const places = o.all ? d.places : d.places.filter((p) => !p.resolved);
      ctx.print({ ...d, places }, () => [
        `${d.open} open disagreement${d.open === 1 ? '' : 's'} and ${d.resolved} resolved between ${d.coders.join(', ')}.`,
        ...(d.agreed ? [`${d.agreed} place${d.agreed === 1 ? '' : 's'} where they agree ${d.agreed === 1 ? 'is' : 'are'} not in the consensus layer yet: sparks resolve ${projectName} --agreed --coders ${d.coders.join(',')}`] : []),
        ...places.flatMap((p) => [
          '', `${p.document} ${p.start}–${p.end}${p.resolved ? ' (resolved)' : ''}: “${p.text.replace(/\s+/g, ' ')}”`,
          ...Object.entries(p.byCoder).map(([coder, list]) => `  ${coder}: ${list.length ? list.map((c) => `${c.code} ${c.start}–${c.end}`).join('; ') : '(nothing)'}`),
        ]),
        ...(places.length ? ['', `Resolve one with: sparks resolve ${projectName} --doc NAME --at START --coders ${d.coders.join(',')} --accept CODER[,CODER]`] : []),
      ]);
    }));

  program.command('resolve <project>').description('put what the team agreed for one place (or every place where the coders agree) into the consensus layer')
    .requiredOption('--coders <names>', 'the coders compared, separated by commas')
    .option('--doc <name>', 'the document of the place')
    .option('--at <position>', 'any position inside the place (its start, as listed)')
    .option('--accept <names>', "take these coders' codings of the place (one, or several for both)")
    .option('--code <path:start-end>', 'a coding written anew (repeat for more)', (v: string, all: string[] = []) => [...all, v])
    .option('--none', 'the team agrees the place stays uncoded')
    .option('--agreed', 'take every place where the coders agree into the consensus layer (instead of --doc and --at)')
    .option('--docs <names>', 'with --agreed: only these documents, separated by commas')
    .option('--memo <text>', 'a memo of the discussion, linked to the agreed codings')
    .option('--json', 'print JSON')
    .action(action(async (ctx, projectName: string, o: ResolveFlags) => {
      const coders = splitNames(o.coders);
      if (o.agreed) {
        if (o.doc || o.at || o.accept || o.code || o.none) throw usage('--agreed takes every agreed place at once; leave out --doc, --at, --accept, --code and --none.');
        const r = await ctx.run(COMMANDS.takeAgreed, { coders, ...(o.docs ? { documents: splitNames(o.docs) } : {}) }, projectName);
        ctx.print(r, () => `Took ${r.places} agreed place${r.places === 1 ? '' : 's'} into the consensus layer: ${r.created} coding${r.created === 1 ? '' : 's'} added.`);
        return;
      }
      if (!o.doc || o.at === undefined) throw usage('Name the place with --doc NAME --at START (as `sparks disagreements` lists it), or give --agreed.');
      const at = Number(o.at);
      if (!Number.isInteger(at) || at < 0) throw usage('--at must be a position: a whole number from 0.');
      if (o.none && (o.accept || o.code?.length)) throw usage('--none leaves the place uncoded; leave out --accept and --code.');
      if (!o.none && !o.accept && !o.code?.length) throw usage('Say what to keep: --accept CODER[,CODER], --code PATH:START-END, both, or --none.');
      const r = await ctx.run(COMMANDS.resolveDisagreement, {
        document: o.doc, at, coders,
        ...(o.accept ? { accept: splitNames(o.accept) } : {}), ...(o.code ? { codings: o.code.map(written) } : {}),
        ...(o.none ? { dismiss: true } : {}), ...(o.memo ? { memo: o.memo } : {}),
      }, projectName);
      const what = r.dismissed ? 'left uncoded by agreement' : `${r.created} coding${r.created === 1 ? '' : 's'} added to the consensus layer`;
      ctx.print(r, () => `Resolved ${o.doc} ${r.place.start}–${r.place.end}: ${what}${r.memo ? ', with a memo' : ''}.`);
    }));
}
