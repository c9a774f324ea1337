/** The analysis layer: pure functions over what the store's grouped queries return; no I/O. */
export * from './frequency.js';
export * from './matrix.js';
export * from './saturation.js';
export * from './report.js';
export * from './cooccurrence.js';
export * from './groups.js';
