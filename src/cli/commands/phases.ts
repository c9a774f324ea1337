/** `sparks project phase …` and `sparks assign|unassign …`: the coding phase and who codes which documents. */
import type { Command as Cli } from 'commander';
import { COMMANDS } from '../../core/commands/index.js';
import { PHASES, type Phase } from '../../core/phases.js';
import { action } from '../context.js';
import { usage } from '../errors.js';

const PHASE_TEXT: Record<Phase, string> = {
  independent: 'each member now sees only their own codings (blind coding)',
  comparison: "everyone now sees everyone's codings",
  consensus: 'the team now resolves its disagreements into the consensus layer',
};

const list = (raw: string, flag: string): string[] => {
  const items = raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw usage(`${flag} needs at least one name, separated by commas.`);
  return items;
};

export function registerPhases(program: Cli): void {
  const project = program.commands.find((c) => c.name() === 'project') ?? program.command('project');
  project.command('phase <project> <phase>').description(`set the coding phase: ${PHASES.join(', ')}`).option('--json', 'print JSON')
    .action(action(async (ctx, projectName: string, phase: string) => {
      if (!(PHASES as readonly string[]).includes(phase)) throw usage(`The phase must be one of ${PHASES.join(', ')}.`);
      const r = await ctx.run(COMMANDS.setPhase, { phase: phase as Phase }, projectName);
      ctx.print(r, () => (r.was === r.phase ? `${projectName} is already in the ${phase} phase.` : `${projectName} is in the ${phase} phase: ${PHASE_TEXT[r.phase]}.`));
    }));
  const docsAndCoders = (cmd: Cli) => cmd
    .requiredOption('--docs <names>', 'document names, separated by commas')
    .requiredOption('--coders <names>', 'coder names, separated by commas')
    .option('--json', 'print JSON');
  const payloadOf = (o: { docs: string; coders: string }) => ({ documents: list(o.docs, '--docs'), coders: list(o.coders, '--coders') });
  const counted = (n: number, done: string) => `${n} assignment${n === 1 ? '' : 's'} ${done}.`;
  docsAndCoders(program.command('assign <project>').description('give documents to coders: they (and owners) alone may code them'))
    .action(action(async (ctx, projectName: string, o: { docs: string; coders: string }) => {
      const r = await ctx.run(COMMANDS.assignDocuments, payloadOf(o), projectName);
      ctx.print(r, () => counted(r.added, 'added'));
    }));
  docsAndCoders(program.command('unassign <project>').description('take documents back from coders'))
    .action(action(async (ctx, projectName: string, o: { docs: string; coders: string }) => {
      const r = await ctx.run(COMMANDS.unassignDocuments, payloadOf(o), projectName);
      ctx.print(r, () => counted(r.removed, 'removed'));
    }));
}
