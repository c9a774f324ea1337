/** Uploads are checked by content: real files under the wrong name are refused with the name they need. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/formats/index.js';
import { containerOf } from '../../src/formats/sniff.js';

const read = (path: string) => new Uint8Array(readFileSync(path));
const DOCX = read('/work/shared/data/format-samples/ID1.docx');
const ODT = read('/work/shared/data/format-samples/ID2.odt');
const PDF = read('/work/shared/data/pdpilot-interviews/transcripts_pdf/P1.pdf');
const TEXT = new TextEncoder().encode('T: ¿Cómo fue?\nP: Nos reímos juntos 😊.\n');

const error = async (bytes: Uint8Array, name: string) => {
  const r = await parseFile(bytes, name);
  return 'error' in r ? r.error : null;
};

describe('content checks of uploads', () => {
  it('recognises the containers of real files', () => {
    expect([containerOf(DOCX), containerOf(ODT), containerOf(PDF), containerOf(TEXT)]).toEqual(['zip', 'zip', 'pdf', null]);
  });

  it('refuses a file whose content is not what its name says, naming what it holds', async () => {
    expect(await error(PDF, 'P1.docx')).toBe('P1.docx is named .docx but holds a PDF (.pdf); rename it accordingly and import it again.');
    expect(await error(DOCX, 'ID1.pdf')).toBe('ID1.pdf is named .pdf but holds a Word or OpenDocument file (.docx or .odt); rename it accordingly and import it again.');
    expect(await error(PDF, 'P1.txt')).toMatch(/^P1\.txt is named \.txt but holds a PDF/);
    expect(await error(ODT, 'notas.md')).toMatch(/^notas\.md is named \.md but holds a Word or OpenDocument file/);
    // Plain text under a document's name is left to that reader, whose sentence says what is wrong.
    expect(await error(TEXT, 'entrevista.docx')).toMatch(/^entrevista\.docx/);
  });

  it('lets files through that are what they say', async () => {
    expect(await error(PDF, 'P1.pdf')).toBeNull();
    expect(await error(DOCX, 'ID1.docx')).toBeNull();
    expect(await error(TEXT, 'entrevista.txt')).toBeNull();
  });
});
