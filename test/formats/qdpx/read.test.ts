/** Hand-made projects for what the samples do not show: namespaces, conventions, fallbacks, cases. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readQdpx } from '../../../src/formats/qdpx/index.js';

const G = (n: number) => `0000000${n}-AAAA-4BBB-8CCC-DDDDDDDDDDDD`;
const g = (n: number) => G(n).toLowerCase();
const BOM = '\uFEFF';

function qdpx(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
}

const project = (origin: string, body: string, ns = 'xmlns="urn:QDA-XML:project:1.0"') =>
  `<?xml version="1.0" encoding="utf-8"?>\r\n<Project ${ns} name="Estudio" origin="${origin}">\r\n${body}\r\n</Project>`;

const DOCX_PARTS = {
  '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
};
function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return qdpx({ ...DOCX_PARTS, 'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>` });
}

describe('tolerant reading', () => {
  it('reads prefixed elements of the 0:10 namespace, braced upper-case GUIDs, #RGB, Sources/ and Project.qde', async () => {
    const body = `<qda:Users><qda:User guid="{${G(1)}}" name="Ana"/></qda:Users>
      <qda:CodeBook><qda:Codes><qda:Code guid="{${G(2)}}" name="Miedo" isCodable="false" color="#f0a"><qda:Description>Temor&#10;expresado</qda:Description>
        <qda:Code guid="${G(3)}" name="Pánico" isCodable="true"/></qda:Code></qda:Codes></qda:CodeBook>
      <qda:Sources><qda:TextSource guid="${G(4)}" name="Entrevista 1" plainTextPath="internal://${G(4)}.TXT" creatingUser="${g(1)}">
        <qda:PlainTextSelection guid="${G(5)}" startPosition="13" endPosition="18"><qda:Coding guid="${G(6)}"><qda:CodeRef targetGUID="{${g(3)}}"/></qda:Coding></qda:PlainTextSelection>
      </qda:TextSource>
      <qda:TextSource guid="${G(7)}" name="Nota de campo"><qda:PlainTextContent>Texto en línea</qda:PlainTextContent></qda:TextSource></qda:Sources>`;
    const p = await readQdpx(qdpx({
      'Project.qde': BOM + project('NVivo for Windows 12.6', body, 'xmlns:qda="urn:QDA-XML:project:0:10"'),
      [`Sources/${g(4)}.txt`]: `${BOM}Hola.\r\nTengo miedo.\r\n`,
    }), 'estudio.qdpx');
    expect(p.warnings).toEqual([]);
    expect(p.users).toEqual([{ guid: g(1), name: 'Ana' }]);
    expect(p.codes[0]).toMatchObject({ guid: g(2), name: 'Miedo', color: '#FF00AA', codable: false, description: 'Temor\nexpresado' });
    expect(p.codes[0]!.children[0]).toMatchObject({ guid: g(3), name: 'Pánico', codable: true, color: null });
    const [interview, note] = p.sources;
    expect(interview).toMatchObject({ guid: g(4), text: 'Hola.\nTengo miedo.\n', createdBy: g(1), createdAt: null });
    expect(interview!.selections[0]).toMatchObject({ guid: g(5), start: 12, end: 17, anchor: 'position', createdAt: null });
    expect(interview!.text.slice(12, 17)).toBe('miedo');
    expect(interview!.selections[0]!.codings).toEqual([{ guid: g(6), code: g(3), createdBy: null, createdAt: null }]);
    expect(note).toMatchObject({ name: 'Nota de campo', text: 'Texto en línea', original: null });
  });

  it('warns about elements it does not know and references to things that are not there', async () => {
    const body = `<CodeBook><Codes><Code guid="${G(2)}" name="A" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${G(4)}" name="T"><PlainTextContent>uno dos</PlainTextContent>
        <PlainTextSelection guid="${G(5)}" startPosition="0" endPosition="3"><Coding guid="${G(6)}"><CodeRef targetGUID="${G(9)}"/></Coding><NoteRef targetGUID="${G(8)}"/></PlainTextSelection>
      </TextSource><TextSource guid="${G(7)}" name="Perdido" plainTextPath="internal://nada.txt">
        <PlainTextSelection guid="${G(3)}" startPosition="0" endPosition="3"/></TextSource></Sources>
      <Sets><Set guid="${G(1)}" name="S"><MemberSource targetGUID="${G(7)}"/><MemberCode targetGUID="${G(2)}"/></Set></Sets>
      <Extras><Thing/></Extras>`;
    const p = await readQdpx(qdpx({ 'project.qde': project('Tool', body) }), 'x.qdpx');
    expect(p.sources.map((s) => s.name)).toEqual(['T']);
    expect(p.sources[0]!.selections[0]).toMatchObject({ codings: [], noteRefs: [], anchor: 'position' });
    expect(p.sets[0]).toMatchObject({ codes: [g(2)], sources: [] });
    expect(p.warnings).toEqual(expect.arrayContaining([
      'The text source "Perdido" was not imported: neither its plain text nor its original file is in the archive, so its 1 text selection could not be imported either.',
      '1 <Extras> element in <Project> is not part of what Sparks reads and was left out.',
      '1 reference to a code that the project does not hold was dropped.',
      '1 reference to a note that the project does not hold was dropped.',
      '1 reference to a source that the project does not hold was dropped.',
    ]));
  });

  it('takes the text from the Word file when the plain text is missing', async () => {
    const body = `<Sources><TextSource guid="${G(4)}" name="Sesión" richTextPath="internal://${G(4)}.docx" plainTextPath="internal://${G(4)}.txt">
      <PlainTextSelection guid="${G(5)}" name="" startPosition="6" endPosition="11"/></TextSource></Sources>`;
    const p = await readQdpx(qdpx({ 'project.qde': project('NVivo for Mac 12.7.0', body), [`sources/${G(4)}.docx`]: docx(['Hola, mundo.', 'Adiós.']) }), 'w.qdpx');
    const s = p.sources[0]!;
    expect(s.text).toBe('Hola, mundo.\nAdiós.');
    expect(s.original?.path).toBe(`sources/${G(4)}.docx`);
    expect(s.text.slice(s.selections[0]!.start, s.selections[0]!.end)).toBe('mundo');
    expect(p.warnings).toEqual(['The plain text of "Sesión" is missing from the archive, so its text was taken from its Word file; check where its selections landed.']);
  });
});

describe('conventions', () => {
  // CRLF line ends, an emoji and a decomposed accent before the selection, as Windows tools store text.
  const stored = 'P: Me\u0301xico 😀\r\nT: ¿Y el miedo?\r\nP: Mucho miedo.\r\n';
  const canonical = 'P: México 😀\nT: ¿Y el miedo?\nP: Mucho miedo.\n';
  const nvivo = [stored.indexOf('Mucho'), stored.indexOf('Mucho') + 11] as const;
  // Code points with a line break counted once: the decomposed accent counts as two.
  const atlas = [...stored.replace(/\r\n/gu, '\n').slice(0, stored.replace(/\r\n/gu, '\n').indexOf('Mucho'))].length;

  function withSelection(origin: string, start: number, end: number, name: string) {
    const body = `<Sources><TextSource guid="${G(4)}" name="E" plainTextPath="internal://${G(4)}.txt">
      <PlainTextSelection guid="${G(5)}" name="${name}" startPosition="${start}" endPosition="${end}"/></TextSource></Sources>`;
    return readQdpx(qdpx({ 'project.qde': project(origin, body), [`sources/${G(4)}.txt`]: stored }), 'c.qdpx');
  }

  it('reads NVivo positions as UTF-16 units with CRLF counted twice', async () => {
    const p = await withSelection('NVivo for Windows 12.6', nvivo[0], nvivo[1], '');
    const sel = p.sources[0]!.selections[0]!;
    expect(p.sources[0]!.text).toBe(canonical);
    expect(p.convention).toBe('utf16-crlf2');
    expect(canonical.slice(sel.start, sel.end)).toBe('Mucho miedo');
  });

  it('reads ATLAS.ti positions as code points with a line break counted once, checked against the quote', async () => {
    const p = await withSelection('ATLAS.ti for Windows 23.2.3', atlas, atlas + 11, 'Mucho miedo');
    const sel = p.sources[0]!.selections[0]!;
    expect(p.convention).toBe('codepoints-crlf1');
    expect(sel.anchor).toBe('position');
    expect(canonical.slice(sel.start, sel.end)).toBe('Mucho miedo');
    expect(p.warnings).toEqual([]);
  });

  it('switches convention, and says so, when the declared one does not fit the quotes', async () => {
    const p = await withSelection('ATLAS.ti for Windows 23.2.3', nvivo[0], nvivo[1], 'Mucho miedo');
    const sel = p.sources[0]!.selections[0]!;
    expect(p.convention).toBe('utf16-crlf2');
    expect(sel.anchor).toBe('position');
    expect(canonical.slice(sel.start, sel.end)).toBe('Mucho miedo');
    expect(p.warnings.join(' ')).toMatch(/fit their texts better counted as UTF-16 code units with line ends as stored/u);
  });

  it('keeps the positions of a selection whose name is a label found elsewhere in the text', async () => {
    const p = await withSelection('ATLAS.ti for Windows 23.2.3', atlas, atlas + 11, 'miedo');
    const sel = p.sources[0]!.selections[0]!;
    expect(sel.anchor).toBe('position');
    expect(canonical.slice(sel.start, sel.end)).toBe('Mucho miedo');
  });

  it('re-anchors a cut-off quote ("…") by its beginning, nearest the given position', async () => {
    const p = await withSelection('MAXQDA 24', 2, 900, 'Mucho mie…');
    const sel = p.sources[0]!.selections[0]!;
    expect(sel.anchor).toBe('quote');
    expect(canonical.slice(sel.start, sel.end).startsWith('Mucho miedo')).toBe(true);
  });
});

describe('other sources, cases and variables', () => {
  it('reads a PDF by its representation, a transcript as audio text, and cases with variables', async () => {
    const body = `<Variables><Variable guid="${G(1)}" name="Edad" typeOfVariable="Integer"/></Variables>
      <Cases><Case guid="${G(2)}"><VariableValue><VariableRef targetGUID="${G(1)}"/><IntegerValue>34</IntegerValue></VariableValue><SourceRef targetGUID="${G(3)}"/></Case>
        <Case guid="${G(9)}" name="T7"><SourceRef targetGUID="${G(6)}"/></Case></Cases>
      <Sources><PDFSource guid="${G(3)}" name="Artículo" path="internal://${G(3)}.pdf">
        <PDFSelection guid="${G(8)}" page="0" firstX="1" firstY="1" secondX="2" secondY="2"/>
        <Representation guid="${G(4)}" plainTextPath="internal://${G(4)}.txt"><PlainTextSelection guid="${G(5)}" startPosition="0" endPosition="7"/></Representation></PDFSource>
        <AudioSource guid="${G(6)}" name="Sesión 3" path="relative:///s3.m4a"><Transcript guid="${G(7)}"><PlainTextContent>T: Hola.</PlainTextContent><SyncPoint guid="${G(1)}" position="0" timeStamp="0"/></Transcript></AudioSource></Sources>`;
    const pdf = strToU8('%PDF-1.4 not really');
    const p = await readQdpx(qdpx({ 'project.qde': project('Tool', body), [`sources/${G(3)}.pdf`]: pdf, [`sources/${G(4)}.txt`]: 'Resumen del artículo.' }), 'o.qdpx');
    const [article, audio] = p.sources;
    expect(article).toMatchObject({ kind: 'pdf', text: 'Resumen del artículo.', original: { path: `sources/${G(3)}.pdf`, bytes: pdf } });
    expect(article!.selections.map((s) => article!.text.slice(s.start, s.end))).toEqual(['Resumen']);
    expect(audio).toMatchObject({ kind: 'audio', name: 'Sesión 3', text: 'T: Hola.', mediaPath: 'relative:///s3.m4a' });
    expect(p.variables).toEqual([{ guid: g(1), name: 'Edad', type: 'Integer', description: '' }]);
    expect(p.cases).toEqual([
      { guid: g(2), name: 'Artículo', description: '', unnamed: true, sources: [g(3)], codes: [], variables: [{ variable: g(1), value: '34' }] },
      { guid: g(9), name: 'T7', description: '', unnamed: false, sources: [g(6)], codes: [], variables: [] },
    ]);
    expect(p.warnings).toEqual(['1 PDF region selection was not imported: Sparks codes text only.']);
  });

  it('places transcript selections through their sync points and keeps codings of whole sources', async () => {
    // Windows line ends and an emoji before the second turn: NVivo counts both in UTF-16 units as stored.
    const stored = 'T: ¿Cómo estás? 😀\r\nP: Mejor, gracias.\r\n';
    const at = (s: string) => stored.indexOf(s);
    const body = `<Users><User guid="${G(1)}" name="Ana"/></Users>
      <CodeBook><Codes><Code guid="${G(2)}" name="Alivio" isCodable="true"/><Code guid="${G(3)}" name="Sesión" isCodable="true"/></Codes></CodeBook>
      <Sources><VideoSource guid="${G(4)}" name="Sesión 5" path="internal://${G(4)}.mp4">
        <Coding guid="${G(5)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(3)}"/></Coding>
        <Transcript guid="${G(6)}" plainTextPath="internal://${G(6)}.txt"><Description>Transcrita por Ana.</Description>
          <SyncPoint guid="${G(7)}" position="${at('P:')}" timeStamp="4200"/><SyncPoint guid="${G(8)}" position="${at('.\r\n')}" timeStamp="6100"/>
          <TranscriptSelection guid="${G(9)}" name="P: Mejor, gracias" fromSyncPoint="${G(7)}" toSyncPoint="${G(8)}"><Coding guid="${g(9).replace('0000000', '0000001')}"><CodeRef targetGUID="${G(2)}"/></Coding></TranscriptSelection>
          <TranscriptSelection guid="${G(1).replace('0000000', '0000002')}" fromSyncPoint="${G(7)}" toSyncPoint="${G(2)}"/>
          <NoteRef targetGUID="${G(1).replace('0000000', '0000005')}"/><Speaker/>
        </Transcript>
        <Transcript guid="${G(1).replace('0000000', '0000003')}"><PlainTextContent>Notas visuales</PlainTextContent>
          <TranscriptSelection guid="${G(1).replace('0000000', '0000004')}"/></Transcript>
      </VideoSource></Sources>
      <Notes><Note guid="${G(1).replace('0000000', '0000005')}" name="Sobre la transcripción"><PlainTextContent>Audio con ruido.</PlainTextContent></Note></Notes>`;
    const p = await readQdpx(qdpx({ 'project.qde': project('NVivo for Windows 14', body), [`sources/${G(6)}.txt`]: stored }), 't.qdpx');
    const video = p.sources[0]!;
    expect(video.text).toBe('T: ¿Cómo estás? 😀\nP: Mejor, gracias.\n');
    expect(video.selections.map((s) => [video.text.slice(s.start, s.end), s.anchor, s.codings.map((c) => c.code)])).toEqual([['P: Mejor, gracias', 'position', [g(2)]]]);
    expect(video.codings).toEqual([{ guid: g(5), code: g(3), createdBy: g(1), createdAt: null }]);
    // The transcript's comment and note are about the recording, which is one document in Sparks.
    expect(video.description).toBe('Transcrita por Ana.');
    expect(video.noteRefs).toEqual([g(1).replace('0000000', '0000005')]);
    expect(p.warnings).toEqual([
      '"Sesión 5" has 2 transcripts; Sparks keeps the first as its text.',
      '1 transcript selection of "Sesión 5" was not imported: it belongs to a transcript whose text Sparks does not keep.',
      '1 transcript selection of "Sesión 5" was not imported: it names a sync point its transcript does not have.',
      '1 <Speaker> element in <Transcript> is not part of what Sparks reads and was left out.',
    ]);
  });
});
