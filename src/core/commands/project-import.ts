/**
 * A whole project from another program (REFI-QDA, read by the formats layer) as a new Sparks
 * project, in one command and so one transaction: a file that breaks halfway writes nothing.
 */
import { z } from 'zod';
import { UserError, quoteName } from '../errors.js';
import { cleanName } from '../names.js';
import type { ProjectRecord } from '../records.js';
import type { RefiProject } from '../refi.js';
import { importCodes } from '../refi-import/codes.js';
import { importDocuments, type SourceExtras } from '../refi-import/documents.js';
import { importGraphs } from '../refi-import/graphs.js';
import { importMemosAndRelations } from '../refi-import/links.js';
import { KIND_VARIABLE } from '../refi-import/conventions.js';
import { importCases, importUsers } from '../refi-import/people.js';
import { importSets } from '../refi-import/sets.js';
import type { ImportCounts, ImportState } from '../refi-import/state.js';
import { seedRelationTypes } from '../relation-types.js';
import { defineCommand } from './command.js';


export interface ProjectImport { project: ProjectRecord; counts: ImportCounts; warnings: string[] }

const isProject = (v: unknown): v is RefiProject =>
  typeof v === 'object' && v !== null && ['users', 'codes', 'sources', 'notes', 'cases', 'links', 'graphs', 'variables', 'warnings'].every((k) => Array.isArray((v as Record<string, unknown>)[k]));

export const importProject = defineCommand({
  name: 'project.import',
  schema: z.object({
    name: z.string(),
    /** The name came from the file, not the user: take "Name (2)"… rather than refuse a taken one. */
    freeName: z.boolean().nullish(),
    project: z.custom<RefiProject>(isProject, 'a project read from a REFI-QDA file'),
    /** Per source GUID: the hash of its original and its speaker turns, worked out by the store. */
    extras: z.record(z.string(), z.custom<SourceExtras>((v) => typeof v === 'object' && v !== null)),
  }),
  scope: 'global',
  role: 'viewer',
  undoable: false,
  eventProject: (r: ProjectImport) => r.project.id,
  logged: (p, r: ProjectImport) => ({ name: r.project.name, origin: p.project.origin, counts: r.counts, warnings: r.warnings.length }),
  async run(ctx, p): Promise<ProjectImport> {
    let name = cleanName(p.name, 'project name');
    for (let n = 2; p.freeName && (await ctx.tx.count('project', { name })) > 0; n++) name = cleanName(`${p.name.trim()} (${n})`, 'project name');
    if ((await ctx.tx.count('project', { name })) > 0) {
      throw new UserError(`A project named ${quoteName(name)} already exists; import it with --name and another name.`);
    }
    const project: ProjectRecord = { id: ctx.newId(), name, settings: '{}', createdAt: ctx.now };
    await ctx.tx.insert('project', [project]);
    await ctx.tx.insert('membership', [{ id: ctx.newId(), projectId: project.id, userId: ctx.actorId, role: 'owner' }]);
    await ctx.tx.insert('relation_type', seedRelationTypes(project.id, () => ctx.newId(), ctx.now));
    const s: ImportState = {
      ctx: { ...ctx, projectId: project.id }, projectId: project.id, refi: p.project, ids: new Map(),
      warnings: [...p.project.warnings],
      counts: { coders: 0, codes: 0, documents: 0, segments: 0, codings: 0, memos: 0, cases: 0, attributes: 0, relations: 0, models: 0, sets: 0 },
    };
    const kindVariable = p.project.variables.find((v) => v.name === KIND_VARIABLE)?.guid ?? null;
    await importUsers(s);
    await importCodes(s);
    await importCases(s, kindVariable);
    await importDocuments(s, p.extras, kindVariable);
    await importMemosAndRelations(s);
    await importGraphs(s);
    await importSets(s);
    return { project, counts: s.counts, warnings: s.warnings };
  },
});
