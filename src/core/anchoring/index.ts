/**
 * Describing text selections and finding them again in a new version of a text. Offsets are
 * UTF-16 code units into canonical text (see DESIGN.md, "Text selections").
 */
export { anchor, type AnchorOptions, type AnchorResult } from './anchor.js';
export { describe, CONTEXT_LENGTH } from './describe.js';
export { findAll } from './find-all.js';
export { snapToGraphemes } from './graphemes.js';
