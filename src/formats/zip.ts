/** Reading parts of a zip container (docx, odt) with a cap on what may be inflated. */
import { unzipSync } from 'fflate';

export type UnzipResult =
  | { files: Record<string, Uint8Array>; names: string[] }
  | { problem: 'not-zip' | 'too-large' };

/** True when the bytes start like a zip archive (a local file header, or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/**
 * Inflates the entries that `keep` selects, refusing when their declared sizes add up to more
 * than `maxBytes`. fflate inflates each entry into a buffer of its declared size, so an entry
 * that lies about its size cannot grow past the cap either (it comes out cut short instead).
 */
export function unzipLimited(bytes: Uint8Array, keep: (name: string) => boolean, maxBytes: number): UnzipResult {
  const names: string[] = [];
  let total = 0;
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        if (tooLarge || !keep(file.name)) return false;
        total += file.originalSize;
        tooLarge = total > maxBytes;
        return !tooLarge;
      },
    });
    return tooLarge ? { problem: 'too-large' } : { files, names };
  } catch {
    return { problem: 'not-zip' };
  }
}
