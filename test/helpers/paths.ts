/** Where the shared real data sits beside the project. */
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const PDF_DIR = `${SHARED}data/pdpilot-interviews/transcripts_pdf/`;
export const TXT_DIR = `${SHARED}data/pdpilot-interviews/transcripts_txt/`;
export const SAMPLES = `${SHARED}data/format-samples/`;
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
