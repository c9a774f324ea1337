/**
 * Every real REFI-QDA sample imported into a project, on both databases: NVivo's selections land on
 * the words its own text files hold at those positions (worked out here, independently of the
 * reader), and each imported project exported again validates and comes back the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/core/commands/index.js';
import { canonicalize } from '../../src/core/text.js';
import { readQde, readQdpx } from '../../src/formats/qdpx/index.js';
import { sourceExtras } from '../../src/formats/qdpx/source-extras.js';
import { writeQdpx } from '../../src/formats/qdpx/write-project.js';
import { refiProjectOf } from '../../src/store/queries/refi-export.js';
import { SHARED } from '../helpers/paths.js';
import { projectSnapshot } from '../helpers/project-snapshot.js';
import { Session } from '../helpers/session.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/stores.js';
import { PROJECT_XSD, schemaErrors } from '../helpers/xmllint.js';

const DIR = `${SHARED}refi-qda/samples/`;
const SAMPLES = readdirSync(DIR).filter((f) => /\.(qdpx|qde)$/.test(f)).sort();
const NVIVO = SAMPLES.filter((f) => f.includes('nvivo'));

const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')]));

/** Per source name, the texts NVivo's positions select: UTF-16 units into the stored text, BOM dropped, line ends as stored. */
function nvivoQuotes(file: string): { bySource: Map<string, string[]>; codings: number } {
  const files = unzipSync(new Uint8Array(readFileSync(DIR + file)));
  const qde = strFromU8(Object.entries(files).find(([k]) => /\.qde$/i.test(k))![1]);
  const bySource = new Map<string, string[]>();
  let codings = 0;
  for (const m of qde.matchAll(/<TextSource\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TextSource>)/g)) {
    const a = attrs(m[1]!);
    const entry = Object.keys(files).find((k) => k.toLowerCase() === `sources/${a.plainTextPath!.replace('internal://', '')}`.toLowerCase())!;
    const raw = new TextDecoder().decode(files[entry]).replace(/^\uFEFF/, '');
    const quotes: string[] = [];
    for (const sel of (m[2] ?? '').matchAll(/<PlainTextSelection\b([^>]*?)(?:\/>|>([\s\S]*?)<\/PlainTextSelection>)/g)) {
      const s = attrs(sel[1]!);
      quotes.push(canonicalize(raw.slice(Number(s.startPosition), Number(s.endPosition))));
      codings += (sel[2] ?? '').match(/<Coding\b/g)?.length ?? 0;
    }
    bySource.set(canonicalize(a.name!).normalize('NFC'), quotes.sort());
  }
  return { bySource, codings };
}

describe.each(DIALECTS)('the REFI-QDA samples on %s', (dialect) => {
  let t: TestStore;
  let owner: Session;
  const imported = new Map<string, string>();

  beforeAll(async () => {
    t = await freshStore(dialect);
    owner = await Session.owner(t.store);
  });
  afterAll(async () => t?.dispose());

  it.each(SAMPLES)('imports %s', async (file) => {
    const bytes = new Uint8Array(readFileSync(DIR + file));
    const refi = file.endsWith('.qde') ? await readQde(bytes, file) : await readQdpx(bytes, file);
    const r = await owner.run(COMMANDS.importProject, { name: refi.name || file, freeName: true, project: refi, extras: sourceExtras(refi) });
    imported.set(file, r.project.id);
    expect(r.counts.documents).toBe(refi.sources.length);
    expect(r.counts.codes).toBe((function count(cs: typeof refi.codes): number { return cs.reduce((n, c) => n + 1 + count(c.children), 0); })(refi.codes));
    for (const w of r.warnings) expect(w).toMatch(/^[A-Z0-9"].*[.)]$/s);
  });

  it.each(NVIVO)('puts every selection of %s on the words NVivo counted', async (file) => {
    const expected = nvivoQuotes(file);
    const db = t.store.adapter.db;
    const docs = await db.selectFrom('document').select(['id', 'name']).where('projectId', '=', imported.get(file)!).execute();
    let codings = 0;
    for (const d of docs) {
      const segments = await db.selectFrom('segment').select(['exact', 'id']).where('documentId', '=', d.id).execute();
      const quotes = new Map(segments.map((s) => [s.id, s.exact]));
      // One segment per coder: a selection two people coded is there twice; compare each place once.
      expect([...new Set([...quotes.values()])].sort()).toEqual([...new Set(expected.bySource.get(d.name) ?? [])].sort());
      codings += (await db.selectFrom('coding').select('id').where('documentId', '=', d.id).execute()).length;
    }
    expect(codings).toBe(expected.codings);
  });

  it.each(SAMPLES)('exports %s as it was imported: valid, and the same when read back', async (file) => {
    const refi = await refiProjectOf(t.store, imported.get(file)!, 'Sparks');
    const bytes = writeQdpx(refi);
    expect(schemaErrors(strFromU8(unzipSync(bytes)['project.qde']!), PROJECT_XSD)).toBe('');
    const back = await readQdpx(bytes, `${file}.again.qdpx`);
    const r = await owner.run(COMMANDS.importProject, { name: `${refi.name} again`, freeName: true, project: back, extras: sourceExtras(back) });
    // Nothing is lost on the way back; recordings that came without a transcript still have none.
    expect(r.warnings.filter((w) => !/sources? had no text/u.test(w))).toEqual([]);
    expect(await projectSnapshot(t.store, r.project.id)).toEqual(await projectSnapshot(t.store, imported.get(file)!));
  });
});
