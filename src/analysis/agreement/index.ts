/** Intercoder agreement on reliability data (units × coders) and on coded text (continuous, unitized data): pure functions, no I/O. See docs/agreement.md. */
export * from './reliability-data.js';
export * from './coincidence.js';
export * from './alpha.js';
export * from './kappa.js';
export * from './summary.js';
export * from './continuum.js';
export * from './unitized.js';
export * from './characters.js';
export * from './segments.js';
export * from './project.js';
