/** The team's coding set-up as the server lists it: the coding phase and who codes which document. */
import type { Phase, TeamView } from '../../../../src/contract/team.js';
import { projectPath, request } from '../../api.js';

export type { DocumentAssignment, Phase, TeamView } from '../../../../src/contract/team.js';

/** The phases in the order a study goes through them, each with the sentence that explains it. */
export const PHASE_INFO: readonly { phase: Phase; label: string; explains: string }[] = [
  { phase: 'independent', label: 'Independent', explains: 'Blind coding: each member sees only their own codings.' },
  { phase: 'comparison', label: 'Comparison', explains: "Everyone sees everyone's codings." },
  { phase: 'consensus', label: 'Consensus', explains: 'The team resolves its disagreements into agreed codings.' },
];

export const phaseInfo = (phase: Phase) => PHASE_INFO.find((p) => p.phase === phase) ?? PHASE_INFO[1]!;

/** Every member may read it; documents come in the documents list's order. */
export const fetchTeam = (projectId: string) => request<TeamView>('GET', `${projectPath(projectId)}/team`);
