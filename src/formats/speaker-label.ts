/**
 * Recognises a speaker label at the start of one line of a transcript, such as `T:`, `Dan:`,
 * `12   Participant:`, `**Terapeuta:**`, `Entrevistador(a):` or QualCoder's `[id1]`.
 */

/** A speaker label found at the start of a line. */
export interface LabelMatch {
  /** Offset in the line where the label begins (after a paragraph number or timestamp). */
  labelStart: number;
  /** Offset in the line just past the label (its colon or closing bracket). */
  labelEnd: number;
  /** The speaker, trimmed, without colon, brackets or emphasis. */
  speaker: string;
  /** A role word (Therapist, Paciente, T…): trusted even when it occurs once. */
  role: boolean;
}

// A capitalised word: "Dan", "Dr.", "María", "O'Neil", "Jean-Luc", "DAN".
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]{0,30}\.?`;
// Lower-case particles inside names ("María de la Luz", "Ludwig van Beethoven").
const PARTICLE = String.raw`(?:de|del|la|las|los|da|das|do|dos|van|von|der|den|di|du|le|y)`;
const NAME =
  `${WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${WORD}){0,2}` +
  String.raw`(?:[ \t]?\((?:a|as|o|os|e|es)\))?(?:[ \t]?\d{1,3})?`;
// "12   " paragraph number and/or "[00:01:23] " timestamp before the label.
const PREFIX = String.raw`[ \t]*(?:\d{1,5}[.)]?[ \t]+)?(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]+)?`;
const EMPHASIS = String.raw`(?:\*\*|__)?`;

const COLON_LABEL = new RegExp(
  `^(?<pre>${PREFIX})${EMPHASIS}(?<name>${NAME})${EMPHASIS}[ \\t]*[:：]${EMPHASIS}(?=[ \\t]|$)`,
  'u',
);
const BRACKET_LABEL = new RegExp(
  String.raw`^(?<pre>${PREFIX})\[(?<name>[\p{L}\p{N}][\p{L}\p{N} ._\-]{0,29})\](?:[ \t]*[:：])?(?=[ \t]|$)`,
  'u',
);

const MAX_LABEL_LENGTH = 40;

/** Role words of interviews and therapy sessions, English and Spanish, compared lower-cased. */
const ROLE_WORDS = new Set([
  't', 'p', 'c', 'i', 'e',
  'therapist', 'patient', 'client', 'counselor', 'counsellor', 'interviewer', 'interviewee',
  'participant', 'respondent', 'moderator', 'facilitator', 'researcher', 'speaker',
  'terapeuta', 'psicoterapeuta', 'paciente', 'cliente', 'consultante', 'entrevistador',
  'entrevistadora', 'entrevistado', 'entrevistada', 'participante', 'investigador',
  'investigadora', 'moderador', 'moderadora', 'psicólogo', 'psicóloga',
]);

/** Words that start prose lines with a colon ("Note: …", "Time: 10:30") and are no speaker. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'nota', 'notas', 'nb', 'n.b.', 'ps', 'p.s.', 'time', 'hora', 'date', 'fecha',
  'place', 'lugar', 'location', 'duration', 'duración', 'subject', 'asunto', 'title', 'título',
  'source', 'fuente', 'page', 'página', 'tel', 'phone', 'teléfono', 'email', 'e-mail', 'url',
  'warning', 'important', 'importante', 'summary', 'resumen', 'example', 'ejemplo', 'step',
  'paso', 'figure', 'figura', 'table', 'tabla', 'chapter', 'capítulo', 'section', 'sección',
  'part', 'parte', 'exercise', 'ejercicio', 'abstract', 'keywords', 're', 'cc', 'to', 'from',
  'de', 'para', 'total', 'version', 'versión',
]);

/** Bracketed stage directions that open lines but are no speaker ("[inaudible] …"). */
const NOT_BRACKET_SPEAKERS = new Set([
  'inaudible', 'unintelligible', 'laughs', 'laughter', 'laughing', 'crosstalk', 'pause',
  'silence', 'sigh', 'cough', 'noise', 'music', 'applause', 'interruption', 'crying', 'sic',
  'risas', 'ríe', 'silencio', 'pausa', 'llanto', 'llora', 'suspira', 'tos', 'ruido', 'música',
  'interrupción', 'ininteligible',
]);

/** Finds the speaker label at the start of `line`, or null when the line has none. */
export function matchLabel(line: string): LabelMatch | null {
  const colon = COLON_LABEL.exec(line);
  if (colon?.groups) {
    const speaker = normaliseSpeaker(colon.groups['name'] ?? '');
    if (speaker.length > MAX_LABEL_LENGTH || isProseWord(speaker)) return null;
    const labelStart = colon.groups['pre']?.length ?? 0;
    return { labelStart, labelEnd: colon[0].length, speaker, role: isRoleWord(speaker) };
  }
  const bracket = BRACKET_LABEL.exec(line);
  if (bracket?.groups) {
    const speaker = normaliseSpeaker(bracket.groups['name'] ?? '');
    if (!/\p{L}/u.test(speaker) || NOT_BRACKET_SPEAKERS.has(speaker.toLowerCase())) return null;
    return { labelStart: bracket.groups['pre']?.length ?? 0, labelEnd: bracket[0].length, speaker, role: false };
  }
  return null;
}

function normaliseSpeaker(name: string): string {
  return name.trim().replace(/\s+/gu, ' ');
}

function isRoleWord(speaker: string): boolean {
  const bare = speaker.toLowerCase().replace(/\([^)]*\)|\d+|\s+/gu, '');
  return ROLE_WORDS.has(bare);
}

function isProseWord(speaker: string): boolean {
  const first = speaker.toLowerCase().split(' ')[0] ?? '';
  return NOT_SPEAKERS.has(first) || NOT_SPEAKERS.has(speaker.toLowerCase());
}

/**
 * Decides which labelled speakers are real. A speaker counts when it is a role word or labels at
 * least two lines; once the document has such a speaker, labels that occur once are trusted as
 * well (a relative who speaks once in a family session). Without one, nothing counts, so a stray
 * "Summary of findings:" line in prose makes no turn.
 */
export function acceptedSpeakers(matches: readonly LabelMatch[]): Set<string> {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.speaker, (counts.get(m.speaker) ?? 0) + 1);
  const established = matches.some((m) => m.role || (counts.get(m.speaker) ?? 0) >= 2);
  return established ? new Set(counts.keys()) : new Set();
}
