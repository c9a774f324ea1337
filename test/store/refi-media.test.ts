/**
 * Recordings and pictures from other programs, on both databases: a transcribed recording keeps its
 * transcript as text, its coded passages and its file; one without a transcript keeps its
 * reference and its codings of the whole; each goes out again as what it was, valid, and comes
 * back the same.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { readQdpx } from '../../src/formats/qdpx/index.js';
import { sourceExtras } from '../../src/formats/qdpx/source-extras.js';
import { writeQdpx } from '../../src/formats/qdpx/write-project.js';
import { documentView } from '../../src/store/queries/document-view.js';
import { listDocuments } from '../../src/store/queries/listings.js';
import { refiProjectOf } from '../../src/store/queries/refi-export.js';
import { projectSnapshot } from '../helpers/project-snapshot.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';
import { PROJECT_XSD, schemaErrors } from '../helpers/xmllint.js';

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TRANSCRIPT = 'T: ¿Cómo llegaste hoy?\nP: Tranquila. Me sentí escuchada la última vez.\n';
const AUDIO = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 1, 2, 3, 4]);
const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7]);
const pos = (quote: string) => [...TRANSCRIPT.slice(0, TRANSCRIPT.indexOf(quote))].length;

const QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Sesiones" origin="ATLAS.ti 23">
  <Users><User guid="${G(1)}" name="ana"/></Users>
  <CodeBook><Codes><Code guid="${G(10)}" name="Sentirse escuchada" isCodable="true"/><Code guid="${G(11)}" name="Sala" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <AudioSource guid="${G(20)}" name="Sesión 4" path="internal://${G(20)}.mp3" creatingUser="${G(1)}">
      <Transcript guid="${G(21)}" plainTextPath="internal://${G(21)}.txt">
        <SyncPoint guid="${G(26)}" position="0" timeStamp="0"/><SyncPoint guid="${G(27)}" position="${pos('P:')}" timeStamp="3100"/>
        <SyncPoint guid="${G(22)}" position="${pos('Me sentí')}" timeStamp="5200"/><SyncPoint guid="${G(23)}" position="${pos(' la última')}"/>
        <TranscriptSelection guid="${G(24)}" name="Me sentí escuchada" fromSyncPoint="${G(22)}" toSyncPoint="${G(23)}" creatingUser="${G(1)}">
          <Coding guid="${G(25)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(10)}"/></Coding></TranscriptSelection>
      </Transcript>
    </AudioSource>
    <VideoSource guid="${G(30)}" name="Sesión 5 (vídeo)" path="relative:///videos/s5.mp4">
      <Coding guid="${G(31)}" creatingUser="${G(1)}"><CodeRef targetGUID="${G(11)}"/></Coding></VideoSource>
    <PictureSource guid="${G(40)}" name="Dibujo" path="internal://${G(40)}.jpg"/>
  </Sources>
</Project>`;

describe.each(DIALECTS)('recordings and pictures through REFI-QDA on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  let projectId = '';
  const db = () => t.store.adapter.db;

  beforeAll(async () => {
    t = await freshStore(dialect);
    owner = await Session.owner(t.store);
    const refi = await readQdpx(zipSync({
      'project.qde': strToU8(QDE), [`sources/${G(21)}.txt`]: strToU8(TRANSCRIPT), [`sources/${G(20)}.mp3`]: AUDIO, [`sources/${G(40)}.jpg`]: PHOTO,
    }), 'sesiones.qdpx');
    const r = await owner.run(COMMANDS.importProject, { name: 'Sesiones', project: refi, extras: sourceExtras(refi) });
    projectId = r.project.id;
    expect(r.warnings.join('\n')).toMatch(/2 sources had no text/u);
    expect(r.warnings).toContain('1 time in the transcript of "Sesión 4" falls inside a speaker turn; Sparks keeps the time where each turn starts and ends, so it was not kept.');
  });
  afterAll(async () => t?.dispose());

  it('keeps each recording\'s kind, path and file, and its transcript as the text', async () => {
    const docs = await db().selectFrom('document').select(['name', 'text', 'mediaKind', 'mediaPath', 'mime', 'original', 'originalName'])
      .where('projectId', '=', projectId).orderBy('sequence').execute();
    expect(docs.map((d) => [d.name, d.mediaKind, d.mediaPath, d.mime, d.originalName])).toEqual([
      ['Sesión 4', 'audio', `internal://${G(20)}.mp3`, 'audio/mpeg', `${G(20)}.mp3`],
      ['Sesión 5 (vídeo)', 'video', 'relative:///videos/s5.mp4', 'text/plain', 'Sesión 5 (vídeo).txt'],
      ['Dibujo', 'picture', `internal://${G(40)}.jpg`, 'image/jpeg', `${G(40)}.jpg`],
    ]);
    expect(docs[0]!.text).toBe(TRANSCRIPT);
    expect(Buffer.from(docs[0]!.original)).toEqual(Buffer.from(AUDIO));
    // The transcript's times land on its speaker turns.
    const turns = await db().selectFrom('turn').innerJoin('document', 'document.id', 'turn.documentId').select(['turn.speaker', 'turn.startMs', 'turn.endMs'])
      .where('document.projectId', '=', projectId).where('document.name', '=', 'Sesión 4').orderBy('turn.start').execute();
    expect(turns).toEqual([{ speaker: 'T', startMs: 0, endMs: 3100 }, { speaker: 'P', startMs: 3100, endMs: null }]);
    // The document view and the documents list say what each stands for.
    const listed = await listDocuments(t.store, projectId);
    expect(listed.map((d) => d.media)).toEqual([
      { kind: 'audio', path: `internal://${G(20)}.mp3` }, { kind: 'video', path: 'relative:///videos/s5.mp4' }, { kind: 'picture', path: `internal://${G(40)}.jpg` },
    ]);
    expect((await documentView(t.store, projectId, listed[0]!.id)).media).toEqual({ kind: 'audio', path: `internal://${G(20)}.mp3` });
    expect(docs[1]!.text).toBe('Video recording s5.mp4 (imported without a transcript).\n');
    expect(docs[2]!.text).toBe(`Picture ${G(40)}.jpg (imported without a transcript).\n`);
    const coded = await db().selectFrom('coding').innerJoin('segment', 'segment.id', 'coding.segmentId').innerJoin('code', 'code.id', 'coding.codeId')
      .select(['code.name', 'segment.exact']).where('coding.projectId', '=', projectId).orderBy('code.name').execute();
    expect(coded).toEqual([{ name: 'Sala', exact: 'Video recording s5.mp4 (imported without a transcript).' }, { name: 'Sentirse escuchada', exact: 'Me sentí escuchada' }]);
  });

  it('writes each back as what it was, valid against Project.xsd, with the files Sparks kept', async () => {
    const files = unzipSync(writeQdpx(await refiProjectOf(t.store, projectId, 'Sparks')));
    const xml = strFromU8(files['project.qde']!);
    expect(schemaErrors(xml, PROJECT_XSD)).toBe('');
    expect(xml).toMatch(/<AudioSource [^>]*path="internal:\/\/[^"]+\.mp3"[\s\S]*<Transcript [\s\S]*<SyncPoint [\s\S]*<TranscriptSelection [^>]*name="Me sentí escuchada"/u);
    expect(xml).toMatch(/<VideoSource [^>]*path="relative:\/\/\/videos\/s5\.mp4"[^>]*>\s*<Coding /u);
    expect(xml).toMatch(/<PictureSource [^>]*path="internal:\/\/[^"]+\.jpg"/u);
    expect(xml).not.toMatch(/imported without a transcript/u);
    expect(xml).toContain(`timeStamp="3100" position="${pos('P:')}"`);
    expect(Buffer.from(files[`sources/${G(20)}.mp3`]!)).toEqual(Buffer.from(AUDIO));
    expect(Buffer.from(files[`sources/${G(40)}.jpg`]!)).toEqual(Buffer.from(PHOTO));
  });

  it('reads its own export back as the same project', async () => {
    const refi = await readQdpx(writeQdpx(await refiProjectOf(t.store, projectId, 'Sparks')), 'sesiones.qdpx');
    const r = await owner.run(COMMANDS.importProject, { name: 'Sesiones de vuelta', project: refi, extras: sourceExtras(refi) });
    // What it says is what the first import said: no transcript, codes on the whole video.
    expect(r.warnings.filter((w) => !/sources? had no text|coded as a whole/u.test(w))).toEqual([]);
    expect(await projectSnapshot(t.store, r.project.id)).toEqual(await projectSnapshot(t.store, projectId));
    const times = async (id: string) => (await db().selectFrom('turn').innerJoin('document', 'document.id', 'turn.documentId')
      .select(['turn.start', 'turn.startMs', 'turn.endMs']).where('document.projectId', '=', id).orderBy('turn.start').execute());
    expect(await times(r.project.id)).toEqual(await times(projectId));
  });
});
