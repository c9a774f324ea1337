/** What a REFI-QDA import refuses before it inflates or parses anything. */

/** Most entries an archive may list; a real export holds a .qde and one or two files per source. */
export const MAX_ENTRIES = 10_000;

/** Largest total uncompressed size of all entries, as the central directory declares it. */
export const MAX_TOTAL_BYTES = 300 * 1024 * 1024;

/** Largest project.qde (or bare .qde/.qdc file); the biggest real exports are a few MB. */
export const MAX_QDE_BYTES = 50 * 1024 * 1024;

/**
 * Largest compression ratio of an entry above `RATIO_CHECK_BYTES`: text and XML compress 5 to 30
 * times; a zip bomb compresses a thousand times.
 */
export const MAX_RATIO = 200;
export const RATIO_CHECK_BYTES = 1024 * 1024;

/** Compressed bytes handed to the inflater at a time, so one step can never expand far. */
export const INFLATE_CHUNK_BYTES = 16 * 1024;

/** Largest .qdpx archive accepted at all, before it is opened. */
export const MAX_QDPX_BYTES = 300_000_000;
