/**
 * The part of media-captions that Sparks uses. The package's own declarations import their
 * siblings without file extensions, which NodeNext module resolution cannot follow.
 */
declare module 'media-captions' {
  export interface VTTCue {
    startTime: number;
    endTime: number;
    text: string;
  }
  export type VTTNode =
    | { type: 'text'; data: string }
    | { type: 'v'; voice: string; children: VTTNode[] }
    | { type: 'c' | 'i' | 'b' | 'u' | 'ruby' | 'rt' | 'lang' | 'timestamp'; children: VTTNode[] };
  export interface ParsedCaptionsResult {
    cues: VTTCue[];
    errors: Error[];
  }
  export function parseText(
    text: string,
    options?: { type?: 'vtt' | 'srt' | 'ssa' | 'ass'; strict?: boolean; errors?: boolean },
  ): Promise<ParsedCaptionsResult>;
  export function tokenizeVTTCue(cue: VTTCue): VTTNode[];
}
