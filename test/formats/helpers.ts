/** Shared helpers for the format tests: temp files, error checks and hand-made PDFs. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { parseFile, type ImportedText, type ParseResult } from '../../src/formats/index.js';

export const PDPILOT = '/work/shared/data/pdpilot-interviews';
export const SAMPLES = '/work/shared/data/format-samples';

/** A temp directory removed after the test file's run. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sparks-formats-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes a fixture into `dir`, reads it back as an importer would, and parses it. */
export async function parseWritten(dir: string, name: string, bytes: Uint8Array | string): Promise<ParseResult> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return parseFile(new Uint8Array(readFileSync(path)), name);
}

/** Parses a file on disk. */
export async function parsePath(path: string): Promise<ParseResult> {
  return parseFile(new Uint8Array(readFileSync(path)), path.split('/').pop() ?? path);
}

/** Asserts success and returns the parsed text. */
export function ok(result: ParseResult): ImportedText {
  if ('error' in result) throw new Error(`expected success, got: ${result.error}`);
  return result.parsed;
}

/** Asserts an error that is one sentence naming the file, and returns it. */
export function failure(result: ParseResult, fileName: string): string {
  if (!('error' in result)) throw new Error('expected an error, got a parsed text');
  expect(result.error).not.toMatch(/\n/u);
  expect(result.error).toMatch(/\.$/u);
  expect(result.error).toContain(fileName);
  return result.error;
}

/** Checks the invariants every import keeps: canonical text, turns inside it, in order. */
export function expectWellFormed(parsed: ImportedText): void {
  expect(parsed.text.normalize('NFC')).toBe(parsed.text);
  expect(parsed.text).not.toMatch(/\r|^\uFEFF/u);
  let previousEnd = 0;
  for (const turn of parsed.turns) {
    expect(turn.start).toBeGreaterThanOrEqual(previousEnd);
    expect(turn.end).toBeGreaterThan(turn.start);
    expect(turn.end).toBeLessThanOrEqual(parsed.text.length);
    expect(parsed.text.slice(turn.start, turn.end)).toBe(parsed.text.slice(turn.start, turn.end).trimEnd());
    previousEnd = turn.end;
  }
}

/**
 * A PDF assembled from object bodies (object n is `objects[n - 1]`), with a correct xref table.
 * `trailer` adds entries to the trailer dictionary.
 */
export function buildPdf(objects: string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A stream object body. */
export function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

/** A one-page PDF whose page draws `content` (WinAnsi Helvetica is /F1). */
export function onePagePdf(content: string, trailer = '', extra: string[] = []): Uint8Array {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      stream(content),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      ...extra,
    ],
    trailer,
  );
}

/** Content-stream text operators that print each line at (x, y) in 12-point Helvetica. */
export function textLines(lines: { x: number; y: number; text: string }[], size = 12): string {
  const esc = (s: string): string => s.replace(/[\\()]/gu, (c) => `\\${c}`);
  return lines.map((l) => `BT /F1 ${size} Tf ${l.x} ${l.y} Td (${esc(l.text)}) Tj ET`).join('\n');
}
