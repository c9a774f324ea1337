/**
 * Shapes of the demo study that Sparks creates for a newcomer: a handful of fictional
 * interviews with their participants (cases), the coders who worked on them, the codings they
 * made against the moments-of-meeting codebook, and the memos they wrote along the way.
 *
 * Everything here is plain data shipped with the code; creating the demo project turns it into
 * ordinary documents, cases, codings and memos through the core commands.
 */

/** A participant of the demo study. */
export interface DemoCase {
  /** The participant's label, `'T1'`, `'T2'` …; it is also the speaker label in the transcript. */
  label: string;
  /**
   * Values of the template's case attributes, keyed exactly `gender`, `age`,
   * `yearsOfExperience` and `theoreticalOrientation`; numbers are written as digits.
   */
  attributes: Record<string, string>;
}

/** One transcribed interview. */
export interface DemoInterview {
  /** Document name, e.g. `'Interview T1'`. */
  name: string;
  /** Label of the case (participant) interviewed. */
  case: string;
  /**
   * The transcript: a fictional-notice line, then one turn per line (`Interviewer: …` or
   * `T1: …`), with a blank line between turns.
   */
  text: string;
}

/** One coded segment. */
export interface DemoCoding {
  /** Name of the interview the quote comes from. */
  interview: string;
  /** Verbatim text of the segment; it occurs exactly once in that interview's text. */
  quote: string;
  /** Full code path in the moments-of-meeting template, e.g. `'Triggers of moments of meeting/Humor'`. */
  code: string;
  /** Name of the coder, one of `DemoStudy.coders`. */
  coder: string;
}

/** A memo written during the demo study. */
export interface DemoMemo {
  title: string;
  /** Markdown. */
  body: string;
  type: 'reflexive' | 'theoretical' | 'methodological' | 'code-definition' | 'free';
  /** Name of the coder who wrote it, one of `DemoStudy.coders`. */
  author: string;
  /** What the memo is about: code paths, interview names or case labels. */
  links: { type: 'code' | 'document' | 'case'; ref: string }[];
}

/** The complete demo study. */
export interface DemoStudy {
  coders: { name: string; email: string }[];
  cases: DemoCase[];
  interviews: DemoInterview[];
  codings: DemoCoding[];
  memos: DemoMemo[];
}
