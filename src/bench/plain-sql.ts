/**
 * The plain-SQL twins of the benchmark: the same work done by the plainest hand-written SQL on the
 * same database, so each figure can be read as Sparks' overhead over the database itself. Twins
 * that write run in a transaction that is rolled back, so the study stays as loaded.
 */
import { newId } from '../store/ids.js';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import type { ImportedText } from '../formats/index.js';
import type { Database } from '../store/schema.js';
import type { Store } from '../store/store.js';

class Rollback extends Error {}

/** Milliseconds to run `fn` in a transaction and roll it back. */
async function rolledBack(store: Store, fn: (db: Kysely<Database>) => Promise<void>): Promise<number> {
  const t0 = performance.now();
  try {
    await store.adapter.transaction(async (trx) => {
      await fn(trx);
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return performance.now() - t0;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Insert already-read documents and their turns, in one transaction as Sparks stores a batch. */
export function plainImport(store: Store, projectId: string, ownerId: string, files: readonly { name: string; parsed: ImportedText; bytes: Uint8Array }[]): Promise<number> {
  return rolledBack(store, async (db) => {
    for (const { name, parsed, bytes } of files) await plainDocument(db, projectId, ownerId, name, parsed, bytes);
  });
}

async function plainDocument(db: Kysely<Database>, projectId: string, ownerId: string, name: string, parsed: ImportedText, bytes: Uint8Array): Promise<void> {
  const id = newId();
  const now = new Date().toISOString();
  await sql`insert into document (id, project_id, name, kind, case_id, sequence, text, length, original, original_name, mime, format, content_hash, created_by, created_at)
    values (${id}, ${projectId}, ${`${name} (plain)`}, 'session', null, 0, ${parsed.text}, ${parsed.text.length}, ${Buffer.from(bytes)}, ${name}, ${parsed.mime}, ${parsed.format}, 'plain', ${ownerId}, ${now})`.execute(db);
  for (let i = 0; i < parsed.turns.length; i += 100) {
    const rows = parsed.turns.slice(i, i + 100).map((t, k) => sql`(${newId()}, ${id}, ${i + k}, ${t.start}, ${t.end}, ${t.speaker})`);
    await sql`insert into turn (id, document_id, idx, start, "end", speaker) values ${sql.join(rows)}`.execute(db);
  }
}

/** Code a span: find the document, insert the segment, the coding and an event. */
export function plainApplyCoding(store: Store, projectId: string, document: string, start: number, end: number, codeId: string, coderId: string): Promise<number> {
  return rolledBack(store, async (db) => {
    const { rows } = await sql<{ id: string; text: string }>`select id, text from document where project_id = ${projectId} and name = ${document}`.execute(db);
    const doc = rows[0]!;
    const segmentId = newId();
    const now = new Date().toISOString();
    await sql`insert into segment (id, project_id, document_id, start, "end", exact, prefix, suffix, created_by, created_at)
      values (${segmentId}, ${projectId}, ${doc.id}, ${start}, ${end}, ${doc.text.slice(start, end)}, ${doc.text.slice(Math.max(0, start - 32), start)}, ${doc.text.slice(end, end + 32)}, ${coderId}, ${now})`.execute(db);
    await sql`insert into coding (id, project_id, segment_id, code_id, coder_id, created_at) values (${newId()}, ${projectId}, ${segmentId}, ${codeId}, ${coderId}, ${now})`.execute(db);
    await sql`insert into event (id, project_id, actor_id, at, command, payload) values (${newId()}, ${projectId}, ${coderId}, ${now}, 'plain', '{}')`.execute(db);
  });
}

/** The first 100 segments of one code whose case has a numeric attribute at or above a value, and their count. */
export function plainSegments(store: Store, projectId: string, codeId: string, key: string, atLeast: number): Promise<number> {
  const db = store.adapter.db;
  const where = sql`s.project_id = ${projectId} and s.id in (select segment_id from coding where code_id = ${codeId})
    and exists (select 1 from attribute a where a.case_id = d.case_id and a.key = ${key}
      and case when a.type = 'number' then cast(a.value as double precision) end >= ${atLeast})`;
  return timed(async () => {
    await sql`select s.id, s.start, s."end", s.exact, d.name, c.label, u.name as coder from segment s join document d on d.id = s.document_id
      left join "case" c on c.id = d.case_id join "user" u on u.id = s.created_by where ${where}
      order by d.sequence, s.start, s."end", s.id limit 100`.execute(db);
    await sql`select count(*) as n from segment s join document d on d.id = s.document_id where ${where}`.execute(db);
  });
}

/** A document's text, turns, and segments with their codings. */
export function plainDocumentView(store: Store, documentId: string): Promise<number> {
  const db = store.adapter.db;
  return timed(async () => {
    await sql`select d.id, d.name, d.kind, d.text, c.label from document d left join "case" c on c.id = d.case_id where d.id = ${documentId}`.execute(db);
    await sql`select start, "end", speaker, start_ms, end_ms from turn where document_id = ${documentId} order by idx`.execute(db);
    await sql`select s.id, s.start, s."end", s.orphaned, u.name, g.id as coding_id, g.code_id from segment s join "user" u on u.id = s.created_by
      join coding g on g.segment_id = s.id where s.document_id = ${documentId} order by s.start, s."end"`.execute(db);
  });
}

/** Every segment of the project with document, case, coder and code names, one document after the other. */
export async function plainExport(store: Store, projectId: string): Promise<{ ms: number; segments: number }> {
  const db = store.adapter.db;
  let segments = 0;
  const ms = await timed(async () => {
    const { rows: docs } = await sql<{ id: string }>`select id from document where project_id = ${projectId} order by sequence, id`.execute(db);
    for (const d of docs) {
      const { rows } = await sql<{ id: string }>`select s.id, s.start, s."end", s.exact, d.name, c.label, u.name as coder from segment s
        join document d on d.id = s.document_id left join "case" c on c.id = d.case_id join "user" u on u.id = s.created_by
        where s.document_id = ${d.id} order by s.start, s."end", s.id`.execute(db);
      await sql`select g.segment_id, k.name from segment s join coding g on g.segment_id = s.id join code k on k.id = g.code_id
        where s.document_id = ${d.id}`.execute(db);
      segments += rows.length;
    }
  });
  return { ms, segments };
}
