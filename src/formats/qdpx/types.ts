/** The shapes a REFI-QDA file is read into and written from; they live in core, where the import command uses them. */
export type * from '../../core/refi.js';
