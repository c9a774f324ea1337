/**
 * What `project.import` makes of the parts of a REFI-QDA project that have no twin in Sparks, on
 * both databases: comments become memos about what they comment on, a selection coded by two
 * people becomes two segments, an existing account is the same coder, links Sparks cannot relate
 * and codes the file never defines are reported, and a broken file writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { readQde } from '../../src/formats/qdpx/index.js';
import { sourceExtras } from '../../src/formats/qdpx/source-extras.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEXT = 'E: ¿Qué pasó?\nT: Nos reímos juntos.\n';
const at = (quote: string) => `startPosition="${[...TEXT.slice(0, TEXT.indexOf(quote))].length}" endPosition="${[...TEXT.slice(0, TEXT.indexOf(quote) + quote.length)].length}"`;

const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Prueba" origin="Otro programa 1.0">
  <Users><User guid="${G(1)}" name="ana"/><User guid="${G(2)}" name="Luis"/></Users>
  <CodeBook><Codes><Code guid="${G(10)}" name="Humor" isCodable="true" color="#c00"/><Code guid="${G(11)}" name="Humor" isCodable="true"/></Codes></CodeBook>
  <Variables><Variable guid="${G(20)}" name="edad" typeOfVariable="Integer"/></Variables>
  <Cases><Case guid="${G(30)}" name="P1"><Description>Terapeuta joven.</Description><VariableValue><VariableRef targetGUID="${G(20)}"/><IntegerValue>41</IntegerValue></VariableValue><SourceRef targetGUID="${G(40)}"/></Case></Cases>
  <Sources>
    <TextSource guid="${G(40)}" name="E1"><Description>Primera entrevista.</Description><PlainTextContent>${TEXT}</PlainTextContent>
      <PlainTextSelection guid="${G(50)}" name="Nos reímos" ${at('Nos reímos')} creatingUser="${G(1)}"><Description>Risa compartida.</Description>
        <Coding guid="${G(60)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(10)}"/><NoteRef targetGUID="${G(71)}"/></Coding>
        <Coding guid="${G(61)}" creatingUser="${G(2)}"><CodeRef targetGUID="${G(10)}"/></Coding>
        <Coding guid="${G(62)}" creatingUser="${G(2)}"><CodeRef targetGUID="${G(99)}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <AudioSource guid="${G(41)}" name="Grabación" path="relative:///audio/e1.mp3"/>
  </Sources>
  <Notes>
    <Note guid="${G(70)}" name="Por qué"><PlainTextContent>El humor precede al alivio.</PlainTextContent></Note>
    <Note guid="${G(71)}" name="Sobre esta codificación"><PlainTextContent>Dudé.</PlainTextContent></Note>
  </Notes>
  <Links>
    <Link guid="${G(80)}" name="is cause of" direction="OneWay" originGUID="${G(10)}" targetGUID="${G(11)}"><NoteRef targetGUID="${G(70)}"/></Link>
    <Link guid="${G(81)}" name="belongs to" direction="OneWay" originGUID="${G(10)}" targetGUID="${G(40)}"/>
  </Links>
</Project>`;

describe.each(DIALECTS)('importing a REFI-QDA project on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  const db = () => t.store.adapter.db;

  beforeAll(async () => {
    t = await freshStore(dialect);
    owner = await Session.owner(t.store);
    await owner.run(COMMANDS.addUser, { name: 'Luis' });
  });
  afterAll(async () => t?.dispose());

  it('keeps what has no twin in Sparks as memos, segments per coder, and says what it left out', async () => {
    const refi = await readQde(new TextEncoder().encode(QDE), 'prueba.qde');
    const r = await owner.run(COMMANDS.importProject, { name: 'Prueba', project: refi, extras: sourceExtras(refi) });
    const id = r.project.id;
    expect(r.counts).toMatchObject({ documents: 2, codes: 2, segments: 2, codings: 2, memos: 4, cases: 1, attributes: 1, relations: 1, coders: 2 });
    // The two codes named alike are told apart; the one the file never defines is reported.
    expect((await db().selectFrom('code').select('name').where('projectId', '=', id).orderBy('name').execute()).map((c) => c.name)).toEqual(['Humor', 'Humor (2)']);
    expect(r.warnings.join(' ')).toMatch(/1 code shared a name with a sibling/);
    expect(r.warnings.join(" ")).toMatch(/1 reference to a code that the project does not hold was dropped/);
    expect(r.warnings.join(' ')).toMatch(/1 link joined things Sparks cannot relate/);
    expect(r.warnings.join(' ')).toMatch(/1 source had no text/);
    // Luis had an account already: he is that coder, not a new one.
    expect((await db().selectFrom('user').select('id').where('name', '=', 'Luis').execute())).toHaveLength(1);
    const segments = await db().selectFrom('segment').innerJoin('user', 'user.id', 'segment.createdBy').select(['segment.exact', 'user.name'])
      .where('segment.projectId', '=', id).execute();
    expect(segments.sort((a, b) => a.name.localeCompare(b.name))).toEqual([{ exact: 'Nos reímos', name: 'ana' }, { exact: 'Nos reímos', name: 'Luis' }]);
    // Comments and notes on codings are memos about their object; the link's note is the relation's memo.
    const links = await db().selectFrom('memo_link').innerJoin('memo', 'memo.id', 'memo_link.memoId').select(['memo.title', 'memo.body', 'memo_link.targetType'])
      .where('memo.projectId', '=', id).execute();
    expect(links.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: 'Comment on E1', body: 'Primera entrevista.', targetType: 'document' },
      { title: 'Comment on Nos reímos', body: 'Risa compartida.', targetType: 'segment' },
      { title: 'Comment on P1', body: 'Terapeuta joven.', targetType: 'case' },
      { title: 'Sobre esta codificación', body: 'Dudé.', targetType: 'segment' },
    ]);
    const [relation] = await db().selectFrom('relation').select('memo').where('projectId', '=', id).execute();
    expect(relation?.memo).toBe('El humor precede al alivio.');
    const [doc] = await db().selectFrom('document').select(['caseId', 'kind']).where('projectId', '=', id).where('name', '=', 'E1').execute();
    expect(doc?.caseId).not.toBeNull();
  });

  it('codes a document coded as a whole over its whole text, and a transcript selection over its words', async () => {
    const transcript = '\nT: ¿Y después?\nP: Me sentí vista.\n\n';
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Entera" origin="Otro programa 1.0">
  <Users><User guid="${G(1)}" name="ana"/></Users>
  <CodeBook><Codes><Code guid="${G(10)}" name="Sesión clave" isCodable="true"/><Code guid="${G(11)}" name="Reconocimiento" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <TextSource guid="${G(40)}" name="E1"><PlainTextContent>${TEXT}</PlainTextContent>
      <Coding guid="${G(60)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(10)}"/><NoteRef targetGUID="${G(70)}"/></Coding></TextSource>
    <AudioSource guid="${G(41)}" name="Sesión 3" path="relative:///s3.m4a"><Coding guid="${G(61)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(10)}"/></Coding>
      <Transcript guid="${G(42)}"><PlainTextContent>${transcript}</PlainTextContent>
        <SyncPoint guid="${G(43)}" position="${transcript.indexOf('Me')}" timeStamp="1000"/><SyncPoint guid="${G(44)}" position="${transcript.indexOf('.')}" timeStamp="2500"/>
        <TranscriptSelection guid="${G(45)}" fromSyncPoint="${G(43)}" toSyncPoint="${G(44)}" creatingUser="${G(1)}"><Coding guid="${G(62)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(11)}"/></Coding></TranscriptSelection>
      </Transcript></AudioSource>
  </Sources>
  <Notes><Note guid="${G(70)}" name="Por qué entera"><PlainTextContent>Toda la entrevista gira en torno al encuentro.</PlainTextContent></Note></Notes>
</Project>`;
    const refi = await readQde(new TextEncoder().encode(qde), 'entera.qde');
    const r = await owner.run(COMMANDS.importProject, { name: 'Entera', project: refi, extras: sourceExtras(refi) });
    expect(r.warnings).toEqual([
      // The sync point ending the selection lies inside the patient's turn, which starts at the other one's time.
      '1 time in the transcript of "Sesión 3" falls inside a speaker turn; Sparks keeps the time where each turn starts and ends, so it was not kept.',
      '2 documents were coded as a whole in the other program: their codes now code their whole text ("E1", "Sesión 3").',
    ]);
    const coded = await db().selectFrom('coding').innerJoin('segment', 'segment.id', 'coding.segmentId').innerJoin('code', 'code.id', 'coding.codeId')
      .innerJoin('document', 'document.id', 'segment.documentId').select(['document.name as doc', 'code.name as code', 'segment.exact', 'segment.start', 'segment.end'])
      .where('coding.projectId', '=', r.project.id).execute();
    expect(coded.map((c) => [c.doc, c.code, c.exact]).sort()).toEqual([
      ['E1', 'Sesión clave', TEXT.trim()],
      ['Sesión 3', 'Reconocimiento', 'Me sentí vista'],
      ['Sesión 3', 'Sesión clave', transcript.trim()],
    ]);
    // The note on the whole-document coding is a memo about the segment that now carries it.
    const [link] = await db().selectFrom('memo_link').innerJoin('memo', 'memo.id', 'memo_link.memoId').innerJoin('segment', 'segment.id', 'memo_link.targetId')
      .select(['memo.title', 'segment.exact']).where('memo.projectId', '=', r.project.id).execute();
    expect(link).toEqual({ title: 'Por qué entera', exact: TEXT.trim() });
  });

  it('writes nothing when the import fails halfway', async () => {
    const refi = await readQde(new TextEncoder().encode(QDE), 'prueba.qde');
    const projects = async () => (await db().selectFrom('project').select('id').execute()).length;
    const codes = async () => (await db().selectFrom('code').select('id').execute()).length;
    const before = [await projects(), await codes()];
    // A document name longer than Sparks allows fails the command after the codes were written.
    refi.sources[0]!.name = 'x'.repeat(400);
    await expect(owner.run(COMMANDS.importProject, { name: 'Rota', project: refi, extras: sourceExtras(refi) })).rejects.toThrow(/document name/);
    expect([await projects(), await codes()]).toEqual(before);
  });
});
