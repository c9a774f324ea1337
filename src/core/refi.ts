/**
 * A REFI-QDA project (.qdpx) or codebook (.qdc) as read, in Sparks' terms: every reference is a
 * GUID in one canonical form (lower case, no braces), colours are `#RRGGBB`, texts are canonical
 * (see `core/text.ts`) and selections index them in UTF-16 code units, end exclusive. What Sparks
 * cannot represent is not dropped silently: it is listed in `warnings`, one sentence each.
 */

export interface RefiUser { guid: string; name: string }

export interface RefiCode {
  guid: string; name: string; color: string | null; description: string;
  /** False for a code that only groups others (`isCodable="false"`). */
  codable: boolean;
  children: RefiCode[];
  noteRefs: string[];
}

/** A set of codes or of sources (a code group, a document group). */
export interface RefiSet {
  guid: string; name: string; description: string; codes: string[]; sources: string[];
  /** member notes (`MemberNote`); absent when there are none. */
  notes?: string[];
}

export interface RefiCoding {
  guid: string; code: string; createdBy: string | null; createdAt: string | null;
  /** notes on the coding itself (`Coding/NoteRef`); absent when there are none. */
  noteRefs?: string[];
}

/**
 * A selection of a text source, mapped onto the source's canonical text. `anchor` says how:
 * 'position' (the positions fit the exporter's convention), 'quote' (re-found by its text), or
 * 'orphaned' (neither: kept with the positions clamped, for the researcher to review).
 */
export interface RefiSelection {
  guid: string; name: string; start: number; end: number;
  anchor: 'position' | 'quote' | 'orphaned';
  createdBy: string | null; createdAt: string | null;
  codings: RefiCoding[];
  noteRefs: string[];
  /** the selection's comment (`Description`; ATLAS.ti's quotation comment); absent when empty. */
  description?: string;
}

export type RefiSourceKind = 'text' | 'pdf' | 'picture' | 'audio' | 'video';

export interface RefiSource {
  guid: string; name: string; kind: RefiSourceKind; description: string;
  /** Canonical plain text ('' for media without a transcript). */
  text: string;
  /** The original file when the archive holds it (a docx, a pdf, the txt itself): its archive path and bytes. */
  original: { path: string; bytes: Uint8Array } | null;
  /** A media source's path as the file gives it (`internal://…`, `relative://…`, `absolute://…`). */
  mediaPath: string | null;
  selections: RefiSelection[];
  noteRefs: string[];
  variables: RefiVariableValue[];
  createdBy: string | null; createdAt: string | null;
  /** codings of the source as a whole (`Source/Coding`); absent when there are none. */
  codings?: RefiCoding[];
  /** where the transcript is known to be spoken: canonical offsets with their time in ms, in text order; absent when none. */
  sync?: { at: number; ms: number }[];
  /** a recording's or picture's own file when the archive holds it; absent otherwise. */
  media?: { path: string; bytes: Uint8Array };
}

export interface RefiNote {
  guid: string; name: string; text: string; createdBy: string | null; createdAt: string | null; noteRefs: string[];
  /** the note's `Description`, apart from its text; absent when empty. */
  description?: string;
}

export type RefiVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';
export interface RefiVariable { guid: string; name: string; type: RefiVariableType; description: string }
export interface RefiVariableValue { variable: string; value: string }

/** A case; `unnamed` for MAXQDA's and Quirkos' cases that only carry one source's variables. */
export interface RefiCase {
  guid: string; name: string; description: string; unnamed: boolean;
  sources: string[]; codes: string[]; variables: RefiVariableValue[];
  /** selections the case groups (`SelectionRef`); absent when there are none. */
  selections?: string[];
}

/** A link between two objects (codes, selections, notes, sources…) by GUID. */
export interface RefiLink {
  guid: string; name: string; direction: 'Associative' | 'OneWay' | 'Bidirectional';
  origin: string; target: string; color: string | null; noteRefs: string[];
}

export interface RefiVertex {
  guid: string; represents: string | null; name: string; x: number; y: number; width: number | null; height: number | null;
  shape: string | null; color: string | null;
}
export interface RefiEdge { guid: string; represents: string | null; source: string; target: string; name: string; direction: RefiLink['direction'] | null; color: string | null }
export interface RefiGraph { guid: string; name: string; vertices: RefiVertex[]; edges: RefiEdge[] }

export interface RefiProject {
  name: string;
  /** The exporting software as the file names it (`origin`), e.g. "NVivo for Windows 12.6". */
  origin: string | null;
  /** Which counting convention the selections were read with (see positions). */
  convention: 'codepoints' | 'utf16' | 'utf16-crlf2' | 'codepoints-crlf1';
  description: string;
  users: RefiUser[];
  codes: RefiCode[];
  sets: RefiSet[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiSource[];
  notes: RefiNote[];
  links: RefiLink[];
  graphs: RefiGraph[];
  /** notes on the project as a whole (`Project/NoteRef`); absent when there are none. */
  noteRefs?: string[];
  /** What could not be brought across, one sentence each, for the researcher to read at import. */
  warnings: string[];
}

export interface RefiCodebook { origin: string | null; codes: RefiCode[]; sets: RefiSet[]; warnings: string[] }
