/** Archives built to attack an importer: zip slip, zip bombs, hostile XML. Shared by the reader's and the command line's tests. */
import { crc32 } from 'node:zlib';
import { Deflate, strToU8, Zip, zipSync, type ZipInputFile } from 'fflate';

export const QDE = (sources = '') => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="Test"><Sources>${sources}</Sources></Project>`;
export const GUID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}

/**
 * A zip whose one entry inflates to `mb` MB of zeros. Deflating a gigabyte takes ten seconds, so
 * one megabyte is deflated with sync flushes: once the window is all zeros every further
 * megabyte compresses to the same bytes, which are repeated.
 */
export function zeroBomb(name: string, mb: number, fill = 0): Uint8Array {
  const segments: Uint8Array<ArrayBuffer>[] = [];
  let current: Uint8Array[] = [];
  const deflate = new Deflate({ level: 6 }, (data) => current.push(data));
  const zeros = new Uint8Array(1024 * 1024).fill(fill);
  const take = () => { const out = Uint8Array.from(Buffer.concat(current)); current = []; return out; };
  for (let i = 0; i < 4; i++) { deflate.push(zeros); deflate.flush(true); segments.push(take()); }
  deflate.push(zeros, true);
  const last = take();
  const [a, b, steady, again] = segments as [Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>];
  if (Buffer.compare(steady, again) !== 0) throw new Error('the steady deflate block did not repeat');
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = crc32(zeros, crc);
  const parts: Uint8Array[] = [];
  const archive = new Zip((err, data) => { if (err) throw err; parts.push(data); });
  const file: ZipInputFile = { filename: name, size: mb * 1024 * 1024, crc, compression: 8 };
  archive.add(file);
  file.ondata!(null, a, false);
  file.ondata!(null, b, false);
  for (let i = 2; i < mb - 1; i++) file.ondata!(null, steady, false);
  file.ondata!(null, last, true);
  archive.end();
  return new Uint8Array(Buffer.concat(parts));
}

