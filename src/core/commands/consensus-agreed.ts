/**
 * Where the compared coders already agree (the same codes on the same spans), there is nothing to
 * discuss: one command takes all those places into the consensus layer, so that analyses on it
 * count the agreed coding as well as the resolved disagreements. Places the consensus layer
 * already covers, or the team left uncoded, keep what the team decided.
 */
import { z } from 'zod';
import { placesOf } from '../../analysis/disagreements.js';
import { UserError } from '../errors.js';
import { documentByName, userByName } from '../resolve.js';
import { defineCommand, projectOf } from './command.js';
import { assertNotBlind, consensusCoder, placedCodings, writeConsensus } from './consensus-layer.js';

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export const takeAgreed = defineCommand({
  name: 'consensus.agree',
  schema: z.object({
    coders: z.array(z.string()).min(2).max(20),
    /** Only these documents; every document when absent. */
    documents: z.array(z.string()).max(10_000).nullish(),
  }),
  scope: 'project',
  role: 'coder',
  undoable: true,
  async run(ctx, p): Promise<{ places: number; created: number }> {
    const projectId = projectOf(ctx);
    await assertNotBlind(ctx);
    const coders = await Promise.all(p.coders.map((n) => userByName(ctx.tx, n)));
    const docs = p.documents
      ? await Promise.all(p.documents.map((n) => documentByName(ctx.tx, projectId, n)))
      : await Promise.all((await ctx.tx.find('document', { projectId })).map((d) => documentByName(ctx.tx, projectId, d.name)));
    const consensus = await consensusCoder(ctx);
    let places = 0;
    let created = 0;
    for (const doc of docs) {
      const agreed = placesOf(await placedCodings(ctx, doc.id, coders), p.coders).filter((x) => x.agree);
      if (agreed.length === 0) continue;
      const decided = [...await placedCodings(ctx, doc.id, [consensus]), ...await ctx.tx.find('dismissed_place', { documentId: doc.id })];
      for (const place of agreed) {
        if (decided.some((d) => overlaps(d, place))) continue;
        const wanted = place.byCoder[p.coders[0]!]!.map((c) => ({ codeId: c.code, start: c.start, end: c.end }));
        created += (await writeConsensus(ctx, doc, consensus, wanted)).created;
        places++;
      }
    }
    if (places === 0) throw new UserError('There is no place where these coders agree that the consensus layer does not hold already; nothing changed.');
    return { places, created };
  },
});
