/**
 * Coding phases of a team study. In the independent phase coding is blind: each member sees only
 * their own codings, so that agreement measures independent judgements. In comparison everyone
 * sees everyone's; in consensus the team resolves its disagreements into the consensus layer.
 */
export const PHASES = ['independent', 'comparison', 'consensus'] as const;
export type Phase = (typeof PHASES)[number];

/** The phase kept in a project's settings; a project that never chose one shows every coding. */
export function phaseOf(settings: string | Record<string, unknown>): Phase {
  const parsed = typeof settings === 'string' ? (JSON.parse(settings) as Record<string, unknown>) : settings;
  const phase = parsed.phase;
  return (PHASES as readonly unknown[]).includes(phase) ? (phase as Phase) : 'comparison';
}
