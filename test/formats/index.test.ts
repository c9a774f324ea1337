import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile, SUPPORTED_EXTENSIONS } from '../../src/formats/index.js';
import { MAX_FILE_BYTES } from '../../src/formats/limits.js';
import { expectWellFormed, failure, ok } from './helpers.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseFile', () => {
  it('lists the supported extensions', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.md', '.docx', '.odt', '.pdf', '.vtt', '.srt']);
  });

  it('refuses an unknown extension, listing the supported ones', async () => {
    const message = failure(await parseFile(utf8('hola'), 'notes.rtf'), 'notes.rtf');
    expect(message).toBe(
      'notes.rtf has the extension .rtf, which Sparks cannot import; import a .txt, .md, .docx, .odt, .pdf, .vtt, .srt file instead.',
    );
    failure(await parseFile(utf8('hola'), 'README'), 'README');
    expect(failure(await parseFile(utf8('x'), 'old.doc'), 'old.doc')).toMatch(/save it as \.docx/u);
  });

  it('reads extensions in any case and names the file without its folder', async () => {
    expect(ok(await parseFile(utf8('T: hola'), 'SESION.TXT')).format).toBe('txt');
    const message = failure(await parseFile(new Uint8Array(), '/data/clinic/P9.txt'), 'P9.txt');
    expect(message).toBe('P9.txt is empty; nothing was imported.');
  });

  it('refuses a file over 100 MB before reading it', async () => {
    const message = failure(await parseFile(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.pdf'), 'huge.pdf');
    expect(message).toMatch(/more than the 100 MB/u);
  });

  it('refuses an empty file of every format', async () => {
    for (const ext of SUPPORTED_EXTENSIONS) {
      expect(failure(await parseFile(new Uint8Array(), `empty${ext}`), `empty${ext}`)).toBe(`empty${ext} is empty; nothing was imported.`);
    }
  });

  it('never throws on arbitrary bytes, and whatever it accepts is well formed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...SUPPORTED_EXTENSIONS), async (bytes, ext) => {
        const result = await parseFile(bytes, `f${ext}`);
        if ('error' in result) failure(result, `f${ext}`);
        else expectWellFormed(result.parsed);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps turns inside canonical text for arbitrary transcripts', async () => {
    const line = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.tuple(fc.constantFrom('T', 'P', 'Terapeuta', 'Dan', '[id1]'), fc.string({ unit: 'grapheme', maxLength: 30 })).map(
        ([who, what]) => (who.startsWith('[') ? `${who} ${what}` : `${who}: ${what}`),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 20 }), fc.constantFrom('\n', '\r\n', '\r'), async (lines, eol) => {
        const result = await parseFile(utf8(lines.join(eol)), 't.txt');
        if ('error' in result) return;
        expectWellFormed(result.parsed);
        for (const t of result.parsed.turns) expect(result.parsed.text.slice(t.start, t.end).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
