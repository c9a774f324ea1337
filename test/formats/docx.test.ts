import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipLimited } from '../../src/formats/zip.js';
import { expectWellFormed, failure, ok, parsePath, parseWritten, SAMPLES, tempDir } from './helpers.js';

const dir = tempDir();

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

/** A minimal Word document with one paragraph per string ('' is an empty paragraph). */
function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map((p) => (p === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`))
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(document),
  });
}

describe('.docx', () => {
  it('reads the QualCoder sample ID1.docx, one paragraph per line', async () => {
    const parsed = ok(await parsePath(`${SAMPLES}/ID1.docx`));
    expectWellFormed(parsed);
    expect(parsed.format).toBe('docx');
    expect(parsed.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const lines = parsed.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^I really like learning new things\./u);
    expect(parsed.text).toContain("I'm happy to pay €200.");
    expect(parsed.turns).toEqual([]);
  });

  it('reads Spanish speaker turns and keeps empty paragraphs as empty lines', async () => {
    const bytes = docx(['Entrevista 1', '', 'Entrevistador(a): ¿Cómo fue la sesión?', 'Terapeuta: Con el niño… bien 😊.']);
    const parsed = ok(await parseWritten(dir, 'entrevista.docx', bytes));
    expectWellFormed(parsed);
    expect(parsed.text).toBe('Entrevista 1\n\nEntrevistador(a): ¿Cómo fue la sesión?\nTerapeuta: Con el niño… bien 😊.');
    expect(parsed.turns.map((t) => [t.speaker, parsed.text.slice(t.start, t.end)])).toEqual([
      ['Entrevistador(a)', 'Entrevistador(a): ¿Cómo fue la sesión?'],
      ['Terapeuta', 'Terapeuta: Con el niño… bien 😊.'],
    ]);
  });

  it('refuses random bytes named .docx', async () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256);
    const message = failure(await parseWritten(dir, 'random.docx', bytes), 'random.docx');
    expect(message).toMatch(/not a Word document/u);
  });

  it('refuses a zip that is not a Word document', async () => {
    const bytes = zipSync({ 'notes/readme.txt': strToU8('hola'), 'data.xml': strToU8('<a/>') });
    const message = failure(await parseWritten(dir, 'other.docx', bytes), 'other.docx');
    expect(message).toMatch(/not a Word document/u);
  });

  it('refuses an OLE container as password-protected or old .doc', async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = failure(await parseWritten(dir, 'locked.docx', bytes), 'locked.docx');
    expect(message).toMatch(/password-protected.*\.docx/u);
  });

  it('refuses a document with no text as empty', async () => {
    const message = failure(await parseWritten(dir, 'blank.docx', docx(['', ''])), 'blank.docx');
    expect(message).toBe('blank.docx is empty; nothing was imported.');
  });
});

describe('unzipLimited', () => {
  const zip = zipSync({ 'a.xml': new Uint8Array(5000), 'b.png': new Uint8Array(50_000) });

  it('inflates only the entries asked for', () => {
    const result = unzipLimited(zip, (n) => n.endsWith('.xml'), 10_000);
    expect('files' in result && Object.keys(result.files)).toEqual(['a.xml']);
    expect('names' in result && result.names).toEqual(['a.xml', 'b.png']);
  });

  it('refuses entries whose sizes add up past the cap', () => {
    expect(unzipLimited(zip, () => true, 10_000)).toEqual({ problem: 'too-large' });
  });

  it('cuts an entry that understates its size to the size it declares', () => {
    const bomb = zipSync({ 'big.xml': new Uint8Array(1_000_000) });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i < bomb.length - 4; i++) {
      // Central directory header: uncompressed size at +24; local header: at +22.
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 100, true);
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 100, true);
    }
    const result = unzipLimited(bomb, () => true, 1000);
    expect('files' in result && result.files['big.xml']?.length).toBe(100);
  });

  it('reports bytes that are no zip', () => {
    expect(unzipLimited(new Uint8Array([1, 2, 3]), () => true, 10)).toEqual({ problem: 'not-zip' });
  });
});
