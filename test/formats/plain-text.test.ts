import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, failure, ok, parsePath, parseWritten, SAMPLES, tempDir } from './helpers.js';

const dir = tempDir();
const spanish = 'Terapeuta: ¿Cómo fue la sesión?\nPaciente: El niño está mejor, ¿qué opina?\n';

describe('.txt and .md decoding', () => {
  it('reads UTF-8 without BOM', async () => {
    const parsed = ok(await parseWritten(dir, 'utf8.txt', Buffer.from(spanish, 'utf8')));
    expect(parsed.text).toBe(spanish);
    expect(parsed.format).toBe('txt');
    expect(parsed.mime).toBe('text/plain');
  });

  it('reads UTF-8 with BOM and CRLF line ends as canonical text', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(spanish.replace(/\n/gu, '\r\n'), 'utf8')]);
    const parsed = ok(await parseWritten(dir, 'bom-crlf.txt', bytes));
    expect(parsed.text).toBe(spanish);
    expectWellFormed(parsed);
    expect(parsed.turns.map((t) => t.speaker)).toEqual(['Terapeuta', 'Paciente']);
  });

  it('decodes windows-1252 Spanish text', async () => {
    const text = 'La sesión con el niño fue larga.\r\n¿Qué pasó después? Él lloró… “mucho”.\r\n';
    const parsed = ok(await parseWritten(dir, 'legacy.txt', iconv.encode(text, 'windows-1252')));
    expect(parsed.text).toBe('La sesión con el niño fue larga.\n¿Qué pasó después? Él lloró… “mucho”.\n');
  });

  it('decodes short latin-1 text', async () => {
    const parsed = ok(await parseWritten(dir, 'short.txt', iconv.encode('sesión, niño, ¿qué?', 'latin1')));
    expect(parsed.text).toBe('sesión, niño, ¿qué?');
  });

  it('decodes UTF-16LE and UTF-16BE with BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(spanish, 'utf-16le')]);
    expect(ok(await parseWritten(dir, 'utf16le.txt', le)).text).toBe(spanish);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('😊 ¿qué?', 'utf-16be')]);
    expect(ok(await parseWritten(dir, 'utf16be.md', be)).text).toBe('😊 ¿qué?');
  });

  it('normalises decomposed accents to NFC', async () => {
    const parsed = ok(await parseWritten(dir, 'nfd.md', Buffer.from('sesio\u0301n', 'utf8')));
    expect(parsed.text).toBe('sesión');
    expect(parsed.format).toBe('md');
    expect(parsed.mime).toBe('text/markdown');
  });

  it('finds bold markdown speaker labels', async () => {
    const parsed = ok(await parseWritten(dir, 'session.md', '# Sesión 1\n\n**T:** Hola.\n\n**P:** Hola. 😊\n'));
    expect(parsed.turns.map((t) => [t.speaker, parsed.text.slice(t.start, t.end)])).toEqual([
      ['T', '**T:** Hola.'],
      ['P', '**P:** Hola. 😊'],
    ]);
  });
});

describe('.txt refusals', () => {
  it('refuses binary bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    const message = failure(await parseWritten(dir, 'noise.txt', bytes), 'noise.txt');
    expect(message).toMatch(/binary/u);
  });

  it('refuses binary bytes that have no NUL', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => ((i * 7919 + 13) % 255) + 1);
    failure(await parseWritten(dir, 'noise2.txt', bytes), 'noise2.txt');
  });

  it('refuses text with NUL bytes', async () => {
    failure(await parseWritten(dir, 'nul.txt', Buffer.from('hola\u0000mundo', 'utf8')), 'nul.txt');
  });

  it('refuses an empty file and a whitespace-only file', async () => {
    const empty = failure(await parseWritten(dir, 'empty.txt', ''), 'empty.txt');
    expect(empty).toBe('empty.txt is empty; nothing was imported.');
    failure(await parseWritten(dir, 'blank.txt', ' \r\n\t\n'), 'blank.txt');
  });

  it('refuses a 20-MB single line', async () => {
    const message = failure(await parseWritten(dir, 'dump.txt', 'a'.repeat(20 * 1024 * 1024)), 'dump.txt');
    expect(message).toMatch(/line of 20,971,520 characters.*add line breaks/u);
  });
});

describe('QualCoder sample transcript', () => {
  it('reads [idN] tags as speakers', async () => {
    const parsed = ok(await parsePath(`${SAMPLES}/transcript.txt`));
    expectWellFormed(parsed);
    expect(new Set(parsed.turns.map((t) => t.speaker))).toEqual(new Set(['id1', 'id2', 'id3']));
    expect(parsed.turns).toHaveLength(7);
    for (const t of parsed.turns) expect(parsed.text.slice(t.start, t.end)).toMatch(new RegExp(`^\\[${t.speaker}\\] \\S`, 'u'));
    expect(parsed.text.slice(parsed.turns[0]!.start, parsed.turns[0]!.end)).toBe(
      "[id1] hello, I like the course. It really helped me with understanding world's history and gave me an insight into how did people cope with the complexities of life in the past.",
    );
  });
});
