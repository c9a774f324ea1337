/** Intercoder agreement on reliability data (units × coders): pure functions, no I/O. See docs/agreement.md. */
export * from './reliability-data.js';
export * from './coincidence.js';
export * from './alpha.js';
export * from './kappa.js';
export * from './summary.js';
