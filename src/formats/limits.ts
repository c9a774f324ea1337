/** Sizes past which an import is refused rather than attempted. */

/** Largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Longest line accepted after decoding; a transcript has line breaks, a data dump may not. */
export const MAX_LINE_CHARS = 200_000;

/** Largest uncompressed `content.xml` of an .odt (guards against zip bombs). */
export const MAX_ODT_CONTENT_BYTES = 50 * 1024 * 1024;

/** Largest total uncompressed size of the parts of a .docx that are read. */
export const MAX_DOCX_UNZIPPED_BYTES = 200 * 1024 * 1024;
