/** Shared by the REFI-QDA reader tests: the samples folder and error checks. */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect } from 'vitest';
import { ImportError } from '../../../src/formats/import-error.js';
import { SHARED } from '../../helpers/paths.js';

export const QDA_SAMPLES = `${SHARED}refi-qda/samples/`;

export function sample(name: string): Uint8Array {
  return new Uint8Array(readFileSync(QDA_SAMPLES + name));
}

/** The archive's files, unpacked directly by fflate (independent of the reader under test). */
export function unpack(name: string): Record<string, Uint8Array> {
  return unzipSync(sample(name));
}

/** Awaits a rejection and checks it is one clear sentence naming the file; returns the message. */
export async function rejects(work: Promise<unknown> | (() => unknown), fileName: string, pattern?: RegExp): Promise<string> {
  let caught: unknown = null;
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(ImportError);
  const message = (caught as ImportError).message;
  expect(message).toContain(fileName);
  expect(message).not.toMatch(/\n/u);
  expect(message).toMatch(/\.$/u);
  if (pattern) expect(message).toMatch(pattern);
  return message;
}
