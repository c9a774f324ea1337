import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { odtParagraphs } from '../../src/formats/odt-content.js';
import { expectWellFormed, failure, ok, parsePath, parseWritten, SAMPLES, tempDir } from './helpers.js';

const dir = tempDir();

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';

function contentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS}><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
}

function odt(content: string, manifest = '<manifest:manifest/>'): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8(manifest),
  });
}

describe('.odt', () => {
  it('reads the QualCoder sample ID2.odt, one paragraph per line', async () => {
    const parsed = ok(await parsePath(`${SAMPLES}/ID2.odt`));
    expectWellFormed(parsed);
    expect(parsed.format).toBe('odt');
    expect(parsed.mime).toBe('application/vnd.oasis.opendocument.text');
    expect(parsed.text.split('\n')).toEqual([
      'I have not studied much before, but my father Joe Bloggs really encouraged me to study again. I know that I must get help as I have struggled understanding the lecture slides so far and searching the web did not help.',
      'I really want someone to sit down with me and explain the course material.',
      'The course cost €200.00 and I do not want to waste my money.',
    ]);
  });

  it('handles spans, spaces, tabs, line breaks, headings, lists and Spanish turns', async () => {
    const body = [
      '<text:sequence-decls><text:sequence-decl text:name="Figure"/></text:sequence-decls>',
      '<text:h text:outline-level="1">Sesión   <text:span>3</text:span></text:h>',
      '<text:p>T:<text:s/><text:span>¿Cómo</text:span> estás?<text:s text:c="3"/>Bien<text:tab/>x</text:p>',
      '<text:list><text:list-item><text:p>P: El <text:span>niño</text:span> &amp; yo<text:line-break/>seguimos 😊</text:p></text:list-item></text:list>',
      '<text:p>T: Nota<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>al pie</text:p></text:note-body></text:note> final.</text:p>',
      '<text:tracked-changes><text:changed-region><text:deletion><text:p>borrado</text:p></text:deletion></text:changed-region></text:tracked-changes>',
      '<text:p/>',
      '<table:table><table:table-row><table:table-cell><text:p>celda</text:p></table:table-cell></table:table-row></table:table>',
    ].join('\n');
    const parsed = ok(await parseWritten(dir, 'sesion.odt', odt(contentXml(body))));
    expectWellFormed(parsed);
    expect(parsed.text).toBe(
      ['Sesión 3', 'T: ¿Cómo estás?   Bien\tx', 'P: El niño & yo\nseguimos 😊', 'T: Nota final.', '', 'celda'].join('\n'),
    );
    expect(parsed.turns.map((t) => t.speaker)).toEqual(['T', 'P', 'T']);
  });

  it('refuses a content.xml that expands past 50 MB', async () => {
    const huge = contentXml(`<text:p>${' '.repeat(51 * 1024 * 1024)}</text:p>`);
    const message = failure(await parseWritten(dir, 'bomb.odt', odt(huge)), 'bomb.odt');
    expect(message).toMatch(/more than 50 MB/u);
  });

  it('refuses XML with a DOCTYPE', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${contentXml('<text:p>&a;</text:p>').replace(/^<\?xml[^>]*>/u, '')}`;
    expect(odtParagraphs(xml)).toBeNull();
    failure(await parseWritten(dir, 'dtd.odt', odt(xml)), 'dtd.odt');
  });

  it('refuses a zip without an ODF text body, random bytes and an encrypted document', async () => {
    failure(await parseWritten(dir, 'sheet.odt', odt('<office:document-content/>')), 'sheet.odt');
    failure(await parseWritten(dir, 'nozip.odt', zipSync({ 'a.txt': strToU8('x') })), 'nozip.odt');
    failure(await parseWritten(dir, 'noise.odt', new Uint8Array(512).fill(7)), 'noise.odt');
    const encrypted = odt('binary', '<manifest:manifest><manifest:encryption-data/></manifest:manifest>');
    expect(failure(await parseWritten(dir, 'locked.odt', encrypted), 'locked.odt')).toMatch(/password/u);
  });
});
