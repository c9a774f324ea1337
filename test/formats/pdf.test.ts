import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, failure, ok, onePagePdf, parsePath, parseWritten, PDPILOT, tempDir, textLines } from './helpers.js';

const dir = tempDir();
const INTERVIEWS = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];

/**
 * Paragraphs of a `pdftotext -layout` transcript that lie inside one page, as one line each:
 * "12 Dan: words of the wrapped lines joined by spaces". The last paragraph of a page may run on
 * to the next, so it is left out.
 */
function layoutParagraphs(layout: string): string[] {
  const pages = layout.split('\f');
  return pages.flatMap((page, i) => {
    const paragraphs: string[] = [];
    let current: string[] | null = null;
    for (const line of page.split('\n')) {
      if (/^\d+\s{2,}\p{L}/u.test(line)) {
        if (current) paragraphs.push(current.join(' '));
        current = [line.trim().replace(/\s+/gu, ' ')];
      } else if (current && /^\s{3,19}\S/u.test(line)) {
        current.push(line.trim());
      }
    }
    if (current) paragraphs.push(current.join(' '));
    const whole = i === pages.length - 1 ? paragraphs : paragraphs.slice(0, -1);
    return whole.filter((p) => !/\S-\s/u.test(p)); // hyphenated line ends are rejoined without a space
  });
}

describe('.pdf transcripts (PDPilot interviews)', () => {
  it.each(INTERVIEWS)('%s.pdf reads as numbered paragraphs with Dan and Participant turns', async (id) => {
    const parsed = ok(await parsePath(`${PDPILOT}/transcripts_pdf/${id}.pdf`));
    expectWellFormed(parsed);
    expect(parsed.format).toBe('pdf');
    expect(parsed.mime).toBe('application/pdf');
    expect(parsed.text.length).toBeGreaterThan(5000);

    const speakers = new Set(parsed.turns.map((t) => t.speaker));
    expect(speakers.has('Dan')).toBe(true);
    expect(speakers.has('Participant')).toBe(true);
    for (const t of parsed.turns) expect(parsed.text.slice(t.start, t.end).startsWith(`${t.speaker}:`)).toBe(true);

    // Every paragraph sits on one line, in order, numbered 2, 3, 4 … without gaps or repeats.
    const numbers = parsed.text.split('\n').filter((l) => l !== '').map((l) => /^(\d+) /u.exec(l)?.[1]);
    expect(numbers[0]).toBeUndefined(); // the "Interview" heading
    expect(numbers.slice(1).map(Number)).toEqual(numbers.slice(1).map((_, i) => i + 2));
    expect(parsed.turns).toHaveLength(numbers.length - 1);

    const layout = readFileSync(`${PDPILOT}/transcripts_txt/${id}.layout.txt`, 'utf8');
    const lines = new Set(parsed.text.split('\n'));
    const paragraphs = layoutParagraphs(layout);
    expect(paragraphs.length).toBeGreaterThan(80);
    for (const p of paragraphs) expect(lines.has(p), p).toBe(true);
  });

  it('joins the lines of a wrapped paragraph and one that runs over a page', async () => {
    const p1 = ok(await parsePath(`${PDPILOT}/transcripts_pdf/P1.pdf`)).text;
    expect(p1).toContain(
      "5 Participant: Ah, yeah. Not all the time, so it's not the main thing we do, but in our initial data explorations, we tend to use ICE plots.\n",
    );
    const p3 = ok(await parsePath(`${PDPILOT}/transcripts_pdf/P3.pdf`)).text;
    expect(p3).toContain(
      "111 Participant: So you don't have to manually resize every time in code, you can just like throw it on another screen and have a full screen version of it where you can play around with the plots.\n",
    );
    expect(p3.match(/manually resize/gu)).toHaveLength(1);
  });

  it('keeps the typo speaker of P5 apart', async () => {
    const parsed = ok(await parsePath(`${PDPILOT}/transcripts_pdf/P5.pdf`));
    expect(parsed.turns.filter((t) => t.speaker === 'Particpant')).toHaveLength(1);
  });
});

describe('.pdf made by hand', () => {
  it('rebuilds lines and paragraphs from positioned text', async () => {
    const content = textLines([
      { x: 72, y: 720, text: 'T: Hola, ¿cómo estás? Esta primera intervención es larga y ocupa' },
      { x: 72, y: 706, text: 'dos renglones del documento.' },
      { x: 72, y: 680, text: 'P: Bien.' },
      { x: 300, y: 40, text: '1' },
    ]);
    const parsed = ok(await parseWritten(dir, 'hecho.pdf', onePagePdf(content)));
    expect(parsed.text).toBe(
      'T: Hola, ¿cómo estás? Esta primera intervención es larga y ocupa dos renglones del documento.\nP: Bien.',
    );
    expect(parsed.turns.map((t) => t.speaker)).toEqual(['T', 'P']);
  });

  it('refuses a PDF without a text layer', async () => {
    const message = failure(await parseWritten(dir, 'P9.pdf', onePagePdf('0 0 1 rg 72 72 200 200 re f')), 'P9.pdf');
    expect(message).toBe('P9.pdf has no text layer (it is a scanned image); run it through OCR first and import the result.');
  });

  it('refuses a truncated PDF', async () => {
    const real = readFileSync(`${PDPILOT}/transcripts_pdf/P1.pdf`);
    const message = failure(await parseWritten(dir, 'cut.pdf', real.subarray(0, Math.floor(real.length / 2))), 'cut.pdf');
    expect(message).toMatch(/damaged or incomplete/u);
  });

  it('refuses bytes that are no PDF', async () => {
    failure(await parseWritten(dir, 'fake.pdf', '%PDF-1.7\nnot really\n%%EOF\n'), 'fake.pdf');
    failure(await parseWritten(dir, 'noise.pdf', new Uint8Array(3000).map((_, i) => (i * 37) % 256)), 'noise.pdf');
  });

  it('refuses a PDF that needs a password', async () => {
    const hex32 = 'ab'.repeat(32);
    const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >>`;
    const id = '0123456789abcdef0123456789abcdef';
    const bytes = onePagePdf(textLines([{ x: 72, y: 720, text: 'secret' }]), `/Encrypt 6 0 R /ID [<${id}> <${id}>] `, [encrypt]);
    const message = failure(await parseWritten(dir, 'locked.pdf', bytes), 'locked.pdf');
    expect(message).toMatch(/password/u);
  });
});
