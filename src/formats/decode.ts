/** Bytes to string for text-based formats: UTF-8 first, then a detected legacy encoding. */
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type DecodeResult =
  | { text: string; encoding: string }
  | { problem: 'binary' | 'unknown-encoding' };

const BOMS: { bytes: number[]; encoding: string }[] = [
  // UTF-32 before UTF-16: FF FE 00 00 also starts with the UTF-16LE mark.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

// Below this chardet is guessing; such bytes are better refused than decoded into nonsense.
const MIN_CONFIDENCE = 10;
// Enough bytes to recognise an encoding; analysing all of a large file only costs time.
const DETECTION_SAMPLE_BYTES = 1024 * 1024;
// Control characters other than tab, line feed, vertical tab (Word's manual line break), form
// feed and carriage return mean binary data.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/gu;
const MAX_CONTROL_RATIO = 0.001;

/**
 * Decodes text bytes. A byte-order mark decides the encoding; otherwise strict UTF-8 is tried,
 * then chardet's best guess decoded with iconv-lite (ISO-8859-1 read as its superset
 * windows-1252, as browsers do). Bytes with NUL or many control characters are refused as binary.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const bom = BOMS.find((b) => b.bytes.every((v, i) => bytes[i] === v));
  if (bom) {
    const rest = bytes.subarray(bom.bytes.length);
    if (bom.encoding !== 'utf-8') return checked(iconv.decode(Buffer.from(rest), bom.encoding), bom.encoding);
    const text = tryUtf8(rest);
    return text === null ? { problem: 'unknown-encoding' } : checked(text, 'utf-8');
  }
  if (bytes.includes(0)) return { problem: 'binary' };

  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8');

  const guess = chardet
    .analyse(bytes.subarray(0, DETECTION_SAMPLE_BYTES)).find((m) => iconv.encodingExists(m.name));
  if (!guess || guess.confidence < MIN_CONFIDENCE) return { problem: 'unknown-encoding' };
  const encoding = guess.name.toUpperCase() === 'ISO-8859-1' ? 'windows-1252' : guess.name;
  return checked(iconv.decode(Buffer.from(bytes), encoding), encoding.toLowerCase());
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checked(text: string, encoding: string): DecodeResult {
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(2, text.length * MAX_CONTROL_RATIO)) {
    return { problem: 'binary' };
  }
  return { text, encoding };
}
